// SPDX-License-Identifier: MIT
// migrate, rollback, stamp, sqlmigrate: commands that move a database or show how they would.
#include "commands.h"
#include "formatting.h"
#include "interrupt.h"

#include "database/sqlsplitter.h"
#include "lint/lintservice.h"
#include "migrate/offlinescript.h"
#include "revision/revisionfile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace strata::cli {

namespace {

QString verb(Direction direction, RunMode mode)
{
    if (mode == RunMode::Fake)
        return direction == Direction::Up ? u"Faking"_s : u"Faking revert of"_s;
    return direction == Direction::Up ? u"Applying"_s : u"Reverting"_s;
}

QJsonArray stepsJson(const RevisionGraph &graph, const QList<PlanStep> &steps, const QList<StepReport> &reports)
{
    QJsonArray array;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlanStep &step = steps.at(i);
        QJsonObject object{{u"revision"_s, graph.at(step.revision).id},
                           {u"message"_s, graph.at(step.revision).message},
                           {u"direction"_s, step.direction == Direction::Up ? u"up"_s : u"down"_s}};
        if (i < reports.size()) {
            object.insert(u"duration_ms"_s, reports.at(i).durationMs);
            object.insert(u"statements"_s, reports.at(i).statements);
        }
        array.append(object);
    }
    return array;
}

/// Runs @p request through the service (waiting up to @p lockTimeout for another run) and
/// reports progress and the outcome.
/// Whether to back up before running: when asked, and on a production connection unless
/// --no-backup is confirmed with --yes.
Result<bool> shouldBackUp(const ConnectionChoice &choice, const BackupChoice &backup)
{
    if (backup.backup && backup.noBackup)
        return fail(ErrorCode::Usage, u"--backup and --no-backup exclude each other"_s, u"choose one"_s);
    if (choice.production && backup.noBackup && !backup.yes)
        return fail(ErrorCode::Usage,
                    u"%1 is a production connection: it is backed up before every run unless you confirm "
                    u"skipping that"_s.arg(choice.name),
                    u"pass --no-backup --yes to run without a backup"_s);
    return backup.backup || (choice.production && !backup.noBackup);
}

int runPlan(CommandContext &context, const MigrationService::PlanRequest &request, RunOptions options,
            const QString &lockTimeout, const QString &doneWord, const BackupChoice &backup = {})
{
    Console &console = context.console();
    auto wait = lockWaitMs(lockTimeout);
    if (!wait)
        return console.error(wait.error());
    options.lockWaitMs = *wait;
    auto service = context.connect(false);
    if (!service)
        return console.error(service.error());
    auto backUp = shouldBackUp((*service)->connectionChoice(), backup);
    if (!backUp)
        return console.error(backUp.error());
    options.backupFirst = *backUp;
    const RevisionGraph &graph = (*service)->project().graph();
    const QString database = (*service)->connectionChoice().url.redacted();

    RunCallbacks callbacks;
    callbacks.reviewed = [&](const LintReport &review) { printReviewSummary(context, graph, review); };
    bool stepOpen = false;
    callbacks.stepStarted = [&](const PlanStep &step, int position, int total) {
        stepOpen = true;
        if (position == 0)
            console.line(u"%1 %2 step(s) on %3"_s.arg(verb(step.direction, options.mode)).arg(total).arg(database));
        const Revision &revision = graph.at(step.revision);
        console.partial(u"  %1 %2  %3 ... "_s.arg(verb(step.direction, options.mode), revision.id, revision.message));
    };
    callbacks.stepFinished = [&](const StepReport &report) {
        stepOpen = false;
        console.line(u"done (%1 ms)"_s.arg(report.durationMs));
    };
    if (options.backupFirst)
        options.backup.progress = backupProgress(console);
    callbacks.backupStarted = [&] { console.line(u"Backing up %1 first"_s.arg(database)); };
    callbacks.backedUp = [&](const BackupResult &result) {
        endBackupProgress(options.backup.progress);
        printBackupResult(context, result);
    };

    auto report = (*service)->run(request, options, callbacks, interruptToken());
    if (!report) {
        endBackupProgress(options.backup.progress);
        if (stepOpen)
            console.partial(u"FAILED\n"_s);
        return console.error(report.error());
    }
    if (console.isJson()) {
        console.json({{u"database"_s, database},
                      {u"from"_s, idArray(graph, report->plan.fromHeads)},
                      {u"to"_s, idArray(graph, report->plan.toHeads)},
                      {u"steps"_s, stepsJson(graph, report->plan.steps, report->steps)},
                      {u"removed_rows"_s, QJsonArray::fromStringList(report->purgedRows)},
                      {u"duration_ms"_s, report->durationMs},
                      {u"backup"_s, report->backupId.isEmpty() ? QJsonValue() : QJsonValue(report->backupId)}});
        return ExitOk;
    }
    if (report->plan.isEmpty() && report->purgedRows.isEmpty()) {
        console.line(u"Nothing to do: %1 is at %2."_s.arg(database, graph.describe(report->plan.toHeads)));
        return ExitOk;
    }
    if (options.mode == RunMode::Stamp) {
        for (const QString &row : std::as_const(report->purgedRows))
            console.line(u"  removed version row %1 (no revision file has this id)"_s.arg(row));
        console.line(u"Stamped %1 at %2 (version table only, no SQL run)."_s.arg(
            database, graph.describe(report->plan.toHeads)));
        return ExitOk;
    }
    if (options.mode == RunMode::Fake) {
        for (const PlanStep &step : report->plan.steps)
            console.line(u"  %1 %2  %3"_s.arg(verb(step.direction, options.mode), graph.at(step.revision).id,
                                              graph.at(step.revision).message));
    }
    console.line(u"%1 %2 step(s) in %3 ms. %4 is at %5."_s.arg(doneWord)
                     .arg(report->steps.size())
                     .arg(report->durationMs)
                     .arg(database, graph.describe(report->plan.toHeads)));
    return ExitOk;
}

