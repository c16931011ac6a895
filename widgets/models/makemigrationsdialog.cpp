// SPDX-License-Identifier: MIT
#include "makemigrationsdialog.h"

#include "common/messagebanner.h"
#include "editor/sqlview.h"
#include "project/projectsession.h"
#include "project/revisionauthor.h"
#include "review/findingsmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

MakeMigrationsDialog::MakeMigrationsDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new QLineEdit(this))
    , m_renames(new QLineEdit(this))
    , m_changes(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new SqlView(this))
    , m_findings(new FindingsModel(this))
    , m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("Make Migrations"));
    // As `strata makemigrations` without -c: scratch databases of the project's own database.
    m_connection = m_session->projectConnection();
    m_message->setObjectName(u"migrationMessage"_s);
    m_message->setPlaceholderText(tr("What the migration does, e.g. add email to users"));
    m_renames->setObjectName(u"migrationRenames"_s);
    m_renames->setPlaceholderText(tr("users=people, orders.total=amount (never guessed)"));
    m_renames->setToolTip(tr("Renames to write as renames instead of a drop and an add, which would lose the "
                             "data: a table (old=new) or a column (table.old=new), separated by commas"));
    m_changes->setObjectName(u"detectedChanges"_s);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setWordWrap(true);

    auto *findingsView = new QTreeView(this);
    findingsView->setModel(m_findings);
    findingsView->setRootIsDecorated(false);
    findingsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    findingsView->header()->setStretchLastSection(true);
    // A finding's line is the file's, as the preview numbers it.
    connect(findingsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_tabs->setCurrentIndex(0);
        m_preview->markLine(m_findings->item(index.row()).finding.line);
    });
    // The whole file, header and both sections, numbered as it will be on disk.
    m_tabs->addTab(m_preview, tr("File (as it will be written)"));
    m_tabs->addTab(findingsView, tr("Review"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Renames:"), m_renames);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_detect = buttons->addButton(tr("&Detect Again"), QDialogButtonBox::ActionRole);
    m_createEmpty = buttons->addButton(tr("Create &Empty"), QDialogButtonBox::ActionRole);
    m_createEmpty->setToolTip(tr("Write an empty revision to fill in by hand (makemigrations --empty)"));
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createMigration"_s);
    m_create->setDefault(true);
    connect(m_detect, &QPushButton::clicked, this, &MakeMigrationsDialog::detect);
    connect(m_createEmpty, &QPushButton::clicked, this, [this] { create(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { create(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QLineEdit::textChanged, this, [this] {
        showPreview();
        updateButtons();
    });
    connect(m_renames, &QLineEdit::editingFinished, this, &MakeMigrationsDialog::detect);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(tr("Detected changes (models against head):"), this));
    layout->addWidget(m_changes);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 680);
    detect();
}

std::optional<QList<AutogenerateService::Rename>> MakeMigrationsDialog::renames()
{
    QList<AutogenerateService::Rename> renames;
    const QStringList texts = m_renames->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        auto rename = AutogenerateService::parseRename(text);
        if (!rename) {
            m_banner->showError(tr("Cannot read the rename '%1'").arg(text), rename.error());
            return std::nullopt;
        }
        renames << *rename;
    }
    return renames;
}

void MakeMigrationsDialog::detect()
{
    const int ticket = m_ticket.next();
    const auto stated = renames();
    if (!stated || m_connection.isEmpty())
        return;
    m_detecting = true;
    m_draft.reset();
    m_banner->hide();
    m_changes->setText(tr("Detecting: building the head schema and the models on scratch databases…"));
    updateButtons();
    m_session->runOnConnection(
        this, m_connection,
        [renames = *stated](const Project &project, const ConnectionChoice &choice) {
            return AutogenerateService::draft(project, choice, renames);
        },
        [this, ticket](Result<AutogenerateService::MigrationDraft> draft) {
            if (!m_ticket.isLatest(ticket))
                return;
            m_detecting = false;
            if (!draft) {
                m_changes->setText(tr("Nothing detected."));
                m_banner->showError(tr("Cannot detect the changes"), draft.error());
            } else {
                showDraft(*draft);
            }
            updateButtons();
            Q_EMIT detected();
        });
}

void MakeMigrationsDialog::showDraft(const AutogenerateService::MigrationDraft &draft)
{
    m_draft = draft;
    QStringList lines;
    for (const SchemaChange &change : draft.detected.changes)
        lines << (isDestructive(change) ? u"  ! "_s : u"    "_s) + describe(change);
    for (const auto &rename : draft.possibleRenames)
        lines << tr("  ? possible rename %1: written as a drop and an add, which loses the data; if it is a "
                    "rename, add %2 to Renames")
                     .arg(rename.description, rename.argument);
    if (!draft.detected.untracked.isEmpty())
        lines << tr("  Not followed (write these by hand): %1").arg(draft.detected.untracked.join(u", "_s));
    m_changes->setText(draft.isEmpty() ? tr("No changes: the models and the revisions build the same schema.")
                                       : lines.join(u'\n'));
    showPreview();
    QList<ReviewItem> items;
    const Dialect dialect = m_session->dialectOf(m_connection);
    for (const LintFinding &finding : draft.findings)
        items.append({finding, {}, {}, draft.transactional, dialect});
    m_findings->setItems(items);
    m_tabs->setTabText(1, tr("Review (%n finding(s))", nullptr, int(items.size())));
    if (std::any_of(draft.detected.changes.begin(), draft.detected.changes.end(),
                    [](const SchemaChange &change) { return isDestructive(change); }))
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Destructive changes"),
                              tr("The changes marked ! can lose data. Review them before migrating."));
}

void MakeMigrationsDialog::showPreview()
{
    const auto project = m_session->project();
    if (!m_draft || m_draft->isEmpty() || !project) {
        m_preview->setSql({});
        return;
    }
    m_preview->setSql(RevisionAuthor::preview(*project, m_message->text(), m_draft->upgrade, m_draft->downgrade,
                                              m_draft->transactional));
}

QString MakeMigrationsDialog::upgradeSql() const
{
    return m_draft ? m_draft->upgrade : QString();
}

void MakeMigrationsDialog::create(bool empty)
{
    if (m_writing || m_message->text().trimmed().isEmpty() || (!empty && (!m_draft || m_draft->isEmpty())))
        return;
    m_writing = true;
    updateButtons();
    const QString message = m_message->text();
    const auto draft = empty ? std::nullopt : m_draft;
    m_session->runOnProject(
        this,
        [message, draft](const Project &project) {
            return draft ? RevisionAuthor::write(project, message, draft->upgrade, draft->downgrade,
                                                 draft->transactional)
                         : RevisionAuthor::write(project, message);
        },
        [this](Result<RevisionAuthor::WrittenRevision> written) {
            m_writing = false;
            if (!written) {
                m_banner->showError(tr("Cannot write the revision"), written.error());
                updateButtons();
                return;
            }
            Q_EMIT created(written->path, written->revision.id);
            accept();
        });
}

void MakeMigrationsDialog::updateButtons()
{
    const bool hasMessage = !m_message->text().trimmed().isEmpty();
    m_create->setEnabled(hasMessage && !m_detecting && !m_writing && m_draft && !m_draft->isEmpty());
    m_createEmpty->setEnabled(hasMessage && !m_writing);
    m_detect->setEnabled(!m_detecting && !m_writing);
    m_create->setToolTip(!hasMessage ? tr("Write what the migration does first") : QString());
}

} // namespace strata::ui
