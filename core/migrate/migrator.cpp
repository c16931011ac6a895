// SPDX-License-Identifier: MIT
#include "migrator.h"

#include "util/localuser.h"

#include "database/sqlsplitter.h"
#include "headtracker.h"
#include "log/logging.h"
#include "revision/revisionfile.h"

#include <QElapsedTimer>


using namespace Qt::StringLiterals;

namespace strata {

namespace {

QString directionVerb(Direction direction)
{
    return direction == Direction::Up ? u"applying"_s : u"reverting"_s;
}

} // namespace

HistoryRecord newHistoryRecord(const Revision &revision, const QString &direction)
{
    HistoryRecord record;
    record.revision = revision.id;
    record.downRevision = revision.parents.join(u", "_s);
    record.direction = direction;
    record.checksum = revision.checksum;
    record.message = revision.message;
    record.appliedBy = localUserAtHost();
    record.toolVersion = u"strata " STRATA_VERSION ""_s;
    return record;
}

Migrator::Migrator(Connection &connection, VersionStore &store, const RevisionGraph &graph, int lockTimeoutMs)
    : m_connection(connection)
    , m_store(store)
    , m_graph(graph)
    , m_lockTimeoutMs(lockTimeoutMs)
{
}

Result<void> Migrator::begin(const HeadTracker &heads)
{
    if (m_connection.dialect() == Dialect::Postgres) {
        STRATA_TRY(m_connection.exec(u"BEGIN"_s));
        return {};
    }
    // SQLite has no run-wide lock: take the write lock now rather than at the first write,
    // then make sure no other run moved the version table since this run planned. Without
    // this check a run that waited would replay statements the other run already applied.
    STRATA_TRY(m_connection.exec(u"BEGIN IMMEDIATE"_s));
    if (auto unchanged = checkUnchanged(heads); !unchanged) {
        rollbackQuietly();
        return unchanged;
    }
    return {};
}

Result<void> Migrator::checkUnchanged(const HeadTracker &heads)
{
    STRATA_ASSIGN_OR_RETURN(rows, m_store.heads());
    QStringList expected = heads.rows();
    QStringList actual = *rows;
    expected.sort();
    actual.sort();
    if (expected == actual)
        return {};
    return fail(ErrorCode::Lock,
                u"another run migrated %1 meanwhile (it is now at %2)"_s.arg(
                    m_connection.url().redacted(), actual.isEmpty() ? u"<base>"_s : actual.join(u", "_s)),
                u"run the command again: it will plan from the new state"_s);
}

Result<void> Migrator::checkForeignKeys()
{
    if (m_connection.dialect() != Dialect::Sqlite)
        return {};
    STRATA_ASSIGN_OR_RETURN(violations, m_connection.select(u"PRAGMA foreign_key_check"_s));
    if (violations->isEmpty())
        return {};
    QStringList rows;
    for (const QVariantList &row : violations->mid(0, 5))
        rows << u"%1 rowid %2 -> %3"_s.arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString());
    Error error(ErrorCode::Database,
                u"%1 row(s) reference a missing parent after the migration"_s.arg(violations->size()),
                u"fix or delete those rows (PRAGMA foreign_key_check lists them all), or correct the migration"_s);
    error.setDetail(u"PRAGMA foreign_key_check: "_s + rows.join(u"; "_s)
                    + (violations->size() > rows.size() ? u"; ..."_s : QString()));
    return fail(std::move(error));
}

void Migrator::rollbackQuietly()
{
    if (auto rolledBack = m_connection.exec(u"ROLLBACK"_s); !rolledBack)
        log::get(log::Migrate)->warn("rollback failed: {}", rolledBack.error().message());
}

HistoryRecord Migrator::historyRecord(const PlanStep &step, const QString &direction, const RunOptions &options) const
{
    HistoryRecord record = newHistoryRecord(m_graph.at(step.revision), direction);
    record.backupId = options.backupId;
    return record;
}