int showPlan(CommandContext &context, const MigrationService::PlanRequest &request)
{
    Console &console = context.console();
    auto service = context.connect(true);
    if (!service)
        return console.error(service.error());
    auto plan = (*service)->plan(request);
    if (!plan)
        return console.error(plan.error());
    const RevisionGraph &graph = (*service)->project().graph();
    const QString database = (*service)->connectionChoice().url.redacted();
    if (console.isJson()) {
        console.json({{u"database"_s, database},
                      {u"from"_s, idArray(graph, plan->fromHeads)},
                      {u"to"_s, idArray(graph, plan->toHeads)},
                      {u"steps"_s, stepsJson(graph, plan->steps, {})}});
        return ExitOk;
    }
    console.result(u"Plan for %1: %2 -> %3, %4 step(s)"_s.arg(database, graph.describe(plan->fromHeads),
                                                               graph.describe(plan->toHeads),
                                                               QString::number(plan->steps.size())));
    for (const PlanStep &step : plan->steps) {
        const Revision &revision = graph.at(step.revision);
        console.result(u"  %1  %2  %3%4"_s.arg(step.direction == Direction::Up ? u"up  "_s : u"down"_s, revision.id,
                                               revision.message,
                                               revision.transactional ? QString() : u"  (non-transactional)"_s));
    }
    return ExitOk;
}

/// `migrate --sql [FROM:]TARGET`: with FROM, needs no database at all.
int printOfflineSql(CommandContext &context, const QString &targetText)
{
    Console &console = context.console();
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    const Project &project = **loaded;
    auto choice = context.connectionChoice();
    if (!choice)
        return console.error(choice.error());

    AppliedState state;
    QString target = targetText;
    if (const qsizetype colon = targetText.indexOf(u':'); colon >= 0) {
        const auto from = RevisionSpec::parse(QStringView(targetText).left(colon));
        if (!from)
            return console.error(from.error());
        const auto fromRevision = resolveRevision(project.graph(), *from);
        if (!fromRevision)
            return console.error(fromRevision.error());
        state = AppliedState::fromRows(project.graph(), fromRevision->has_value()
                                                            ? QStringList{project.graph().at(**fromRevision).id}
                                                            : QStringList());
        target = targetText.mid(colon + 1);
    } else {
        // No starting point given: read it (only read it) from the database.
        auto service = context.connect(true);
        if (!service) {
            Error error = service.error();
            error.setHint(u"to work without a database, give the starting revision: 'strata migrate --sql FROM:TARGET' "
                          u"(e.g. base:head)"_s);
            return console.error(error);
        }
        auto report = (*service)->status();
        if (!report)
            return console.error(report.error());
        state = report->state;
    }
    const auto spec = RevisionSpec::parse(target);
    if (!spec)
        return console.error(spec.error());
    const auto plan = MigrationPlanner(project.graph(), state).migrate(*spec);
    if (!plan)
        return console.error(plan.error());
    const auto sql = OfflineScript::render(project, choice->url.dialect(), state, *plan);
    if (!sql)
        return console.error(sql.error());
    if (console.isJson()) {
        const RevisionGraph &graph = project.graph();
        console.json({{u"dialect"_s, dialectName(choice->url.dialect())},
                      {u"from"_s, idArray(graph, plan->fromHeads)},
                      {u"to"_s, idArray(graph, plan->toHeads)},
                      {u"steps"_s, stepsJson(graph, plan->steps, {})},
                      {u"sql"_s, *sql}});
        return ExitOk;
    }
    console.result(*sql);
    return ExitOk;
}

} // namespace

