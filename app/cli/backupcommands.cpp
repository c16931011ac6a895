// SPDX-License-Identifier: MIT
// backup, backups, verify, restore: DESIGN §7 on the command line.
#include "commands.h"
#include "formatting.h"

#include "backup/backupservice.h"
#include "interrupt.h"

#include <QDir>
#include <QJsonArray>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace strata::cli {

namespace {

QString revisionsText(const QStringList &revisions)
{
    return revisions.isEmpty() ? u"<base>"_s : revisions.join(u", "_s);
}

} // namespace

ToolProgress backupProgress(const Console &console)
{
    if (console.isQuiet() || console.isJson())
        return {};
    if (!isatty(STDERR_FILENO)) {
        // A log (CI): a line every ten seconds shows a long dump is alive.
        return [reported = qint64(0)](qint64 bytes, qint64 elapsedMs) mutable {
            if (elapsedMs - reported < 10'000)
                return;
            reported = elapsedMs;
            std::fprintf(stderr, "  %s written, %s\n", byteSize(bytes).toUtf8().constData(),
                         duration(elapsedMs).toUtf8().constData());
        };
    }
    return [](qint64 bytes, qint64 elapsedMs) {
        std::fprintf(stderr, "\r  %s written, %s   ", byteSize(bytes).toUtf8().constData(),
                     duration(elapsedMs).toUtf8().constData());
        std::fflush(stderr);
    };
}

void endBackupProgress(const ToolProgress &progress)
{
    if (progress && isatty(STDERR_FILENO))
        std::fprintf(stderr, "\r%60s\r", "");
}

void printBackupResult(CommandContext &context, const BackupResult &result)
{
    Console &console = context.console();
    const BackupManifest &manifest = result.manifest;
    console.line(u"Backup %1: %2 in %3, verified; the database was at %4"_s.arg(
        manifest.id, byteSize(manifest.size), duration(manifest.durationMs), revisionsText(manifest.revisions)));
    console.line(u"  "_s + context.displayPath(result.archivePath));
    for (const BackupManifest &pruned : result.pruned)
        console.line(u"  deleted the older backup %1 ([backup].keep)"_s.arg(pruned.id));
}

static Result<int> doBackup(CommandContext &context, const BackupCommandOptions &options)
{
    Console &console = context.console();
    STRATA_ASSIGN_OR_RETURN(project, context.project());
    STRATA_ASSIGN_OR_RETURN(choice, context.connectionChoice());
    STRATA_ASSIGN_OR_RETURN(wait, lockWaitMs(options.lockTimeout));
    BackupOptions backup;
    backup.lockWaitMs = *wait;
    backup.jobs = options.jobs;
    if (!options.format.isEmpty()) {
        backup.format = backupFormatFromName(options.format);
        if (!backup.format || *backup.format == BackupFormat::SqliteFile)
            return fail(Error(ErrorCode::Usage, u"--format %1 is not a PostgreSQL backup format"_s.arg(options.format),
                                       u"use custom (one file, the default) or directory (with --jobs N)"_s));
    }
    if (options.jobs > 1 && backup.format != BackupFormat::PostgresDirectory)
        return fail(Error(ErrorCode::Usage, u"--jobs needs --format directory"_s,
                                   u"pg_dump dumps in parallel only into a directory"_s));
    backup.progress = backupProgress(console);
    console.line(u"Backing up %1 (%2)"_s.arg(choice->url.redacted(), choice->name));
    const auto result = BackupService::backup(**project, *choice, backup, interruptToken());
    endBackupProgress(backup.progress);
    if (!result)
        return fail(result.error());
    if (console.isJson()) {
        QJsonObject json = result->manifest.toJsonObject();
        json.insert(u"path"_s, result->archivePath);
        QJsonArray pruned;
        for (const BackupManifest &old : result->pruned)
            pruned.append(old.id);
        json.insert(u"deleted"_s, pruned);
        console.json(json);
        return ExitOk;
    }
    printBackupResult(context, *result);
    if (console.isQuiet())
        console.result(result->manifest.id);
    return ExitOk;
}

/// backup --rehearse: the pending migrations, run on a copy restored from a backup.
static Result<int> doRehearse(CommandContext &context, const BackupCommandOptions &options)
{
    Console &console = context.console();
    STRATA_ASSIGN_OR_RETURN(project, context.project());
    STRATA_ASSIGN_OR_RETURN(choice, context.connectionChoice());
    const RevisionGraph &graph = (*project)->graph();
    RunCallbacks callbacks;
    callbacks.reviewed = [&](const LintReport &review) { printReviewSummary(context, graph, review); };
    callbacks.stepStarted = [&](const PlanStep &step, int, int) {
        const Revision &revision = graph.at(step.revision);
        console.partial(u"  Applying %1  %2 ... "_s.arg(revision.id, revision.message));
    };
    callbacks.stepFinished = [&](const StepReport &report) { console.line(u"done (%1)"_s.arg(duration(report.durationMs))); };
    console.line(u"Rehearsing the pending migrations of %1 on a copy"_s.arg(choice->url.redacted()));
    const auto rehearsal = BackupService::rehearse(**project, *choice, options.from, callbacks, interruptToken());
    if (!rehearsal)
        return fail(rehearsal.error());
    const RunReport &run = *rehearsal->run;
    if (console.isJson()) {
        QJsonArray steps;
        for (const StepReport &step : run.steps)
            steps.append(QJsonObject{{u"revision"_s, graph.at(step.step.revision).id},
                                     {u"duration_ms"_s, step.durationMs},
                                     {u"statements"_s, step.statements}});
        console.json({{u"backup"_s, rehearsal->backup.id},
                      {u"restore_ms"_s, rehearsal->restoreMs},
                      {u"steps"_s, steps},
                      {u"duration_ms"_s, run.durationMs}});
        return ExitOk;
    }
    console.line(u"Rehearsed on backup %1 (restored in %2): %3 step(s) in %4. The copy is dropped; %5 was not touched."_s
                     .arg(rehearsal->backup.id, duration(rehearsal->restoreMs))
                     .arg(run.steps.size())
                     .arg(duration(run.durationMs), choice->url.redacted()));
    return ExitOk;
}

static Result<int> doBackups(CommandContext &context)
{
    Console &console = context.console();
    STRATA_ASSIGN_OR_RETURN(project, context.project());
    STRATA_ASSIGN_OR_RETURN(backups, BackupService::list(**project));
    // -c NAME or -d URL asks about one database: only its backups.
    if (!context.options().connection.isEmpty() || !context.options().databaseUrl.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(choice, context.connectionChoice());
        backups->removeIf([&](const BackupManifest &manifest) {
            return manifest.connection != choice->name || manifest.url != choice->url.redacted();
        });
    }
    if (console.isJson()) {
        QJsonArray array;
        for (const BackupManifest &manifest : std::as_const(*backups))
            array.append(manifest.toJsonObject());
        console.json({{u"directory"_s, (*project)->config().backupDir}, {u"backups"_s, array}});
        return ExitOk;
    }
    if (backups->isEmpty()) {
        console.line(u"No backups in %1. 'strata backup' takes one."_s.arg(context.displayPath((*project)->config().backupDir)));
        return ExitOk;
    }
    // The list is the command's answer: it prints with --quiet too.
    console.result(u"%1  %2  %3  %4  %5  %6"_s.arg(u"id"_s, -28).arg(u"connection"_s, -12).arg(u"created (UTC)"_s, -19)
                     .arg(u"size"_s, 9).arg(u"checked"_s, -8).arg(u"revision(s)"_s));
    for (const BackupManifest &manifest : std::as_const(*backups)) {
        console.result(u"%1  %2  %3  %4  %5  %6%7"_s.arg(manifest.id, -28)
                         .arg(manifest.connection, -12)
                         .arg(manifest.created.toString(u"yyyy-MM-dd HH:mm:ss"_s), -19)
                         .arg(byteSize(manifest.size), 9)
                         .arg(manifest.verified ? u"ok"_s : u"FAILED"_s, -8)
                         .arg(revisionsText(manifest.revisions), manifest.pinned ? u"  (pinned: before a migration)"_s
                                                                                  : QString()));
    }
    return ExitOk;
}

static Result<int> doVerify(CommandContext &context, const QString &id)
{
    Console &console = context.console();
    STRATA_ASSIGN_OR_RETURN(project, context.project());
    const auto verified = BackupService::verify(**project, id, interruptToken());
    if (!verified)
        return fail(verified.error());
    if (console.isJson()) {
        console.json(verified->toJsonObject());
        return ExitOk;
    }
    console.line(u"Backup %1 is sound: its SHA-256 matches and all of it reads back (%2)."_s.arg(
        verified->id, verified->format == BackupFormat::SqliteFile ? u"PRAGMA integrity_check"_s : u"pg_restore"_s));
    return ExitOk;
}

static Result<int> doRestore(CommandContext &context, const RestoreOptions &options)
{
    Console &console = context.console();
    STRATA_ASSIGN_OR_RETURN(project, context.project());
    STRATA_ASSIGN_OR_RETURN(backup, BackupService::find(**project, options.id));
    STRATA_ASSIGN_OR_RETURN(wait, lockWaitMs(options.lockTimeout));
    std::optional<ConnectionChoice> chosen;
    if (options.into.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(choice, context.connectionChoice());
        chosen = *choice;
    }
    STRATA_ASSIGN_OR_RETURN(into, BackupService::restoreTarget(**project, *backup, options.into, chosen));
    const DatabaseUrl &target = into->url;
    const bool production = into->production;
    const QString &name = into->name;
    if (!options.yes) {
        const QString question = production
            ? u"This replaces everything in %1, a production database, with backup %2 (%3). Type the "
              u"connection's name to go on:"_s.arg(target.redacted(), backup->id, revisionsText(backup->revisions))
            : u"This replaces everything in %1 with backup %2 (%3). Go on? [y/N]"_s.arg(
                  target.redacted(), backup->id, revisionsText(backup->revisions));
        const std::optional<QString> answer = console.ask(question);
        if (!answer)
            return fail(Error(ErrorCode::Usage, u"restoring replaces the database, and nobody is here to confirm it"_s,
                                       u"pass --yes to restore without asking"_s));
        const bool confirmed = production ? *answer == name
                                          : (answer->compare(u"y"_s, Qt::CaseInsensitive) == 0
                                             || answer->compare(u"yes"_s, Qt::CaseInsensitive) == 0);
        if (!confirmed) {
            console.line(u"Nothing was restored."_s);
            return ExitCancelled;
        }
    }
    console.line(u"Restoring %1 into %2"_s.arg(backup->id, target.redacted()));
    if (auto restored = BackupService::restore(**project, *backup, *into, *wait, interruptToken());
        !restored)
        return fail(restored.error());
    if (console.isJson()) {
        console.json({{u"restored"_s, backup->id}, {u"into"_s, target.redacted()},
                      {u"revisions"_s, QJsonArray::fromStringList(backup->revisions)}});
        return ExitOk;
    }
    console.line(u"Restored: %1 is at %2 again."_s.arg(target.redacted(), revisionsText(backup->revisions)));
    return ExitOk;
}

int runBackup(CommandContext &context, const BackupCommandOptions &options)
{
    return context.console().exitWith(options.rehearse ? doRehearse(context, options) : doBackup(context, options));
}

int runBackups(CommandContext &context)
{
    return context.console().exitWith(doBackups(context));
}

int runVerify(CommandContext &context, const QString &id)
{
    return context.console().exitWith(doVerify(context, id));
}

int runRestore(CommandContext &context, const RestoreOptions &options)
{
    return context.console().exitWith(doRestore(context, options));
}

} // namespace strata::cli
