// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"

#include <QToolButton>

namespace strata::ui {

class ProjectSession;

/// The status bar's `makemigrations --check`: whether the models hold changes that no
/// migration covers, read again whenever the project's files are (opened, reloaded, a file
/// saved). Clicking it asks for the Make Migrations dialog.
class ModelsStatus : public QToolButton
{
    Q_OBJECT

public:
    enum class State { Unknown, UpToDate, Unmigrated, Failed };

    explicit ModelsStatus(ProjectSession *session, QWidget *parent = nullptr);

    /// Compares the models with what the revisions build, off the GUI thread.
    void check();
    State state() const { return m_state; }
    int changeCount() const { return m_changes; }

Q_SIGNALS:
    void checked();
    void makeMigrationsRequested();

private:
    void present(State state, const QString &text, const QString &toolTip);

    ProjectSession *m_session;
    JobTicket m_ticket;
    State m_state = State::Unknown;
    int m_changes = 0;
};

} // namespace strata::ui
