// SPDX-License-Identifier: MIT
// strata: the command-line face of the engine. Parses arguments and calls one command.
#include "clilogging.h"
#include "clireference.h"
#include "commands.h"

#include <QCoreApplication>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace strata::cli;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"strata"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));

    CLI::App cli{"Strata: database migrations with a revision graph, for PostgreSQL and SQLite.", "strata"};
    cli.fallthrough(); // global options may come after the command word too
    cli.require_subcommand(1);
    cli.set_version_flag("--version", "strata " STRATA_VERSION);

    std::string directory, databaseUrl, connection;
    bool json = false, quiet = false;
    cli.add_option("-C,--directory", directory, "Run as if started in DIR (where strata.toml is looked for)");
    auto *urlOption = cli.add_option("-d,--database-url", databaseUrl,
                                     "Database URL, e.g. postgresql://user@host/db (overrides DATABASE_URL)");
    cli.add_option("-c,--connection", connection, "Use the [connections.NAME] entry of strata.toml")->excludes(urlOption);
    cli.add_flag("--json", json, "Machine-readable output on stdout");
    int verbosity = 0;
    auto *verbose = cli.add_flag("-v,--verbose", verbosity, "Show every step and statement (-vv: more)");
    cli.add_flag("-q,--quiet", quiet, "Only errors")->excludes(verbose);

    std::string initDirectory;
    auto *init = cli.add_subcommand("init", "Create a project: strata.toml, migrations/versions/, models/");
    init->add_option("DIR", initDirectory, "Directory to create the project in (default: here)");

    MakeMigrationsOptions make;
    std::string makeMessage;
    auto *makemigrations = cli.add_subcommand("makemigrations", "Create a new revision file");
    makemigrations->add_option("-m,--message", makeMessage, "What the migration does");
    makemigrations->add_flag("--empty", make.empty, "Write an empty revision to fill in by hand");
    makemigrations->add_flag("--check", make.check,
                             "Exit 1 when the models have changes that no migration covers; write nothing");
    makemigrations->add_flag("--dry-run", make.dryRun, "Print the revision that would be written, write nothing");
    std::vector<std::string> makeRenames;
    makemigrations->add_option("--rename", makeRenames,
                               "Write a rename, not a drop and an add: OLD=NEW (table) or TABLE.OLD=NEW (column); "
                               "repeatable, applied in order");

    MigrateOptions migrate;
    std::string migrateTarget = "head", migrateLock = "60s";
    auto *migrateCommand = cli.add_subcommand("migrate", "Move the database to TARGET (default head), up or down");
    migrateCommand->add_option("TARGET", migrateTarget,
                               "head, heads, base, an id or prefix, +N, -N, <rev>+N; with --sql also FROM:TARGET");
    migrateCommand->add_flag("--sql", migrate.sql, "Print the SQL instead of running it (offline with FROM:TARGET)");
    migrateCommand->add_flag("--fake", migrate.fake, "Mark revisions applied/reverted without running their SQL");
    migrateCommand->add_flag("--plan", migrate.plan, "Show what would run, change nothing");
    migrateCommand->add_flag("--allow-edited", migrate.allowEdited, "Run although applied files were edited");
    migrateCommand->add_flag("--retry-failed", migrate.retryFailed,
                             "Re-run a failed non-transactional migration whose file did not change");
    migrateCommand->add_option("--lock-timeout", migrateLock, "How long to wait for another run (default 60s)");
    migrateCommand->add_flag("--backup", migrate.backup.backup,
                             "Back up and verify first; on failure nothing is applied (default on production)");
    migrateCommand->add_flag("--no-backup", migrate.backup.noBackup, "Do not back up first (needs --yes on production)");
    migrateCommand->add_flag("--yes", migrate.backup.yes, "Confirm --no-backup on a production connection");
    migrateCommand->add_flag("--allow-lint-errors", migrate.allowLintErrors,
                             "On a production connection, run although the review found errors");

    auto *showmigrations = cli.add_subcommand("showmigrations", "List revisions with [X] applied / [ ] pending");
    auto *check = cli.add_subcommand("check", "Exit 1 when migrations are pending, 4 on integrity problems");
    bool checkDrift = false;
    check->add_flag("--drift", checkDrift,
                    "Instead: exit 1 when the live schema differs from what the applied revisions build");
    auto *inspect = cli.add_subcommand("inspect", "Print the live database's schema as model DDL");
    auto *diff = cli.add_subcommand("diff", "Print the SQL that would take the live database to the models");
    std::string baselineMessage;
    auto *baseline = cli.add_subcommand("baseline", "Start the history from the live database's schema, stamped");
    baseline->add_option("-m,--message", baselineMessage, "What the first revision is")->required();

    std::vector<std::string> lintRevisions;
    std::string lintExplain;
    LintOptions lint;
    auto *lintCommand = cli.add_subcommand("lint", "Review migrations: the pending ones, those named, or --all");
    lintCommand->add_option("REV", lintRevisions, "Revisions to review (default: the pending ones)");
    lintCommand->add_flag("--all", lint.all, "Review every revision");
    lintCommand->add_option("--explain", lintExplain, "Print what a rule finds, why, and what to do instead");

    RollbackOptions rollback;
    std::string rollbackTo, rollbackLock = "60s";
    auto *rollbackCommand = cli.add_subcommand("rollback", "Undo the last applied revision(s)");
    auto *stepsOption = rollbackCommand->add_option("-s,--steps", rollback.steps, "How many (default 1)");
    rollbackCommand->add_option("--to", rollbackTo, "Roll back to this revision (it stays applied)")->excludes(stepsOption);
    rollbackCommand->add_flag("--allow-edited", rollback.allowEdited, "Run although applied files were edited");
    rollbackCommand->add_flag("--retry-failed", rollback.retryFailed,
                              "Re-run a failed non-transactional downgrade");
    rollbackCommand->add_option("--lock-timeout", rollbackLock, "How long to wait for another run (default 60s)");
    rollbackCommand->add_flag("--backup", rollback.backup.backup,
                              "Back up and verify first; on failure nothing is reverted (default on production)");
    rollbackCommand->add_flag("--no-backup", rollback.backup.noBackup,
                              "Do not back up first (needs --yes on production)");
    rollbackCommand->add_flag("--yes", rollback.backup.yes, "Confirm --no-backup on a production connection");
    rollbackCommand->add_flag("--allow-lint-errors", rollback.allowLintErrors,
                              "On a production connection, run although the review found errors");

    int historyLimit = 0;
    bool historyVerbose = false;
    auto *history = cli.add_subcommand("history", "Revision log, newest first");
    history->add_option("-l,--limit", historyLimit, "Show at most N revisions");
    history->add_flag("--verbose", historyVerbose, "Show every detail of each revision");

    auto *current = cli.add_subcommand("current", "The revision(s) the database is at");
    std::string completionKind;
    auto *completion = cli.add_subcommand("completion", "Print the completion script for bash or zsh, or the man page");
    completion->add_option("KIND", completionKind, "bash, zsh or man")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "man"}));

    auto *heads = cli.add_subcommand("heads", "The revisions nothing follows yet");
    bool headsCheck = false;
    heads->add_flag("--check", headsCheck, "Exit 1 when there is more than one head (for CI)");

    std::string mergeMessage;
    std::vector<std::string> mergeRevisions;
    auto *merge = cli.add_subcommand("merge", "Create a revision joining heads (all heads by default)");
    merge->add_option("-m,--message", mergeMessage, "Message of the merge revision")->required();
    merge->add_option("REVS", mergeRevisions, "The revisions to merge");

    std::string stampRevision, stampLock = "60s";
    auto *stamp = cli.add_subcommand("stamp", "Set the version table to REV without running SQL");
    stamp->add_option("REV", stampRevision, "head, heads, base, an id or prefix")->required();
    stamp->add_option("--lock-timeout", stampLock, "How long to wait for another run (default 60s)");

    std::string sqlRevision;
    bool sqlDowngrade = false;
    auto *sqlmigrate = cli.add_subcommand("sqlmigrate", "Print one revision's SQL");
    sqlmigrate->add_option("REV", sqlRevision, "An id or prefix")->required();
    sqlmigrate->add_flag("--downgrade", sqlDowngrade, "The downgrade section instead");

    std::string backupFormat, backupLock = "60s";
    BackupCommandOptions backupOptions;
    auto *backupCommand = cli.add_subcommand("backup", "Back up the database (pg_dump, or SQLite's online backup)");
    backupCommand->add_option("--format", backupFormat, "PostgreSQL: custom (one file, default) or directory");
    backupCommand->add_option("--jobs", backupOptions.jobs, "Parallel pg_dump jobs (with --format directory)");
    backupCommand->add_option("--lock-timeout", backupLock,
                              "How long to wait for a running migration, and pg_dump for a table lock (default 60s)");
    std::string rehearseFrom;
    backupCommand->add_flag("--rehearse", backupOptions.rehearse,
                            "Instead: restore a backup into a scratch database, run the pending migrations there "
                            "with timings and the review, drop it");
    backupCommand->add_option("--from", rehearseFrom, "With --rehearse: the backup to use (default: the newest)");
    auto *backupsCommand = cli.add_subcommand("backups", "List the backups in [backup].dir, newest first");
    std::string verifyId;
    auto *verifyCommand = cli.add_subcommand("verify", "Check a backup: checksum, and read all of it back");
    verifyCommand->add_option("ID", verifyId, "A backup id or a unique prefix")->required();
    std::string restoreId, restoreInto, restoreLock = "60s";
    RestoreOptions restoreOptions;
    auto *restoreCommand = cli.add_subcommand("restore", "Replace the database with a backup, in one transaction");
    restoreCommand->add_option("ID", restoreId, "A backup id or a unique prefix")->required();
    restoreCommand->add_option("--into", restoreInto, "Restore into this database instead (a scratch copy)");
    restoreCommand->add_flag("--yes", restoreOptions.yes, "Do not ask for confirmation");
    restoreCommand->add_option("--lock-timeout", restoreLock, "How long to wait for a running migration (default 60s)");

    // CLI11 calls a mistyped command "a subcommand is required"; name it instead.
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "-C" || word == "--directory" || word == "-d" || word == "--database-url" || word == "-c"
            || word == "--connection") {
            ++i; // the option's value
            continue;
        }
        if (word.empty() || word.front() == '-')
            continue;
        std::string names;
        bool known = false;
        for (const CLI::App *command : cli.get_subcommands({})) {
            names += (names.empty() ? "" : ", ") + command->get_name();
            known = known || command->get_name() == word;
        }
        if (!known) {
            std::fprintf(stderr, "strata: error: unknown command '%s'\nhint: the commands are %s\n", word.c_str(),
                         names.c_str());
            return ExitUsage;
        }
        break;
    }

    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp &e) {
        return cli.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion &e) {
        return cli.exit(e);
    } catch (const CLI::ParseError &e) {
        const bool wantsJson = std::any_of(argv + 1, argv + argc, [](const char *arg) { return qstrcmp(arg, "--json") == 0; });
        Console console(wantsJson, false);
        return console.error(strata::Error(strata::ErrorCode::Usage, QString::fromUtf8(e.what()),
                                           u"run 'strata --help' or 'strata COMMAND --help'"_s));
    }

    if (completion->parsed()) {
        const std::string text = completionKind == "bash" ? CliReference::bashCompletion(cli)
            : completionKind == "zsh"                     ? CliReference::zshCompletion(cli)
                                                          : CliReference::manPage(cli, STRATA_VERSION);
        std::fwrite(text.data(), 1, text.size(), stdout);
        return ExitOk;
    }

    GlobalOptions global;
    global.directory = qs(directory);
    global.databaseUrl = qs(databaseUrl);
    global.connection = qs(connection);
    global.json = json;
    global.quiet = quiet;
    global.verbosity = verbosity;
    setUpLogging(global.verbosity, global.quiet);
    Console console(json, quiet);
    CommandContext context(global, console);

    if (init->parsed())
        return runInit(context, qs(initDirectory));
    if (makemigrations->parsed()) {
        make.message = qs(makeMessage);
        for (const std::string &rename : makeRenames)
            make.renames << qs(rename);
        return runMakeMigrations(context, make);
    }
    if (migrateCommand->parsed()) {
        migrate.target = qs(migrateTarget);
        migrate.lockTimeout = qs(migrateLock);
        return runMigrate(context, migrate);
    }
    if (showmigrations->parsed())
        return runShowMigrations(context);
    if (check->parsed())
        return checkDrift ? runDriftCheck(context) : runCheck(context);
    if (inspect->parsed())
        return runInspect(context);
    if (diff->parsed())
        return runDiff(context);
    if (baseline->parsed())
        return runBaseline(context, qs(baselineMessage));
    if (lintCommand->parsed()) {
        for (const std::string &revision : lintRevisions)
            lint.revisions << qs(revision);
        lint.explain = qs(lintExplain);
        return runLint(context, lint);
    }
    if (rollbackCommand->parsed()) {
        rollback.to = qs(rollbackTo);
        rollback.lockTimeout = qs(rollbackLock);
        return runRollback(context, rollback);
    }
    if (history->parsed())
        return runHistory(context, historyLimit, historyVerbose);
    if (current->parsed())
        return runCurrent(context);
    if (heads->parsed())
        return runHeads(context, headsCheck);
    if (merge->parsed()) {
        QStringList revisions;
        for (const std::string &revision : mergeRevisions)
            revisions << qs(revision);
        return runMerge(context, qs(mergeMessage), revisions);
    }
    if (stamp->parsed())
        return runStamp(context, qs(stampRevision), qs(stampLock));
    if (sqlmigrate->parsed())
        return runSqlMigrate(context, qs(sqlRevision), sqlDowngrade);
    if (backupCommand->parsed()) {
        backupOptions.format = qs(backupFormat);
        backupOptions.from = qs(rehearseFrom);
        backupOptions.lockTimeout = qs(backupLock);
        return runBackup(context, backupOptions);
    }
    if (backupsCommand->parsed())
        return runBackups(context);
    if (verifyCommand->parsed())
        return runVerify(context, qs(verifyId));
    if (restoreCommand->parsed()) {
        restoreOptions.id = qs(restoreId);
        restoreOptions.into = qs(restoreInto);
        restoreOptions.lockTimeout = qs(restoreLock);
        return runRestore(context, restoreOptions);
    }
    return ExitUsage;
}