Result<RunReport> Migrator::run(const MigrationPlan &plan, const AppliedState &state, const QStringList &rows,
                                const RunOptions &options, const RunCallbacks &callbacks, const CancelToken &cancel)
{
    RunReport report;
    report.plan = plan;
    QElapsedTimer total;
    total.start();
    HeadTracker heads(m_graph, state.applied, rows);

    if (options.mode != RunMode::Execute) {
        // Stamp rewrites the version table wholesale, so rows without files go too.
        const QStringList purge = options.mode == RunMode::Stamp ? state.unknownRows : QStringList();
        STRATA_TRY(recordOnly(plan, heads, options, purge));
        report.purgedRows = purge;
        for (const PlanStep &step : plan.steps)
            report.steps.append({step, 0, 0});
        report.durationMs = total.elapsed();
        return report;
    }

    // SQLite's table rebuilds drop and rename tables that others reference: with foreign keys
    // on, the drop would delete or refuse their rows. They are off while migrating (outside
    // any transaction, where the pragma takes effect) and checked before each commit.
    if (m_connection.dialect() == Dialect::Sqlite)
        STRATA_TRY(m_connection.exec(u"PRAGMA foreign_keys = OFF"_s));

    const int count = int(plan.steps.size());
    for (int position = 0; position < count; ++position) {
        const PlanStep &step = plan.steps.at(position);
        if (cancel.isCancelled())
            return fail(ErrorCode::Cancelled,
                        u"cancelled after %1 of %2 steps; the database is at a consistent revision"_s.arg(position).arg(
                            count));
        if (callbacks.stepStarted)
            callbacks.stepStarted(step, position, count);
        STRATA_ASSIGN_OR_RETURN(stepReport, executeStep(step, heads, options));
        if (callbacks.stepFinished)
            callbacks.stepFinished(*stepReport);
        report.steps.append(*stepReport);
    }
    report.durationMs = total.elapsed();
    return report;
}

Result<StepReport> Migrator::executeStep(const PlanStep &step, HeadTracker &heads, const RunOptions &options)
{
    const auto logger = log::get(log::Migrate);
    const Revision &revision = m_graph.at(step.revision);
    const QString what = directionVerb(step.direction) + u' ' + revision.id;

    STRATA_ASSIGN_OR_RETURN(parsed, RevisionFile::read(revision.path));
    const bool up = step.direction == Direction::Up;
    const QString &sql = up ? parsed->script.upgrade : parsed->script.downgrade;
    const int firstLine = up ? parsed->script.upgradeFirstLine : parsed->script.downgradeFirstLine;
    const QList<SqlStatement> statements = splitStatements(m_connection.dialect(), sql, firstLine);
    const bool pg = m_connection.dialect() == Dialect::Postgres;
    const QString lockTimeout = u"'%1ms'"_s.arg(m_lockTimeoutMs);

    logger->info("{} ({} statements, {})", what, statements.size(),
                 revision.transactional ? "transactional" : "non-transactional");
    QElapsedTimer timer;
    timer.start();

    auto statementError = [&](Error error, int index, const SqlStatement &statement) {
        error.setLocation({revision.path, statement.line});
        error.addContext(u"%1:%2"_s.arg(revision.path).arg(statement.line));
        error.addContext(u"%1 (%2)"_s.arg(what, revision.message));
        const QString excerpt = statement.text.left(300);
        error.setDetail(error.detail() + u"\nstatement %1 of %2: %3"_s.arg(index + 1).arg(statements.size()).arg(excerpt));
        return error;
    };

    if (revision.transactional) {
        STRATA_TRY(begin(heads));
        if (pg) {
            if (auto set = m_connection.exec(u"SET LOCAL lock_timeout = "_s + lockTimeout); !set) {
                rollbackQuietly();
                return fail(set.error());
            }
        }
        for (int i = 0; i < statements.size(); ++i) {
            if (auto done = m_connection.exec(statements.at(i).text); !done) {
                rollbackQuietly();
                Error error = statementError(done.error(), int(i), statements.at(i));
                error.setHint(u"the migration was rolled back: the database is as it was before %1. Fix the SQL "
                              u"and run the command again"_s.arg(revision.id));
                return fail(std::move(error));
            }
        }
        if (auto checked = checkForeignKeys(); !checked) {
            rollbackQuietly();
            Error error = checked.error();
            error.addContext(u"%1 (%2)"_s.arg(what, revision.message));
            error.setHint(u"the migration was rolled back: the database is as it was before %1. "_s.arg(revision.id)
                          + error.hint());
            return fail(std::move(error));
        }
        STRATA_TRY(commitStep(step, heads, options, timer.elapsed(), what));
    } else {
        if (pg)
            STRATA_TRY(m_connection.exec(u"SET lock_timeout = "_s + lockTimeout));
        else
            STRATA_TRY(checkUnchanged(heads));
        for (int i = 0; i < statements.size(); ++i) {
            auto done = m_connection.exec(statements.at(i).text);
            if (done)
                continue;
            Error error = statementError(done.error(), int(i), statements.at(i));
            if (pg)
                (void)m_connection.exec(u"RESET lock_timeout"_s);
            recordFailure(step, options, timer.elapsed(),
                          u"line %1: %2"_s.arg(statements.at(i).line).arg(error.message()));
            error.setHint(u"%1 runs outside a transaction: the %2 statement(s) before line %3 stay applied. The "
                          u"failure is recorded and blocks later runs: make the file work from the database's "
                          u"current state and run again, or, if you finished it by hand, 'strata stamp %1'"_s
                              .arg(revision.id)
                              .arg(i)
                              .arg(statements.at(i).line));
            return fail(std::move(error));
        }
        if (pg)
            STRATA_TRY(m_connection.exec(u"RESET lock_timeout"_s));
        if (auto checked = checkForeignKeys(); !checked) {
            Error error = checked.error();
            recordFailure(step, options, timer.elapsed(), error.message());
            error.addContext(u"%1 (%2)"_s.arg(what, revision.message));
            error.setHint(u"%1 runs outside a transaction, so its statements stay applied: "_s.arg(revision.id)
                          + error.hint() + u", then 'strata stamp %1'"_s.arg(revision.id));
            return fail(std::move(error));
        }
        STRATA_TRY(begin(heads));
        STRATA_TRY(commitStep(step, heads, options, timer.elapsed(), what));
    }
    return StepReport{step, timer.elapsed(), int(statements.size())};
}