int runMigrate(CommandContext &context, const MigrateOptions &options)
{
    Console &console = context.console();
    if (int(options.sql) + int(options.fake) + int(options.plan) > 1)
        return console.error(Error(ErrorCode::Usage, u"--sql, --fake and --plan exclude each other"_s,
                                   u"choose one of them"_s));
    if (options.sql)
        return printOfflineSql(context, options.target);
    const auto spec = RevisionSpec::parse(options.target);
    if (!spec)
        return console.error(spec.error());
    const MigrationService::PlanRequest request = [&spec](const MigrationPlanner &planner) {
        return planner.migrate(*spec);
    };
    if (options.plan)
        return showPlan(context, request);
    RunOptions run;
    run.mode = options.fake ? RunMode::Fake : RunMode::Execute;
    run.allowEdited = options.allowEdited;
    run.retryFailed = options.retryFailed;
    run.allowLintErrors = options.allowLintErrors;
    return runPlan(context, request, run, options.lockTimeout, options.fake ? u"Faked"_s : u"Done:"_s, options.backup);
}

int runRollback(CommandContext &context, const RollbackOptions &options)
{
    Console &console = context.console();
    MigrationService::PlanRequest request;
    std::optional<RevisionSpec> target;
    if (!options.to.isEmpty()) {
        auto spec = RevisionSpec::parse(options.to);
        if (!spec)
            return console.error(spec.error());
        target = *spec;
        request = [&target](const MigrationPlanner &planner) { return planner.rollbackTo(*target); };
    } else {
        const int steps = options.steps;
        request = [steps](const MigrationPlanner &planner) { return planner.rollback(steps); };
    }
    RunOptions run;
    run.allowEdited = options.allowEdited;
    run.retryFailed = options.retryFailed;
    run.allowLintErrors = options.allowLintErrors;
    return runPlan(context, request, run, options.lockTimeout, u"Rolled back"_s, options.backup);
}

int runStamp(CommandContext &context, const QString &revision, const QString &lockTimeout)
{
    Console &console = context.console();
    auto spec = RevisionSpec::parse(revision);
    if (!spec)
        return console.error(spec.error());
    RunOptions run;
    run.mode = RunMode::Stamp;
    const MigrationService::PlanRequest request = [&spec](const MigrationPlanner &planner) {
        return planner.stamp(*spec);
    };
    return runPlan(context, request, run, lockTimeout, u"Stamped"_s);
}

int runSqlMigrate(CommandContext &context, const QString &revision, bool downgrade)
{
    Console &console = context.console();
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    const Project &project = **loaded;
    auto spec = RevisionSpec::parse(revision);
    if (!spec)
        return console.error(spec.error());
    auto index = resolveRevision(project.graph(), *spec);
    if (!index)
        return console.error(index.error());
    if (!index->has_value())
        return console.error(Error(ErrorCode::Usage, u"'base' is not a revision"_s, u"name a revision"_s));
    const Revision &meta = project.graph().at(**index);
    auto parsed = RevisionFile::read(meta.path);
    if (!parsed)
        return console.error(parsed.error());
    // Split with the configured database's rules; without one, SQLite's (the default).
    Dialect dialect = Dialect::Sqlite;
    if (auto choice = context.connectionChoice())
        dialect = choice->url.dialect();
    const QString &sql = downgrade ? parsed->script.downgrade : parsed->script.upgrade;
    const int firstLine = downgrade ? parsed->script.downgradeFirstLine : parsed->script.upgradeFirstLine;
    const QList<SqlStatement> statements = splitStatements(dialect, sql, firstLine);
    if (console.isJson()) {
        QJsonArray array;
        for (const SqlStatement &statement : statements)
            array.append(QJsonObject{{u"line"_s, statement.line}, {u"sql"_s, statement.text}});
        console.json({{u"revision"_s, meta.id},
                      {u"direction"_s, downgrade ? u"down"_s : u"up"_s},
                      {u"transactional"_s, meta.transactional},
                      {u"statements"_s, array}});
        return ExitOk;
    }
    console.result(u"-- %1 %2: %3"_s.arg(downgrade ? u"Downgrade"_s : u"Upgrade"_s, meta.id, meta.message));
    if (meta.transactional)
        console.result(u"BEGIN;"_s);
    for (const SqlStatement &statement : statements)
        console.result(statement.text + u';');
    if (meta.transactional)
        console.result(u"COMMIT;"_s);
    return ExitOk;
}

} // namespace strata::cli
