// SPDX-License-Identifier: MIT
#pragma once

#include "database/versionstore.h"
#include "graph/appliedstate.h"
#include "runtypes.h"
#include "util/canceltoken.h"

namespace strata {

/// Executes a MigrationPlan on one connection (DESIGN §4). A transactional step runs its
/// statements, the version-table compare-and-swap and its history row in one transaction,
/// so a failure leaves the database exactly as before that step. A non-transactional step
/// runs statement by statement; its failure is recorded (success = false) and blocks later
/// runs. Fake and stamp runs write only bookkeeping, in one transaction.
/// The caller holds the migration lock and has created the bookkeeping tables.
class Migrator
{
public:
    Migrator(Connection &connection, VersionStore &store, const RevisionGraph &graph, int lockTimeoutMs);

    /// Runs @p plan from @p state (with @p rows, the version table as read). Stops at the first
    /// failure or, between steps, at cancellation; steps done by then stay done.
    Result<RunReport> run(const MigrationPlan &plan, const AppliedState &state, const QStringList &rows,
                          const RunOptions &options, const RunCallbacks &callbacks, const CancelToken &cancel);

private:
    Result<StepReport> executeStep(const PlanStep &step, class HeadTracker &heads, const RunOptions &options);
    /// The end of a step inside its open transaction: version-table swap, history row, COMMIT.
    Result<void> commitStep(const PlanStep &step, HeadTracker &heads, const RunOptions &options, qint64 durationMs,
                            const QString &what);
    /// A non-transactional step failed after some of its statements ran: the history says so,
    /// and the failure blocks later runs until it is dealt with.
    void recordFailure(const PlanStep &step, const RunOptions &options, qint64 durationMs, const QString &error);
    Result<void> recordOnly(const MigrationPlan &plan, HeadTracker &heads, const RunOptions &options,
                            const QStringList &purge);
    Result<void> begin(const HeadTracker &heads);
    Result<void> checkUnchanged(const HeadTracker &heads);
    /// SQLite: fails when a row references a missing parent (PRAGMA foreign_key_check).
    Result<void> checkForeignKeys();
    void rollbackQuietly();
    HistoryRecord historyRecord(const PlanStep &step, const QString &direction, const RunOptions &options) const;

    Connection &m_connection;
    VersionStore &m_store;
    const RevisionGraph &m_graph;
    int m_lockTimeoutMs;
};

/// A history row for @p revision moved in @p direction ("up", "down", "stamp", "fake") by
/// the person running Strata (user@host) with this Strata version.
HistoryRecord newHistoryRecord(const Revision &revision, const QString &direction);

} // namespace strata
