// SPDX-License-Identifier: MIT
#include "backupservice.h"

#include "backupstore.h"
#include "database/connection.h"
#include "database/migrationlock.h"
#include "database/scratchdatabase.h"
#include "graph/revisionspec.h"
#include "log/logging.h"
#include "migrate/migrationservice.h"
#include "postgrestools.h"
#include "sha256.h"
#include "sqlitecopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

/// Deletes a half-written archive unless the backup got through.
class PartialArchive
{
public:
    explicit PartialArchive(QString path)
        : m_path(std::move(path))
    {
    }
    ~PartialArchive()
    {
        if (!m_kept)
            removeArchive(m_path);
    }
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

Result<int> serverMajor(Connection &connection)
{
    STRATA_ASSIGN_OR_RETURN(rows, connection.select(u"SHOW server_version_num"_s));
    return rows->value(0).value(0).toInt() / 10'000;
}

/// The major version of the pg_dump that wrote a backup ("pg_dump (PostgreSQL) 15.18").
int dumpMajor(const BackupManifest &manifest)
{
    return manifest.tool.section(u") "_s, 1).section(u'.', 0, 0).toInt();
}

/// What a dump made: the tool that made it, and the archive's SHA-256 when it was already
/// read back whole while being written.
struct Dump
{
    QString tool;
    QString checkedDigest;
};

Result<Dump> dumpPostgres(Connection &connection, const QString &archive, BackupFormat format,
                          const BackupOptions &options, const CancelToken &cancel)
{
    STRATA_ASSIGN_OR_RETURN(major, serverMajor(connection));
    STRATA_ASSIGN_OR_RETURN(tools, findPostgresTools(*major));
    const ToolRunner runner(connection.url());
    QStringList arguments{u"--no-password"_s,
                          u"--format=%1"_s.arg(format == BackupFormat::PostgresDirectory ? u"directory"_s : u"custom"_s),
                          // A table locked by a long transaction makes the dump fail, not queue.
                          u"--lock-wait-timeout=%1"_s.arg(options.lockWaitMs),
                          u"--dbname=%1"_s.arg(runner.connectionString())};
    if (format == BackupFormat::PostgresDirectory) {
        if (options.jobs > 1)
            arguments << u"--jobs=%1"_s.arg(options.jobs);
        arguments << u"--file=%1"_s.arg(archive);
        STRATA_TRY(runner.run({tools->pgDump(), arguments}, cancel, archive, options.progress));
        return Dump{tools->version, {}};
    }
    // One file: pg_restore reads it whole while pg_dump writes it, on the other core.
    Sha256 hash;
    STRATA_TRY(runner.runTee({tools->pgDump(), arguments}, archive, {tools->pgRestore(), {u"--file=/dev/null"_s}}, hash,
                             cancel, options.progress));
    return Dump{tools->version, hash.hexResult()};
}

/// Reads the whole archive: pg_restore into /dev/null, or SQLite's integrity check.
Result<void> readWhole(const BackupManifest &manifest, const QString &archive, const CancelToken &cancel)
{
    if (manifest.format == BackupFormat::SqliteFile)
        return checkSqliteIntegrity(archive);
    STRATA_ASSIGN_OR_RETURN(tools, findPostgresTools(dumpMajor(manifest)));
    const ToolRunner runner(DatabaseUrl{});
    return runner.run({tools->pgRestore(), {u"--file=/dev/null"_s, archive}}, cancel);
}

/// The archive is there and its SHA-256 is the manifest's.
Result<void> checkDigest(const BackupManifest &manifest, const QString &archive)
{
    if (!QFileInfo::exists(archive))
        return fail(ErrorCode::Backup, u"the archive of backup %1 is missing: %2"_s.arg(manifest.id, archive));
    STRATA_ASSIGN_OR_RETURN(digest, archiveDigest(archive));
    if (*digest != manifest.sha256)
        return fail(ErrorCode::Backup,
                    u"backup %1 changed since it was taken: its SHA-256 is %2, the manifest says %3"_s.arg(
                        manifest.id, *digest, manifest.sha256),
                    u"the archive is damaged or was replaced; use another backup"_s);
    return {};
}

/// Checksum, then the whole read; the error says which failed.
Result<void> checkArchive(const BackupManifest &manifest, const QString &archive, const CancelToken &cancel)
{
    STRATA_TRY(checkDigest(manifest, archive));
    if (auto read = readWhole(manifest, archive, cancel); !read) {
        Error error = read.error();
        error.addContext(u"reading backup %1"_s.arg(manifest.id));
        return fail(error);
    }
    return {};
}

/// The SQL that empties a PostgreSQL database before the archive is restored into it, run in
/// the restore's transaction: every schema but the system's dropped, public made again the
/// way a new database has it (pg_dump writes only how public differs from that), and the
/// database-wide objects pg_dump also writes (publications, event triggers) dropped.
Result<QByteArray> emptyingSql(Connection &connection, int lockTimeoutMs)
{
    STRATA_ASSIGN_OR_RETURN(schemas, connection.select(
        u"SELECT quote_ident(nspname) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
        u"AND nspname <> 'information_schema' ORDER BY nspname"_s));
    STRATA_ASSIGN_OR_RETURN(major, serverMajor(connection));
    STRATA_ASSIGN_OR_RETURN(databaseWide, connection.select(
        u"SELECT 'DROP PUBLICATION ' || quote_ident(pubname) FROM pg_publication "
        u"UNION ALL SELECT 'DROP EVENT TRIGGER ' || quote_ident(evtname) FROM pg_event_trigger"_s));
    // Before the script's own SET client_encoding: these names came from a UTF-8 session.
    QString sql = u"SET client_encoding = 'UTF8';\nSET LOCAL lock_timeout = %1;\n"_s.arg(lockTimeoutMs);
    sql += u"SELECT count(lo_unlink(oid)) FROM pg_largeobject_metadata;\n"_s; // pg_dump writes large objects too
    for (const QVariantList &drop : std::as_const(*databaseWide))
        sql += drop.value(0).toString() + u";\n"_s;
    for (const QVariantList &schema : std::as_const(*schemas))
        sql += u"DROP SCHEMA %1 CASCADE;\n"_s.arg(schema.value(0).toString());
    if (*major >= 15) {
        sql += u"CREATE SCHEMA public AUTHORIZATION pg_database_owner;\n"
               u"GRANT USAGE ON SCHEMA public TO PUBLIC;\n"_s;
    } else {
        sql += u"CREATE SCHEMA public;\nGRANT ALL ON SCHEMA public TO PUBLIC;\n"_s;
    }
    sql += u"COMMENT ON SCHEMA public IS 'standard public schema';\n"_s;
    return sql.toUtf8();
}

Result<void> restorePostgres(const BackupManifest &backup, const QString &archive, Connection &target, bool intoOther,
                             int lockTimeoutMs, const CancelToken &cancel)
{
    STRATA_ASSIGN_OR_RETURN(major, serverMajor(target));
    STRATA_ASSIGN_OR_RETURN(tools, findPostgresTools(std::max(*major, dumpMajor(backup))));
    STRATA_ASSIGN_OR_RETURN(emptying, emptyingSql(target, lockTimeoutMs));
    const ToolRunner runner(target.url());
    QStringList producer{u"--single-transaction"_s, u"--file=-"_s};
    if (intoOther)
        producer << u"--no-owner"_s << u"--no-privileges"_s;
    producer << archive;
    const QStringList consumer{u"--no-psqlrc"_s, u"--quiet"_s, u"--no-password"_s, u"--set=ON_ERROR_STOP=1"_s,
                               u"--dbname=%1"_s.arg(runner.connectionString()), u"--file=-"_s};
    return runner.pipeTransaction({tools->pgRestore(), producer}, {tools->psql(), consumer}, *emptying, cancel);
}

BackupFormat formatFor(Dialect dialect, const BackupOptions &options)
{
    if (dialect == Dialect::Sqlite)
        return BackupFormat::SqliteFile;
    return options.format.value_or(BackupFormat::PostgresCustom);
}

} // namespace

