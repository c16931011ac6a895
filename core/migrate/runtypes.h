// SPDX-License-Identifier: MIT
#pragma once

#include "backup/backupservice.h"
#include "graph/migrationplan.h"

#include <QString>

#include <functional>

namespace strata {

/// How a run treats the plan's SQL.
enum class RunMode {
    Execute, ///< run the SQL and record "up"/"down"
    Fake,    ///< record the steps as "fake" without running SQL (`migrate --fake`)
    Stamp,   ///< set the version table as "stamp" without running SQL (`stamp`)
};

struct LintReport;

struct RunOptions
{
    RunMode mode = RunMode::Execute;
    bool allowEdited = false;  ///< run although applied files changed after they were applied
    bool retryFailed = false;  ///< re-run a failed non-transactional migration whose file is unchanged
    int lockWaitMs = 60'000;   ///< how long to wait for another run's migration lock
    QString backupId;          ///< recorded in the history rows of this run
    bool allowLintErrors = false; ///< on a production connection, run although the review found errors
    /// Back up first, under the run's lock, after the review and before the first step; a
    /// backup that fails or does not verify stops the run with nothing applied. The backup
    /// is pinned and its id goes into the run's history rows.
    bool backupFirst = false;
    BackupOptions backup;
};

/// The outcome of one step that succeeded.
struct StepReport
{
    PlanStep step;
    qint64 durationMs = 0;
    int statements = 0;
};

/// Progress of a run, called on the thread running it.
struct RunCallbacks
{
    /// The review of what is about to run (each step's section), before the first step.
    std::function<void(const LintReport &report)> reviewed;
    std::function<void(const PlanStep &step, int position, int total)> stepStarted;
    std::function<void(const StepReport &report)> stepFinished;
    /// The backup before the first step (RunOptions::backupFirst) starts: the plan is not
    /// empty and the review let it through.
    std::function<void()> backupStarted;
    /// The backup taken before the first step (RunOptions::backupFirst).
    std::function<void(const BackupResult &backup)> backedUp;
};

struct RunReport
{
    MigrationPlan plan;
    QList<StepReport> steps;
    QStringList purgedRows; ///< stamp: version rows naming no revision file, removed
    qint64 durationMs = 0;
    QString backupId;       ///< the backup taken before the run, if one was
};

} // namespace strata
