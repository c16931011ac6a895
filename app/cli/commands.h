// SPDX-License-Identifier: MIT
#pragma once

#include "commandcontext.h"
#include "backup/backupservice.h"
#include "lint/lintservice.h"

#include <QStringList>

/// One function per CLI command. Each returns the process exit code (DESIGN §8).
namespace strata::cli {

int runInit(CommandContext &context, const QString &directory);

struct MakeMigrationsOptions
{
    QString message;
    bool empty = false;
    bool check = false;  ///< exit 1 when the models have changes no migration covers; write nothing
    bool dryRun = false; ///< print the would-be file instead of writing it
    QStringList renames; ///< "old=new", "table.old=new": renames to write as such
};
int runMakeMigrations(CommandContext &context, const MakeMigrationsOptions &options);
int runMerge(CommandContext &context, const QString &message, const QStringList &revisions);

struct LintOptions
{
    QStringList revisions; ///< ids to review; empty: the pending ones
    bool all = false;
    QString explain;       ///< a rule id: print its text instead
};
int runLint(CommandContext &context, const LintOptions &options);
/// The findings of a review, one line each, for commands that review before they act.
void printReviewSummary(CommandContext &context, const RevisionGraph &graph, const LintReport &report);

int runShowMigrations(CommandContext &context);
int runCheck(CommandContext &context);
int runDriftCheck(CommandContext &context);
int runInspect(CommandContext &context);
int runDiff(CommandContext &context);
int runBaseline(CommandContext &context, const QString &message);
int runCurrent(CommandContext &context);
/// @p check: exit 1 when there are several heads (a merge is missing), for CI.
int runHeads(CommandContext &context, bool check);
int runHistory(CommandContext &context, int limit, bool verbose);

/// --backup / --no-backup / --yes of the commands that move a database.
struct BackupChoice
{
    bool backup = false;   ///< back up first
    bool noBackup = false; ///< do not, even on a production connection (needs yes there)
    bool yes = false;
};

struct MigrateOptions
{
    QString target = QStringLiteral("head");
    bool sql = false;
    bool fake = false;
    bool plan = false;
    bool allowEdited = false;
    bool retryFailed = false;
    bool allowLintErrors = false;
    BackupChoice backup;
    QString lockTimeout = QStringLiteral("60s");
};
int runMigrate(CommandContext &context, const MigrateOptions &options);

struct RollbackOptions
{
    int steps = 1;
    QString to;
    bool allowEdited = false;
    bool retryFailed = false;
    bool allowLintErrors = false;
    BackupChoice backup;
    QString lockTimeout = QStringLiteral("60s");
};
int runRollback(CommandContext &context, const RollbackOptions &options);
int runStamp(CommandContext &context, const QString &revision, const QString &lockTimeout);
int runSqlMigrate(CommandContext &context, const QString &revision, bool downgrade);

struct BackupCommandOptions
{
    QString format;     ///< "custom" or "directory"; empty: custom (SQLite: a file copy)
    int jobs = 1;
    QString lockTimeout = QStringLiteral("60s");
    bool rehearse = false; ///< instead: run the pending migrations on a copy made from a backup
    QString from;          ///< the backup to rehearse on; empty: the newest
};
int runBackup(CommandContext &context, const BackupCommandOptions &options);
/// "12.3 MB written, 4.0 s" on stderr while a dump runs: one rewritten line on a terminal,
/// a line every ten seconds in a log; endBackupProgress() clears the terminal's line.
ToolProgress backupProgress(const Console &console);
void endBackupProgress(const ToolProgress &progress);
/// What a backup made: its id, size, time, revisions, path, and what retention deleted.
void printBackupResult(CommandContext &context, const BackupResult &result);
int runBackups(CommandContext &context);
int runVerify(CommandContext &context, const QString &id);

struct RestoreOptions
{
    QString id;
    QString into; ///< another database's URL; empty: the one the backup was taken of
    bool yes = false;
    QString lockTimeout = QStringLiteral("60s");
};
int runRestore(CommandContext &context, const RestoreOptions &options);

} // namespace strata::cli
