// SPDX-License-Identifier: MIT
#include "migrationservice.h"

#include "database/migrationlock.h"
#include "lint/lintservice.h"
#include "log/logging.h"
#include "migrator.h"

using namespace Qt::StringLiterals;

namespace strata {

MigrationService::MigrationService(const Project &project, ConnectionChoice choice, std::unique_ptr<Connection> connection)
    : m_project(project)
    , m_choice(std::move(choice))
    , m_connection(std::move(connection))
    , m_store(std::make_unique<VersionStore>(*m_connection, project.config().versionTable))
{
}

MigrationService::~MigrationService() = default;

Result<std::unique_ptr<MigrationService>> MigrationService::connect(const Project &project,
                                                                    const ConnectionChoice &choice, bool readOnly)
{
    Connection::Options options;
    options.baseDir = project.config().rootDir;
    options.readOnly = readOnly;
    options.busyTimeoutMs = std::max(project.config().lockTimeoutMs, 5'000);
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(choice.url, options));
    return std::unique_ptr<MigrationService>(new MigrationService(project, choice, *std::move(connection)));
}

Result<StatusReport> MigrationService::status()
{
    const RevisionGraph &graph = m_project.graph();
    STRATA_ASSIGN_OR_RETURN(rows, m_store->heads());
    STRATA_ASSIGN_OR_RETURN(records, m_store->latestRecords());

    StatusReport report;
    report.connectionName = m_choice.name;
    report.database = m_choice.url.redacted();
    report.databaseMissing = m_connection->isMissingDatabase();
    report.state = AppliedState::fromRows(graph, *rows);
    report.revisions.resize(graph.size());
    for (int row : std::as_const(report.state.rows))
        report.revisions[row].current = true;
    for (int index : graph.topologicalOrder()) {
        RevisionStatus &status = report.revisions[index];
        const Revision &revision = graph.at(index);
        status.applied = report.state.isApplied(index);
        if (const auto record = records->constFind(revision.id); record != records->cend())
            status.lastRecord = record.value();
        if (status.lastRecord && status.lastRecord->isFailure()) {
            status.failed = true;
            report.failed.append(index);
        }
        // Stamps of revisions applied elsewhere may carry no checksum; only compare known ones.
        if (status.applied && status.lastRecord && !status.failed && !status.lastRecord->checksum.isEmpty()
            && status.lastRecord->checksum != revision.checksum) {
            status.edited = true;
            report.edited.append(index);
        }
        if (!status.applied)
            report.pending.append(index);
    }
    return report;
}

Result<QList<HistoryRecord>> MigrationService::history(int limit)
{
    return m_store->history(limit);
}

Result<QList<HistoryRecord>> MigrationService::revisionHistory(const QString &revisionId)
{
    return m_store->historyOf(revisionId);
}

Result<MigrationPlan> MigrationService::plan(const PlanRequest &request)
{
    STRATA_ASSIGN_OR_RETURN(report, status());
    const MigrationPlanner planner(m_project.graph(), report->state, report->appliedOrder());
    return request(planner);
}

Result<void> MigrationService::checkState(const StatusReport &status, const RunOptions &options) const
{
    const RevisionGraph &graph = m_project.graph();
    if (!status.missingFiles().isEmpty() && options.mode != RunMode::Stamp)
        return fail(ErrorCode::Integrity,
                    u"the database is at revision %1, which has no file in %2"_s.arg(
                        status.missingFiles().join(u", "_s), m_project.relativePath(m_project.config().migrationsDir)),
                    u"pull or restore the missing revision file, or reset the version table with 'strata stamp REV'"_s);
    if (!status.edited.isEmpty() && options.mode == RunMode::Execute && !options.allowEdited) {
        QStringList files;
        for (int index : status.edited)
            files << m_project.relativePath(graph.at(index).path);
        return fail(ErrorCode::Integrity,
                    u"applied revision(s) %1 changed after they were applied (%2)"_s.arg(graph.describe(status.edited),
                                                                                      files.join(u", "_s)),
                    u"restore the applied SQL and put the change in a new revision; pass --allow-edited if the "
                    u"edit is deliberate (e.g. a comment)"_s);
    }
    return {};
}

Result<void> MigrationService::checkPlan(const StatusReport &status, const MigrationPlan &plan,
                                         const RunOptions &options) const
{
    const RevisionGraph &graph = m_project.graph();
    if (options.mode != RunMode::Execute || options.retryFailed)
        return {};
    for (const PlanStep &step : plan.steps) {
        const RevisionStatus &revisionStatus = status.revisions.at(step.revision);
        if (!revisionStatus.failed)
            continue;
        const Revision &revision = graph.at(step.revision);
        const LatestRecord &failure = *revisionStatus.lastRecord;
        // A changed upgrade is the user's fix: let it run again. (The checksum covers only the
        // upgrade section, so a fixed downgrade needs --retry-failed.)
        const bool failedUp = failure.direction == u"up"_s;
        if (failedUp && step.direction == Direction::Up && failure.checksum != revision.checksum)
            continue;
        const QString before = revision.parents.isEmpty() ? u"base"_s : revision.parents.join(u", "_s);
        Error error(ErrorCode::Integrity,
                    u"the %1 of revision %2 failed (%3) outside a transaction, so it may be half done"_s.arg(
                        failedUp ? u"upgrade"_s : u"downgrade"_s, revision.id, failure.error),
                    failedUp ? u"make %1 work from the database's current state and run again (a changed file is "
                               u"retried), pass --retry-failed to re-run it unchanged, or 'strata stamp %2' if you "
                               u"finished it by hand"_s.arg(m_project.relativePath(revision.path), revision.id)
                             : u"fix the database or the downgrade, then pass --retry-failed to run it again, or "
                               u"'strata stamp %1' if you finished reverting it by hand"_s.arg(before));
        error.setLocation({revision.path, 0});
        return fail(std::move(error));
    }
    return {};
}

Result<void> MigrationService::review(const MigrationPlan &plan, const RunOptions &options,
                                      const RunCallbacks &callbacks) const
{
    STRATA_ASSIGN_OR_RETURN(review, LintService::lintSteps(m_project, m_choice.url.dialect(), plan.steps));
    if (callbacks.reviewed)
        callbacks.reviewed(*review);
    const int errors = review->count(Severity::Error);
    if (!m_choice.production || errors == 0 || options.allowLintErrors)
        return {};
    return fail(ErrorCode::Review,
                u"the review found %1 error(s) in what would run on %2, a production connection; nothing was run"_s
                    .arg(errors)
                    .arg(m_choice.name.isEmpty() ? m_choice.url.redacted() : m_choice.name),
                u"fix the migrations ('strata lint' lists the findings), silence a deliberate one with "
                u"'-- strata:ignore RULE', or pass --allow-lint-errors"_s);
}

Result<QString> MigrationService::backUp(const QStringList &rows, const RunOptions &options,
                                         const RunCallbacks &callbacks, const CancelToken &cancel)
{
    BackupOptions backup = options.backup;
    backup.pinned = true;
    backup.lockWaitMs = options.lockWaitMs;
    if (callbacks.backupStarted)
        callbacks.backupStarted();
    auto made = BackupService::backupLocked(m_project, m_choice, *m_connection, rows, backup, cancel);
    if (!made) {
        Error error = made.error();
        error.addContext(u"backing up before migrating"_s);
        error.setHint((error.hint().isEmpty() ? QString() : error.hint() + u"; "_s) + u"nothing was applied"_s);
        return fail(error);
    }
    if (callbacks.backedUp)
        callbacks.backedUp(*made);
    return made->manifest.id;
}

Result<RunReport> MigrationService::run(const PlanRequest &request, const RunOptions &options,
                                        const RunCallbacks &callbacks, const CancelToken &cancel)
{
    const auto logger = log::get(log::Migrate);
    MigrationLock lock(*m_connection, m_project.config().versionTable);
    STRATA_TRY(lock.acquire(options.lockWaitMs, cancel));
    // SQLite's writers wait for each other through the busy timeout: the same patience.
    if (m_connection->dialect() == Dialect::Sqlite)
        STRATA_TRY(m_connection->exec(u"PRAGMA busy_timeout = %1"_s.arg(options.lockWaitMs)));
    STRATA_TRY(m_store->ensureTables());

    // Plan only now, under the lock: a run that waited must see what the other one did.
    STRATA_ASSIGN_OR_RETURN(report, status());
    // Integrity first: with a version row naming no file, the state itself is unknown, and
    // a plan made from it would be wrong or fail for a misleading reason.
    STRATA_TRY(checkState(*report, options));
    const MigrationPlanner planner(m_project.graph(), report->state, report->appliedOrder());
    STRATA_ASSIGN_OR_RETURN(plan, request(planner));
    STRATA_TRY(checkPlan(*report, *plan, options));
    if (plan->isEmpty() && !(options.mode == RunMode::Stamp && !report->missingFiles().isEmpty())) {
        RunReport nothing;
        nothing.plan = *plan;
        return nothing;
    }

    if (options.mode == RunMode::Execute)
        STRATA_TRY(review(*plan, options, callbacks));

    const QStringList rows = report->state.rowIds(m_project.graph());
    RunOptions effective = options;
    if (options.backupFirst && options.mode == RunMode::Execute) {
        STRATA_ASSIGN_OR_RETURN(backup, backUp(rows, options, callbacks, cancel));
        effective.backupId = *backup;
    }
    Migrator migrator(*m_connection, *m_store, m_project.graph(), m_project.config().lockTimeoutMs);
    auto result = migrator.run(*plan, report->state, rows, effective, callbacks, cancel);
    if (!result && !effective.backupId.isEmpty()) {
        Error error = result.error();
        error.setHint((error.hint().isEmpty() ? QString() : error.hint() + u"; "_s)
                      + u"to return to the state before this run: "_s
                      + BackupService::restoreCommand(m_choice.name, effective.backupId));
        return fail(error);
    }
    if (result) {
        result->backupId = effective.backupId;
        logger->info("{} step(s) done on {} in {} ms", result->steps.size(), m_choice.url.redacted(),
                     result->durationMs);
    }
    return result;
}

} // namespace strata
