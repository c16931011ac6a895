// SPDX-License-Identifier: MIT
#include "reviewcontroller.h"

#include "diff/autogenerateservice.h"
#include "editor/editortabs.h"
#include "editor/fileeditor.h"
#include "editor/sqleditor.h"
#include "lint/lintservice.h"
#include "log/logging.h"
#include "project/migrationaction.h"
#include "project/projectsession.h"
#include "reviewpanel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {

constexpr int ReviewDelayMs = 400; // after the last keystroke: typing is not interrupted

QStringList schemaWords(const Schema &schema)
{
    QSet<QString> words;
    for (const Table &table : schema.tables) {
        words.insert(table.name);
        for (const Column &column : table.columns)
            words.insert(column.name);
        for (const Index &index : table.indexes)
            words.insert(index.name);
    }
    for (const View &view : schema.views)
        words.insert(view.name);
    for (const EnumType &type : schema.enums)
        words.insert(type.name);
    for (const Sequence &sequence : schema.sequences)
        words.insert(sequence.name);
    QStringList sorted(words.begin(), words.end());
    sorted.sort();
    return sorted;
}

} // namespace

ReviewController::ReviewController(ProjectSession *session, EditorTabs *tabs, ReviewPanel *panel,
                                   std::function<QString()> targetConnection, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tabs(tabs)
    , m_panel(panel)
    , m_target(std::move(targetConnection))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(ReviewDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ReviewController::reviewCurrent);
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &ReviewController::reviewCurrent);
    connect(m_tabs, &EditorTabs::editorEdited, this, [this](FileEditor *editor) {
        if (editor == m_tabs->currentEditor())
            m_delay.start();
    });
    connect(m_tabs, &EditorTabs::editorsChanged, this, [this] {
        for (FileEditor *editor : m_tabs->editors()) {
            if (editor->editor()->completionWords().isEmpty() && !m_words.isEmpty())
                editor->editor()->setCompletionWords(m_words);
        }
    });
    connect(m_panel, &ReviewPanel::itemActivated, this, [this](const ReviewItem &item) {
        openAt(item, [line = item.finding.line](FileEditor *editor) { editor->editor()->goToLine(line); });
    });
    connect(m_panel, &ReviewPanel::ignoreRequested, this, [this](const ReviewItem &item) {
        openAt(item, [item](FileEditor *editor) {
            editor->editor()->insertLineBefore(item.finding.line, ignoreComment(item.finding.rule));
            editor->editor()->goToLine(item.finding.line);
        });
    });
    connect(m_panel, &ReviewPanel::rewriteRequested, this, [this](const ReviewItem &item, const StatementRewrite &fix) {
        openAt(item, [this, item, fix](FileEditor *editor) {
            if (!editor->editor()->replaceStatement(item.finding.line, item.finding.statement, fix.statement)) {
                Q_EMIT problem(tr("The statement changed since the review"),
                               tr("Line %1 of %2 no longer holds the statement that was reviewed; wait for the "
                                  "review to catch up, then try again.")
                                   .arg(item.finding.line)
                                   .arg(editor->fileName()));
                return;
            }
            editor->editor()->goToLine(item.finding.line);
        });
    });
    connect(m_panel, &ReviewPanel::pendingReviewRequested, this, [this] { reviewPending(m_target()); });
}

void ReviewController::openAt(const ReviewItem &item, const std::function<void(FileEditor *)> &then)
{
    QString error;
    FileEditor *editor = m_tabs->open(item.path, &error);
    if (!editor) {
        Q_EMIT problem(tr("Cannot open %1").arg(QFileInfo(item.path).fileName()), error);
        return;
    }
    then(editor);
}

void ReviewController::reviewCurrent()
{
    m_delay.stop();
    review(m_tabs->currentEditor());
}

void ReviewController::review(FileEditor *editor)
{
    const int ticket = m_ticket.next();
    if (!editor || !m_session->isOpen())
        return;
    const QString text = editor->editor()->text();
    if (!text.contains(u"-- revision:"_s)) {
        // A models file: DDL that describes a schema, not a migration to review.
        editor->editor()->setFindings({});
        m_panel->showFindings(tr("%1 (models)").arg(editor->fileName()), {});
        return;
    }
    const Dialect dialect = m_session->dialectOf(m_target());
    const QString path = editor->path();
    const QPointer<FileEditor> target(editor);
    m_session->runOnProject(
        this,
        [dialect, text, path](const Project &project) {
            return LintService::lintRevisionText(project, dialect, text, path);
        },
        [this, ticket, target, text, dialect](Result<QList<LintFinding>> findings) {
            // Only the newest review counts, and only for the text it read.
            if (!m_ticket.isLatest(ticket) || !target || target->editor()->text() != text)
                return;
            const QString subject = tr("%1 as edited (%2)").arg(target->fileName(), dialectName(dialect));
            if (!findings) {
                target->editor()->setFindings({});
                m_panel->showError(subject, findings.error().fullMessage());
                Q_EMIT reviewed();
                return;
            }
            QList<ReviewItem> items;
            for (const LintFinding &finding : std::as_const(*findings))
                items.append({finding, target->path(), target->revisionId(), target->isTransactional(), dialect});
            target->editor()->setFindings(*findings);
            m_panel->showFindings(subject, items);
            Q_EMIT reviewed();
        });
}

void ReviewController::reviewPending(const QString &connection)
{
    if (!m_session->isOpen() || connection.isEmpty())
        return;
    const int ticket = m_ticket.next();
    const Dialect dialect = m_session->dialectOf(connection);
    m_session->runOnConnection(
        this, connection,
        [dialect](const Project &project, const ConnectionChoice &choice) -> Result<LintReport> {
            STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(project, choice, true));
            STRATA_ASSIGN_OR_RETURN(plan, (*service)->plan(MigrationAction::migrateToHead().planRequest()));
            return LintService::lintSteps(project, dialect, plan->steps);
        },
        [this, ticket, connection, dialect](Result<LintReport> report) {
            if (!m_ticket.isLatest(ticket))
                return;
            const QString subject = tr("Pending on %1").arg(connection);
            if (!report) {
                m_panel->showError(subject, report.error().fullMessage());
                Q_EMIT reviewed();
                return;
            }
            const QList<ReviewItem> items = reviewItems(m_session->project()->graph(), *report, dialect);
            m_panel->showFindings(tr("%1 (%n revision(s))", nullptr, int(report->revisions.size())).arg(subject),
                                  items);
            Q_EMIT reviewed();
        });
}

void ReviewController::refreshCompletions()
{
    if (!m_session->isOpen())
        return;
    // The names come from replaying the revisions on a scratch database of the project's
    // own (development) database, never of a production one.
    const QString connection = m_session->projectConnection();
    if (connection.isEmpty() || (m_session->profile(connection) && m_session->profile(connection)->production))
        return;
    m_session->runOnConnection(
        this, connection,
        [](const Project &project, const ConnectionChoice &choice) -> Result<QStringList> {
            STRATA_ASSIGN_OR_RETURN(schema, AutogenerateService::revisionsSchema(project, choice));
            return schemaWords(*schema);
        },
        [this](Result<QStringList> words) {
            if (!words) {
                log::get("ui.editor")->warn("no completions: {}", words.error().fullMessage());
                return;
            }
            m_words = *words;
            for (FileEditor *editor : m_tabs->editors())
                editor->editor()->setCompletionWords(m_words);
            Q_EMIT completionsRead();
        });
}

} // namespace strata::ui
