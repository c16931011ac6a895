// SPDX-License-Identifier: MIT
#include "revisiondetailspanel.h"

#include "editor/sqlview.h"
#include "revision/revisionfile.h"
#include "revisionhistorymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
enum Tab { UpgradeTab, DowngradeTab, HistoryTab };
}

RevisionDetailsPanel::RevisionDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_upgrade(new SqlView(this))
    , m_downgrade(new SqlView(this))
    , m_history(new RevisionHistoryModel(this))
{
    m_header->setObjectName(u"revisionHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_upgrade->setObjectName(u"upgradeSql"_s);
    m_downgrade->setObjectName(u"downgradeSql"_s);
    auto *historyView = new QTreeView(this);
    historyView->setObjectName(u"revisionHistory"_s);
    historyView->setModel(m_history);
    historyView->setRootIsDecorated(false);
    historyView->setUniformRowHeights(true);
    historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_upgrade, tr("&Upgrade"));
    m_tabs->addTab(m_downgrade, tr("&Downgrade"));
    m_tabs->addTab(historyView, tr("Hi&story"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    showRevision(nullptr, -1);
}

void RevisionDetailsPanel::showRevision(std::shared_ptr<const Project> project, int index)
{
    m_downgradeFirstLine = 0;
    m_markedLine = 0;
    if (!project || index < 0) {
        m_header->setText(tr("<i>Select a revision to see its SQL and history.</i>"));
        m_upgrade->setSql({});
        m_downgrade->setSql({});
        m_history->setRevision({});
        return;
    }
    const Revision &revision = project->graph().at(index);
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    const QString parents = revision.isBase() ? tr("none (a base)") : revision.parents.join(u", "_s);
    m_header->setText(tr("<b>%1</b> &nbsp;%2<br>parents: %3 &nbsp;·&nbsp; created: %4 &nbsp;·&nbsp; %5<br>"
                         "<span style='color:gray'>%6</span>")
                          .arg(escaped(revision.id), escaped(revision.message), escaped(parents),
                               revision.created.isValid() ? revision.created.toString(Qt::ISODate) : tr("unknown"),
                               revision.transactional ? tr("transactional") : tr("<b>non-transactional</b>"),
                               escaped(project->relativePath(revision.path))));
    // The file is read off the GUI thread; the newest selection wins.
    m_upgrade->setSql({});
    m_downgrade->setSql({});
    const int ticket = m_readTicket.next();
    runInBackground(
        this, [path = revision.path] { return RevisionFile::read(path); },
        [this, ticket](const Result<ParsedRevision> &parsed) {
            if (!m_readTicket.isLatest(ticket))
                return;
            if (!parsed) {
                m_upgrade->setSql(u"-- "_s + parsed.error().fullMessage());
                return;
            }
            m_upgrade->setSql(parsed->script.upgrade, parsed->script.upgradeFirstLine);
            m_downgrade->setSql(parsed->script.downgrade, parsed->script.downgradeFirstLine);
            m_downgradeFirstLine = parsed->script.downgradeFirstLine;
            if (m_markedLine > 0)
                markLine(m_markedLine);
        });
    if (m_history->revisionId() != revision.id)
        m_history->setRevision(revision.id);
}

void RevisionDetailsPanel::markLine(int line)
{
    m_markedLine = line; // kept for when the file arrives
    const bool inDowngrade = m_downgradeFirstLine > 0 && line >= m_downgradeFirstLine;
    (inDowngrade ? m_downgrade : m_upgrade)->markLine(line);
    m_tabs->setCurrentIndex(inDowngrade ? DowngradeTab : UpgradeTab);
}

} // namespace strata::ui