namespace BackupService {

Result<BackupResult> backupLocked(const Project &project, const ConnectionChoice &choice, Connection &connection,
                                  const QStringList &revisions, const BackupOptions &options, const CancelToken &cancel)
{
    const Dialect dialect = choice.url.dialect();
    const BackupFormat format = formatFor(dialect, options);
    if (dialect == Dialect::Sqlite && options.format && *options.format != BackupFormat::SqliteFile)
        return fail(ErrorCode::Usage, u"SQLite databases are backed up as a copy of their file"_s,
                    u"leave out --format"_s);
    if (choice.url.isInMemory())
        return fail(ErrorCode::Backup, u"an in-memory SQLite database has nothing on disk to back up"_s);
    const BackupStore store(project.config().backupDir);
    if (!QDir().mkpath(store.dir()) || !QFileInfo(store.dir()).isWritable())
        return fail(ErrorCode::Backup, u"the backup directory %1 cannot be written"_s.arg(store.dir()),
                    u"create it or make it writable, or choose another with [backup].dir in strata.toml"_s);

    BackupManifest manifest;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.id = store.newId(choice.name, manifest.created);
    manifest.connection = choice.name;
    manifest.url = choice.url.redacted();
    manifest.format = format;
    manifest.revisions = revisions;
    manifest.pinned = options.pinned;
    manifest.strataVersion = QStringLiteral(STRATA_VERSION);
    STRATA_ASSIGN_OR_RETURN(serverVersion, connection.serverVersion());
    manifest.serverVersion = *serverVersion;

    const QString archive = store.archivePath(manifest);
    PartialArchive partial(archive + u".partial"_s);
    QElapsedTimer timer;
    timer.start();
    QString checkedDigest;
    if (dialect == Dialect::Postgres) {
        STRATA_ASSIGN_OR_RETURN(dump, dumpPostgres(connection, partial.path(), format, options, cancel));
        manifest.tool = dump->tool;
        checkedDigest = dump->checkedDigest;
    } else {
        manifest.tool = u"SQLite online backup "_s + sqliteLibraryVersion();
        STRATA_TRY(copySqliteDatabase(choice.url.sqlitePath(project.config().rootDir), partial.path(),
                                      options.lockWaitMs, true));
    }
    if (cancel.isCancelled())
        return fail(ErrorCode::Cancelled, u"the backup was stopped; nothing was kept"_s);
    manifest.durationMs = timer.elapsed();
    if (!QFile::rename(partial.path(), archive) && !QDir().rename(partial.path(), archive))
        return fail(ErrorCode::Backup, u"cannot move the finished dump to %1"_s.arg(archive));
    PartialArchive finished(archive); // from here on, a failure deletes the archive itself
    manifest.size = archiveSize(archive);
    // It counts once all of it has been read back: while it was written, or now.
    if (!checkedDigest.isEmpty()) {
        manifest.sha256 = checkedDigest;
    } else {
        STRATA_ASSIGN_OR_RETURN(digest, archiveDigest(archive));
        manifest.sha256 = *digest;
        if (auto read = readWhole(manifest, archive, cancel); !read) {
            Error error = read.error();
            error.addContext(u"reading back the new backup %1"_s.arg(manifest.id));
            return fail(error);
        }
    }
    manifest.verified = true;
    manifest.verifiedAt = QDateTime::currentDateTimeUtc();
    STRATA_TRY(store.save(manifest));
    finished.keep();

    BackupResult result{manifest, archive, {}};
    if (auto pruned = store.prune(choice.name, project.config().backupKeep))
        result.pruned = *pruned;
    else
        log::get(log::Backup)->warn("keeping [backup].keep backups failed: {}", pruned.error().fullMessage());
    return result;
}

Result<BackupResult> backup(const Project &project, const ConnectionChoice &choice, const BackupOptions &options,
                            const CancelToken &cancel)
{
    auto service = MigrationService::connect(project, choice, true);
    if (!service) // server down, wrong password: the backup failed
        return fail(Error(service.error()).setCode(ErrorCode::Backup));
    MigrationLock lock((*service)->connection(), project.config().versionTable);
    STRATA_TRY(lock.acquire(options.lockWaitMs, cancel));
    STRATA_ASSIGN_OR_RETURN(status, (*service)->status());
    if (status->databaseMissing)
        return fail(ErrorCode::Backup, u"%1 does not exist yet: there is nothing to back up"_s.arg(choice.url.redacted()));
    return backupLocked(project, choice, (*service)->connection(), status->state.rowIds(project.graph()), options,
                        cancel);
}

Result<QList<BackupManifest>> list(const Project &project)
{
    return BackupStore(project.config().backupDir).list();
}

Result<BackupManifest> find(const Project &project, const QString &idOrPrefix)
{
    return BackupStore(project.config().backupDir).find(idOrPrefix);
}

QString restoreCommand(const QString &connectionName, const QString &backupId)
{
    const QString connection = connectionName.isEmpty() || connectionName == u"default"_s
        ? QString()
        : u"-c %1 "_s.arg(connectionName);
    return u"strata %1restore %2"_s.arg(connection, backupId);
}

Result<BackupManifest> setPinned(const Project &project, const QString &idOrPrefix, bool pinned)
{
    const BackupStore store(project.config().backupDir);
    STRATA_ASSIGN_OR_RETURN(manifest, store.find(idOrPrefix));
    manifest->pinned = pinned;
    STRATA_TRY(store.save(*manifest));
    return *manifest;
}

Result<void> remove(const Project &project, const QString &idOrPrefix)
{
    const BackupStore store(project.config().backupDir);
    STRATA_ASSIGN_OR_RETURN(manifest, store.find(idOrPrefix));
    return store.remove(*manifest);
}

Result<BackupManifest> verify(const Project &project, const QString &idOrPrefix, const CancelToken &cancel)
{
    const BackupStore store(project.config().backupDir);
    STRATA_ASSIGN_OR_RETURN(manifest, store.find(idOrPrefix));
    // Tools missing on this machine say nothing about the backup: not recorded.
    if (manifest->format != BackupFormat::SqliteFile)
        STRATA_TRY(findPostgresTools(dumpMajor(*manifest)));
    const auto checked = checkArchive(*manifest, store.archivePath(*manifest), cancel);
    if (!checked && checked.error().code() == ErrorCode::Cancelled)
        return fail(checked.error());
    manifest->verified = bool(checked);
    manifest->verifiedAt = QDateTime::currentDateTimeUtc();
    if (auto saved = store.save(*manifest); !saved) // the check's own outcome matters more
        log::get(log::Backup)->warn("could not record the check of {}: {}", manifest->id, saved.error().fullMessage());
    if (!checked)
        return fail(checked.error());
    return *manifest;
}

Result<RestoreTarget> restoreTarget(const Project &project, const BackupManifest &backup, const QString &into,
                                    const std::optional<ConnectionChoice> &chosen)
{
    if (!into.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(url, DatabaseUrl::parse(into));
        RestoreTarget target{*url, url->redacted(), false, true};
        // --into a configured production database is still one: its name must be typed.
        for (const ConnectionConfig &connection : project.config().connections) {
            const auto configured = DatabaseUrl::parse(connection.url);
            if (connection.production && configured
                && configured->withoutPassword().redacted() == url->withoutPassword().redacted()) {
                target.production = true;
                target.name = connection.name;
            }
        }
        return target;
    }
    // Back into the database it came from, which must be the one chosen: a restore never
    // lands on another connection by default.
    if (!chosen || chosen->name != backup.connection || chosen->url.redacted() != backup.url)
        return fail(ErrorCode::Usage,
                    u"backup %1 is of %2 (%3), and the chosen database is %4"_s.arg(
                        backup.id, backup.url, backup.connection,
                        chosen ? u"%1 (%2)"_s.arg(chosen->url.redacted(), chosen->name) : u"none"_s),
                    u"choose its connection with -c %1, or restore into another database with --into URL"_s.arg(
                        backup.connection));
    return RestoreTarget{chosen->url, chosen->name, chosen->production, false};
}

RestoreTarget restoreTargetFor(const BackupManifest &backup, const ConnectionChoice &other)
{
    const bool same = other.name == backup.connection && other.url.redacted() == backup.url;
    return RestoreTarget{other.url, other.name, other.production, !same};
}

Result<void> restore(const Project &project, const BackupManifest &backup, const RestoreTarget &into, int lockWaitMs,
                     const CancelToken &cancel)
{
    const DatabaseUrl &target = into.url;
    const bool intoOther = into.intoOther;
    if (target.dialect() != (backup.format == BackupFormat::SqliteFile ? Dialect::Sqlite : Dialect::Postgres))
        return fail(ErrorCode::Usage,
                    u"backup %1 is of a %2 database and cannot be restored into %3"_s.arg(
                        backup.id, backup.format == BackupFormat::SqliteFile ? u"SQLite"_s : u"PostgreSQL"_s,
                        target.redacted()));
    // Backups are kept only once verified: not verified now means a later check failed.
    if (!backup.verified)
        return fail(ErrorCode::Backup,
                    u"backup %1 failed its last check and is never restored"_s.arg(backup.id),
                    u"run 'strata verify %1' again; if it still fails, restore an older backup"_s.arg(backup.id));
    const BackupStore store(project.config().backupDir);
    const QString archive = store.archivePath(backup);
    if (auto intact = checkDigest(backup, archive); !intact)
        return fail(Error(intact.error()).setHint(intact.error().hint() + u"; nothing was restored"_s));

    Connection::Options options;
    options.baseDir = project.config().rootDir;
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(target, options));
    MigrationLock lock(**connection, project.config().versionTable);
    STRATA_TRY(lock.acquire(lockWaitMs, cancel));
    // Dropping the schemas waits for other sessions' locks no longer than a migration would.
    const int lockTimeoutMs = project.config().lockTimeoutMs > 0 ? project.config().lockTimeoutMs : lockWaitMs;
    Result<void> restored = target.dialect() == Dialect::Postgres
        ? restorePostgres(backup, archive, **connection, intoOther, lockTimeoutMs, cancel)
        : copySqliteDatabase(archive, target.sqlitePath(project.config().rootDir), lockWaitMs);
    if (!restored) {
        Error error = restored.error();
        error.addContext(u"restoring %1 into %2"_s.arg(backup.id, target.redacted()));
        if (error.hint().isEmpty())
            error.setHint(u"nothing was changed: the restore runs in one transaction"_s);
        return fail(error);
    }
    log::get(log::Backup)->info("restored {} into {}", backup.id, target.redacted());
    return {};
}