void Migrator::recordFailure(const PlanStep &step, const RunOptions &options, qint64 durationMs, const QString &error)
{
    HistoryRecord failure =
        historyRecord(step, step.direction == Direction::Up ? u"up"_s : u"down"_s, options);
    failure.durationMs = durationMs;
    failure.success = false;
    failure.error = error;
    if (auto recorded = m_store.record(failure); !recorded)
        log::get(log::Migrate)->error("could not record the failure of {}: {}", failure.revision,
                                      recorded.error().message());
}

Result<void> Migrator::commitStep(const PlanStep &step, HeadTracker &heads, const RunOptions &options,
                                  qint64 durationMs, const QString &what)
{
    const HeadTracker::Move move = heads.apply(step);
    HistoryRecord record = historyRecord(step, step.direction == Direction::Up ? u"up"_s : u"down"_s, options);
    record.durationMs = durationMs;
    auto done = m_store.moveHeads(move.removed, move.added);
    if (done)
        done = m_store.record(record);
    if (done)
        done = m_connection.exec(u"COMMIT"_s).map([](int) {});
    if (!done) {
        rollbackQuietly();
        return fail(std::move(done.error().addContext(what)));
    }
    return {};
}

Result<void> Migrator::recordOnly(const MigrationPlan &plan, HeadTracker &heads, const RunOptions &options,
                                  const QStringList &purge)
{
    const QString direction = options.mode == RunMode::Stamp ? u"stamp"_s : u"fake"_s;
    STRATA_TRY(begin(heads));
    auto work = [&]() -> Result<void> {
        if (!purge.isEmpty())
            STRATA_TRY(m_store.moveHeads(purge, {}));
        for (const PlanStep &step : plan.steps) {
            const HeadTracker::Move move = heads.apply(step);
            STRATA_TRY(m_store.moveHeads(move.removed, move.added));
            HistoryRecord record = historyRecord(step, direction, options);
            // A stamp or fake that removes a revision is told apart by its missing checksum.
            if (step.direction == Direction::Down)
                record.checksum.clear();
            STRATA_TRY(m_store.record(record));
        }
        STRATA_TRY(m_connection.exec(u"COMMIT"_s));
        return {};
    };
    if (auto done = work(); !done) {
        rollbackQuietly();
        return done;
    }
    return {};
}

} // namespace strata
