// SPDX-License-Identifier: MIT
#pragma once

#include "config/connectionchoice.h"
#include "database/versionstore.h"
#include "graph/migrationplanner.h"
#include "migrationstatus.h"
#include "project/project.h"
#include "runtypes.h"
#include "util/canceltoken.h"

#include <functional>
#include <memory>

namespace strata {

/// The facade the CLI and the studio both call to read a database's migration state and to
/// move it (DESIGN §1): status, plan, migrate, roll back, fake and stamp. Owns one
/// connection; use an instance on one thread. Every call blocks.
class MigrationService
{
public:
    /// Asks a planner for a plan: `[&](const MigrationPlanner &p) { return p.migrate(spec); }`.
    using PlanRequest = std::function<Result<MigrationPlan>(const MigrationPlanner &)>;

    /// Connects to @p choice's database. With @p readOnly, a missing SQLite file reads as an
    /// empty database instead of being created.
    static Result<std::unique_ptr<MigrationService>> connect(const Project &project, const ConnectionChoice &choice,
                                                            bool readOnly);
    ~MigrationService();

    const Project &project() const { return m_project; }
    const ConnectionChoice &connectionChoice() const { return m_choice; }
    Connection &connection() { return *m_connection; }

    /// Reads the version table and the latest history of every revision.
    Result<StatusReport> status();
    /// The history table, newest first (0 = all rows).
    Result<QList<HistoryRecord>> history(int limit);
    /// Every history row of the revision @p revisionId, newest first: who applied or
    /// reverted it, when, and how long it took.
    Result<QList<HistoryRecord>> revisionHistory(const QString &revisionId);
    /// The plan @p request makes for the current state, without changing anything.
    Result<MigrationPlan> plan(const PlanRequest &request);

    /// Takes the migration lock, creates the bookkeeping tables if needed, re-reads the state
    /// under the lock, refuses on integrity problems (edited files, unknown rows, failed
    /// migrations) and runs the plan @p request makes. An empty plan is a success.
    Result<RunReport> run(const PlanRequest &request, const RunOptions &options, const RunCallbacks &callbacks = {},
                          const CancelToken &cancel = {});

private:
    MigrationService(const Project &project, ConnectionChoice choice, std::unique_ptr<Connection> connection);
    /// Refuses a database whose state is in doubt: version rows without files, edited files.
    Result<void> checkState(const StatusReport &status, const RunOptions &options) const;
    /// Lints what @p plan runs; on a production connection, errors stop the run.
    Result<void> review(const MigrationPlan &plan, const RunOptions &options, const RunCallbacks &callbacks) const;
    /// RunOptions::backupFirst: a pinned, verified backup under the run's lock; its id.
    Result<QString> backUp(const QStringList &rows, const RunOptions &options, const RunCallbacks &callbacks,
                           const CancelToken &cancel);
    /// Refuses a plan that would run a failed non-transactional migration again unchanged.
    Result<void> checkPlan(const StatusReport &status, const MigrationPlan &plan, const RunOptions &options) const;

    const Project &m_project;
    ConnectionChoice m_choice;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<VersionStore> m_store;
};

} // namespace strata
