// SPDX-License-Identifier: MIT
#include "fileeditor.h"

#include "common/messagebanner.h"
#include "revision/revisionfile.h"
#include "sqleditor.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

FileEditor::FileEditor(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_editor(new SqlEditor(this))
{
    m_summary->setObjectName(u"fileSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_editor, 1);
    setFocusProxy(m_editor);

    connect(m_editor, &SqlEditor::modificationChanged, this, &FileEditor::modificationChanged);
    connect(m_editor, &SqlEditor::textEdited, this, [this] {
        describe();
        Q_EMIT textEdited();
    });
}

QString FileEditor::fileName() const
{
    return QFileInfo(m_path).fileName();
}

bool FileEditor::isModified() const
{
    return m_editor->isModified();
}

Result<void> FileEditor::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, file.errorString()),
                    tr("Check that the file exists and that you may read it."));
    m_editor->load(QString::fromUtf8(file.readAll()));
    describe();
    return {};
}

Result<void> FileEditor::save()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot save %1: %2").arg(m_path, file.errorString()),
                    tr("Your changes are still in the editor; free some space or fix the permissions, "
                       "then save again."));
    m_editor->setModified(false);
    Q_EMIT saved();
    return {};
}

void FileEditor::describe()
{
    auto parsed = RevisionFile::parse(m_editor->text().toUtf8(), m_path);
    if (!parsed) {
        m_revisionId.clear();
        m_summary->setText(m_editor->text().contains(u"-- revision:"_s)
                               ? tr("The revision header does not parse: %1").arg(parsed.error().fullMessage())
                               : tr("SQL file (not a revision): %1").arg(m_path));
        return;
    }
    const Revision &revision = parsed->revision;
    m_revisionId = revision.id;
    m_transactional = revision.transactional;
    m_summary->setText(tr("Revision %1 · upgrade from line %2 · downgrade from line %3 · %4")
                           .arg(revision.id)
                           .arg(revision.upgradeLine)
                           .arg(revision.downgradeLine)
                           .arg(revision.transactional ? tr("runs in a transaction")
                                                       : tr("runs outside a transaction")));
}

void FileEditor::setAppliedOn(const QStringList &connections)
{
    if (connections == m_appliedOn)
        return;
    m_appliedOn = connections;
    if (connections.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_banner->showMessage(
        MessageBanner::Kind::Warning,
        tr("This revision is applied on %1. Do not edit it: create a new migration instead.")
            .arg(connections.join(u", "_s)),
        tr("Editing changes its checksum: those databases will report it as edited, and migrate refuses to run "
           "there until the file is restored (or --allow-edited is given). The databases keep what the old "
           "text did; a new migration changes them."));
}

} // namespace strata::ui