Result<Rehearsal> rehearse(const Project &project, const ConnectionChoice &choice, const QString &idOrPrefix,
                           const RunCallbacks &callbacks, const CancelToken &cancel)
{
    const BackupStore store(project.config().backupDir);
    Rehearsal rehearsal;
    if (!idOrPrefix.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(found, store.find(idOrPrefix));
        rehearsal.backup = *found;
    } else {
        STRATA_ASSIGN_OR_RETURN(backups, store.list());
        const auto newest = std::find_if(backups->begin(), backups->end(), [&](const BackupManifest &backup) {
            return backup.connection == choice.name && backup.verified;
        });
        if (newest == backups->end())
            return fail(ErrorCode::Backup, u"%1 has no verified backup to rehearse on"_s.arg(choice.name),
                        u"take one with 'strata backup'"_s);
        rehearsal.backup = *newest;
    }
    // The copy: a database created and dropped on the same server, or a file that goes.
    std::unique_ptr<ScratchDatabase> scratch;
    QTemporaryDir scratchDir;
    DatabaseUrl copy;
    if (choice.url.dialect() == Dialect::Postgres) {
        STRATA_ASSIGN_OR_RETURN(created, ScratchDatabase::create(choice.url, project.config().shadowUrl));
        scratch = *std::move(created);
        copy = scratch->connection().url();
    } else {
        if (!scratchDir.isValid())
            return fail(ErrorCode::Io, u"cannot make a temporary directory for the rehearsal copy"_s);
        copy = DatabaseUrl::sqlite(scratchDir.filePath(u"rehearsal.db"_s));
    }
    QElapsedTimer timer;
    timer.start();
    STRATA_TRY(restore(project, rehearsal.backup, {copy, u"rehearsal"_s, false, true}, 60'000, cancel));
    rehearsal.restoreMs = timer.elapsed();

    const ConnectionChoice onCopy{u"rehearsal"_s, copy, false, u"a copy of backup "_s + rehearsal.backup.id};
    STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(project, onCopy, false));
    RunOptions options;
    options.allowLintErrors = true; // the review is reported, not enforced, on the copy
    RevisionSpec everyHead;
    everyHead.kind = RevisionSpec::Kind::Heads;
    everyHead.text = u"heads"_s;
    const MigrationService::PlanRequest pending = [&](const MigrationPlanner &planner) {
        return planner.migrate(everyHead);
    };
    STRATA_ASSIGN_OR_RETURN(run, (*service)->run(pending, options, callbacks, cancel));
    rehearsal.run = std::make_shared<RunReport>(*std::move(run));
    return rehearsal;
}

} // namespace BackupService

} // namespace strata
