// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"
#include "findingsmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace strata::ui {

class EditorTabs;
class FileEditor;
class ProjectSession;
class ReviewPanel;

/// Keeps the review in step with what the user edits: the revision in the current tab is
/// reviewed as it stands, a moment after each change, off the GUI thread; its findings go
/// to the review panel and onto the statements in the editor. Also reviews what is pending
/// on a connection, applies the panel's quick fixes to the editor, and gives the editors
/// the schema's names to complete.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    /// @p targetConnection: the connection whose dialect the review uses.
    ReviewController(ProjectSession *session, EditorTabs *tabs, ReviewPanel *panel,
                     std::function<QString()> targetConnection, QObject *parent = nullptr);

    /// Reviews the current tab now (tests, and when the target's dialect changes).
    void reviewCurrent();
    /// Reviews what Migrate to Head would run on @p connection.
    void reviewPending(const QString &connection);
    /// Reads the table and column names the revisions create, for completion.
    void refreshCompletions();
    QStringList completionWords() const { return m_words; }

Q_SIGNALS:
    /// A review reached the panel (and the editor, for a file).
    void reviewed();
    void completionsRead();
    /// A quick fix or a review could not be done: say so where the window shows messages.
    void problem(const QString &title, const QString &details);

private:
    void review(FileEditor *editor);
    void openAt(const ReviewItem &item, const std::function<void(FileEditor *)> &then);

    ProjectSession *m_session;
    EditorTabs *m_tabs;
    ReviewPanel *m_panel;
    std::function<QString()> m_target;
    QTimer m_delay;
    JobTicket m_ticket;
    QStringList m_words;
};

} // namespace strata::ui
