// SPDX-License-Identifier: MIT
// `strata backup`, `backups`, `verify` and `restore` end to end through the real binary, on
// SQLite and on the test PostgreSQL: round trips compared outside Strata (pg_dump and the
// rows), damaged archives, missing or failing tools, and the password kept off every
// command line.
#include "clifixture.h"

#include "database/connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString Upgrade = u"CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);\n"
                        u"CREATE INDEX users_name ON users (name);\n"
                        u"INSERT INTO users VALUES (1, 'ada'), (2, 'grace'), (3, 'edsger');"_s;

/// Everything a restore must bring back, read without Strata: PostgreSQL's pg_dump of the
/// schema (less its random \restrict keys), SQLite's schema table, and the rows.
QString snapshot(const CliProject &project)
{
    QString text;
    if (project.isPostgres()) {
        QProcess dump;
        dump.start(qEnvironmentVariable("STRATA_TEST_PG_BIN") + u"/pg_dump"_s,
                   {u"--schema-only"_s, u"--dbname="_s + project.postgresUrl()});
        if (!dump.waitForFinished(60'000) || dump.exitCode() != 0)
            return u"pg_dump failed: "_s + QString::fromUtf8(dump.readAllStandardError());
        for (const QString &line : QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n')) {
            if (!line.startsWith(u"\\restrict"_s) && !line.startsWith(u"\\unrestrict"_s))
                text += line + u'\n';
        }
    }
    auto url = DatabaseUrl::parse(project.isPostgres() ? project.postgresUrl() : u"sqlite:///dev.db"_s);
    auto connection = Connection::open(*url, {QDir(project.dir())});
    if (!connection)
        return u"cannot connect: "_s + connection.error().message();
    const QStringList queries{
        project.isPostgres() ? QString() : u"SELECT type, name, sql FROM sqlite_master ORDER BY name"_s,
        u"SELECT id, name FROM users ORDER BY id"_s, u"SELECT version_num FROM strata_version"_s};
    for (const QString &query : queries) {
        if (query.isEmpty())
            continue;
        const auto rows = (*connection)->select(query);
        if (!rows)
            return u"cannot read: "_s + rows.error().message();
        for (const QVariantList &row : *rows) {
            QStringList values;
            for (const QVariant &value : row)
                values << value.toString();
            text += values.join(u'|') + u'\n';
        }
    }
    return text;
}

/// The id a `--json backup` printed.
QString backupId(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object()[u"id"_s].toString();
}

QStringList backupFiles(const CliProject &project)
{
    return QDir(project.filePath(u".strata/backups"_s)).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
}

/// A directory of stand-in PostgreSQL tools, each a shell script with @p body.
QString fakeTools(const QTemporaryDir &dir, const QString &body)
{
    for (const QString &tool : {u"pg_dump"_s, u"pg_restore"_s, u"psql"_s}) {
        const QString path = dir.filePath(tool);
        if (!writeFile(path, u"#!/bin/sh\n"_s + QString(body).replace(u"TOOL"_s, tool)))
            return {};
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
    }
    return dir.path();
}

/// A project on @p dialect with the users table migrated in; why not, or empty.
QString setUpWithUsers(CliProject &project, const QString &dialect, const QString &via, MadeRevision &users)
{
    if (const QString problem = project.setUp(dialect, via); !problem.isEmpty())
        return problem;
    users = project.make(u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    if (!users.problem.isEmpty())
        return users.problem;
    const CliRun migrated = project.run({u"migrate"_s});
    return migrated.exitCode == 0 ? QString() : explain(u"migrate failed"_s, migrated);
}

/// Stand-in tools that say they are PostgreSQL 99, new enough for any server, and then do
/// @p body.
QString fakeNewTools(const QTemporaryDir &dir, const QString &body)
{
    return fakeTools(dir, u"if [ \"$1\" = --version ]; then echo 'TOOL (PostgreSQL) 99.1'; exit 0; fi\n"_s + body);
}

void addDialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("via");
    QTest::newRow("sqlite") << u"sqlite"_s << ViaProjectDefault;
    QTest::newRow("postgresql") << u"postgresql"_s << ViaNamedConnection;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoreBringsBackRowsAndSchema_data() { addDialects(); }
    void restoreBringsBackRowsAndSchema();
    void verifyFindsDamagedArchives_data() { addDialects(); }
    void verifyFindsDamagedArchives();
    void restoreAsksAndNeverPicksAnotherDatabase();
    void keepsTheNewestBackups();
    void failsCleanlyWithoutUsableTools();
    void thePasswordIsOnNoCommandLine();
    void aFailedRunNamesTheRestoreThatUndoesIt_data() { addDialects(); }
    void aFailedRunNamesTheRestoreThatUndoesIt();
    void productionIsBackedUpUnlessSkippingIsConfirmed();
    void aFailedBackupAppliesNothing();
    void aStoppedDumpLeavesNothing();
    void aDumpThatDoesNotReadBackIsNotKept();
    void rehearsesThePendingMigrationsOnACopy_data() { addDialects(); }
    void rehearsesThePendingMigrationsOnACopy();
    void eachFailureIsABackupError();
    void theDatabaseOwnerRestoresWithoutBeingSuperuser();
    void aDirectoryDumpRunsInParallelAndRestores();
};

void TestBackup::restoreBringsBackRowsAndSchema()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(users, project, u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    const QString before = snapshot(project);
    QVERIFY2(before.contains(u"3|edsger"_s), qPrintable(before));

    const CliRun backup = project.run({u"--json"_s, u"backup"_s});
    EXPECT_EXIT(backup, 0);
    const QJsonObject manifest = QJsonDocument::fromJson(backup.out.toUtf8()).object();
    QVERIFY(manifest[u"verified"_s].toBool());
    QCOMPARE(strings(manifest[u"revisions"_s]), QStringList{users.id});
    QCOMPARE(manifest[u"sha256"_s].toString().size(), 64);
    QVERIFY(manifest[u"size"_s].toInteger() > 0);
    QVERIFY(QFile::exists(project.filePath(u".strata/backups/"_s + manifest[u"archive"_s].toString())));
    QVERIFY(QFile::exists(project.filePath(u".strata/backups/"_s + manifest[u"id"_s].toString() + u".json"_s)));

    // Rows lost, a table and an index gone, a column and a table added.
    MAKE_REVISION(more, project, u"more"_s, u"CREATE TABLE extra (id integer);\nALTER TABLE users ADD COLUMN note text;"_s,
                  u"DROP TABLE extra;"_s);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    {
        auto url = DatabaseUrl::parse(project.isPostgres() ? project.postgresUrl() : u"sqlite:///dev.db"_s);
        auto connection = Connection::open(*url, {QDir(project.dir())});
        QVERIFY(connection);
        QVERIFY((*connection)->exec(u"DELETE FROM users WHERE id < 3"_s));
        QVERIFY((*connection)->exec(u"DROP INDEX users_name"_s));
    }
    QVERIFY(snapshot(project) != before);

    const CliRun restored = project.run({u"restore"_s, backupId(backup), u"--yes"_s});
    EXPECT_EXIT(restored, 0);
    QCOMPARE(snapshot(project), before);
    const CliRun current = project.run({u"current"_s});
    QCOMPARE(parseCurrent(current.out), QStringList{users.id});
}

void TestBackup::verifyFindsDamagedArchives()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(users, project, u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    const CliRun backup = project.run({u"--json"_s, u"backup"_s});
    EXPECT_EXIT(backup, 0);
    const QString id = backupId(backup);
    EXPECT_EXIT(project.run({u"verify"_s, id}), 0);
    const QString archive = project.filePath(u".strata/backups/"_s
                                             + QJsonDocument::fromJson(backup.out.toUtf8()).object()[u"archive"_s].toString());
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    // One byte flipped in the middle.
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);
    {
        QFile out(archive);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(flipped) == flipped.size());
    }
    const CliRun bitFlip = project.run({u"verify"_s, id});
    EXPECT_EXIT(bitFlip, 6);
    QVERIFY2(bitFlip.err.contains(u"changed since it was taken"_s), qPrintable(bitFlip.err));
    const CliRun listed = project.run({u"backups"_s});
    QVERIFY2(listed.out.contains(u"FAILED"_s), qPrintable(listed.out));

    // Truncated, and the manifest's checksum made to match: only reading it all finds out.
    const QByteArray truncated = good.left(good.size() * 2 / 3);
    {
        QFile out(archive);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(truncated) == truncated.size());
    }
    const QString manifestPath = project.filePath(u".strata/backups/"_s + id + u".json"_s);
    QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath).toUtf8()).object();
    manifest[u"sha256"_s] = QString::fromLatin1(QCryptographicHash::hash(truncated, QCryptographicHash::Sha256).toHex());
    QVERIFY(writeFile(manifestPath, QString::fromUtf8(QJsonDocument(manifest).toJson())));
    const CliRun cut = project.run({u"verify"_s, id});
    EXPECT_EXIT(cut, 6);
    QVERIFY2(cut.err.contains(u"reading backup "_s + id), qPrintable(cut.err));
    // A damaged backup is never restored.
    const CliRun refused = project.run({u"restore"_s, id, u"--yes"_s});
    EXPECT_EXIT(refused, 6);
    QVERIFY2(refused.err.contains(u"failed its last check"_s), qPrintable(refused.err));
}

void TestBackup::restoreAsksAndNeverPicksAnotherDatabase()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"sqlite"_s, ViaProjectDefault, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const CliRun backup = project.run({u"--json"_s, u"backup"_s});
    EXPECT_EXIT(backup, 0);
    const QString id = backupId(backup);

    // Nobody at a terminal to confirm: nothing happens.
    const CliRun unconfirmed = project.run({u"restore"_s, id});
    EXPECT_EXIT(unconfirmed, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), qPrintable(unconfirmed.err));

    // Another database chosen: the backup does not land there by default.
    const CliRun elsewhere = project.runBare({u"-d"_s, u"sqlite:///other.db"_s, u"restore"_s, id, u"--yes"_s});
    EXPECT_EXIT(elsewhere, 2);
    QVERIFY2(elsewhere.err.contains(u"--into"_s), qPrintable(elsewhere.err));
    QVERIFY(!QFile::exists(project.filePath(u"other.db"_s)));
    // ... unless asked to, with --into: a copy to rehearse on.
    EXPECT_EXIT(project.run({u"restore"_s, id, u"--into"_s, u"sqlite:///copy.db"_s, u"--yes"_s}), 0);
    const CliRun copy = project.runBare({u"-d"_s, u"sqlite:///copy.db"_s, u"current"_s});
    QCOMPARE(parseCurrent(copy.out), QStringList{users.id});
    EXPECT_EXIT(project.run({u"restore"_s, u"nosuchbackup"_s, u"--yes"_s}), 2);
}

void TestBackup::keepsTheNewestBackups()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"sqlite"_s, ViaProjectDefault, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString config = readFile(project.filePath(u"strata.toml"_s));
    config.replace(QRegularExpression(u"(?m)^#?\\s*keep\\s*=.*$"_s), u"keep = 2"_s);
    QVERIFY2(config.contains(u"\nkeep = 2"_s), qPrintable(config));
    QVERIFY(writeFile(project.filePath(u"strata.toml"_s), config));
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const CliRun backup = project.run({u"--json"_s, u"backup"_s});
        EXPECT_EXIT(backup, 0);
        ids << backupId(backup);
    }
    const CliRun listed = project.run({u"--json"_s, u"backups"_s});
    QStringList kept;
    for (const QJsonValue &backup : QJsonDocument::fromJson(listed.out.toUtf8()).object()[u"backups"_s].toArray())
        kept << backup[u"id"_s].toString();
    QCOMPARE(kept, QStringList({ids.at(2), ids.at(1)}));
    QCOMPARE(backupFiles(project).size(), 4); // two archives, two manifests
}

void TestBackup::failsCleanlyWithoutUsableTools()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList connection{u"-c"_s, project.connectionName()};

    QTemporaryDir empty;
    const CliRun missing = project.runBare(connection + QStringList{u"backup"_s},
                                           {u"STRATA_PG_BINDIR="_s + empty.path()});
    EXPECT_EXIT(missing, 6);
    QVERIFY2(missing.err.contains(u"no pg_dump found"_s), qPrintable(missing.err));

    QTemporaryDir failing;
    const QString tools = fakeNewTools(failing, u"echo 'TOOL: error: simulated failure' >&2\nexit 1\n"_s);
    const CliRun failed = project.runBare(connection + QStringList{u"backup"_s}, {u"STRATA_PG_BINDIR="_s + tools});
    EXPECT_EXIT(failed, 6);
    QVERIFY2(failed.err.contains(u"simulated failure"_s), qPrintable(failed.err));
    // No half backup is left, let alone counted.
    QCOMPARE(backupFiles(project), QStringList());
    const CliRun listed = project.run({u"backups"_s});
    QVERIFY2(listed.out.contains(u"No backups"_s), qPrintable(listed.out));
}

void TestBackup::thePasswordIsOnNoCommandLine()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaNamedConnection);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!serverPassword().isEmpty(), "the test server needs a password for this test");
    MAKE_REVISION(users, project, u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);

    // Each tool records what `ps` shows of it and how its password reaches it, then runs.
    QTemporaryDir wrappers;
    const QString log = wrappers.filePath(u"calls.log"_s);
    const QString real = qEnvironmentVariable("STRATA_TEST_PG_BIN");
    const QString tools = fakeTools(
        wrappers, u"ps -ww -o args= -p $$ >> '%1'\n"
                  u"echo \"PGPASSWORD=${PGPASSWORD:-unset} PGPASSFILE-mode=$(stat -c %a \"${PGPASSFILE:-/nonexistent}\" "
                  u"2>/dev/null)\" >> '%1'\n"
                  u"exec '%2'/TOOL \"$@\"\n"_s.arg(log, real));
    const QStringList environment{u"STRATA_PG_BINDIR="_s + tools, u"PGPASSWORD="_s};
    const QStringList connection{u"-c"_s, project.connectionName()};
    const CliRun backup = project.runBare(connection + QStringList{u"--json"_s, u"backup"_s}, environment);
    EXPECT_EXIT(backup, 0);
    EXPECT_EXIT(project.runBare(connection + QStringList{u"restore"_s, backupId(backup), u"--yes"_s}, environment), 0);

    // A password given as ?password= reaches the tools the same way.
    QString asParameter = project.postgresUrl();
    asParameter.replace(u':' + serverPassword() + u'@', u"@"_s);
    asParameter += (asParameter.contains(u'?') ? u"&password="_s : u"?password="_s) + serverPassword();
    EXPECT_EXIT(project.runBare({u"-d"_s, asParameter, u"backup"_s}, environment), 0);

    const QString calls = readFile(log);
    QVERIFY2(calls.contains(u"pg_dump"_s) && calls.contains(u"pg_restore"_s) && calls.contains(u"psql"_s),
             qPrintable(calls));
    QVERIFY2(!calls.contains(serverPassword()), qPrintable(calls));
    QVERIFY2(calls.contains(u"PGPASSWORD=unset PGPASSFILE-mode=600"_s), qPrintable(calls));
}

void TestBackup::aFailedRunNamesTheRestoreThatUndoesIt()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(users, project, u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    const QString before = snapshot(project);
    // The first revision of the run commits; the second fails on its last statement.
    MAKE_REVISION(rename, project, u"rename ada"_s, u"UPDATE users SET name = 'countess' WHERE id = 1;"_s,
                  u"UPDATE users SET name = 'ada' WHERE id = 1;"_s);
    MAKE_REVISION(broken, project, u"broken"_s,
                  u"DELETE FROM users WHERE id = 2;\nINSERT INTO users VALUES (3, 'duplicate');"_s, u"SELECT 1;"_s);
    const CliRun failed = project.run({u"migrate"_s, u"--backup"_s});
    QVERIFY2(failed.exitCode != 0, qPrintable(failed.out));
    QVERIFY2(failed.out.contains(u"Backup "_s), qPrintable(failed.out));
    static const QRegularExpression hint(u"strata (?:-c \\S+ )?restore (\\S+)"_s);
    const QRegularExpressionMatch named = hint.match(failed.err);
    QVERIFY2(named.hasMatch(), qPrintable(failed.err));
    QVERIFY(snapshot(project) != before); // "rename ada" is applied

    // The history rows of the run carry the backup's id.
    {
        auto url = DatabaseUrl::parse(project.isPostgres() ? project.postgresUrl() : u"sqlite:///dev.db"_s);
        auto connection = Connection::open(*url, {QDir(project.dir())});
        QVERIFY(connection);
        const auto rows = (*connection)->select(
            u"SELECT DISTINCT backup_id FROM strata_version_history WHERE revision IN ('%1', '%2')"_s.arg(rename.id,
                                                                                                        broken.id));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().value(0).toString(), named.captured(1));
    }
    const CliRun history = project.run({u"history"_s, u"--verbose"_s});
    QVERIFY2(history.out.contains(u"Backed up before: "_s + named.captured(1)), qPrintable(history.out));
    // The command in the message brings back the state before the run, exactly.
    QStringList restore = named.captured(0).split(u' ').mid(1);
    restore << u"--yes"_s;
    EXPECT_EXIT(project.runBare(restore), 0);
    QCOMPARE(snapshot(project), before);
}

void TestBackup::productionIsBackedUpUnlessSkippingIsConfirmed()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(project.addConnection(u"prod"_s, u"sqlite:///prod.db"_s, true));
    MAKE_REVISION(users, project, u"users"_s, Upgrade, u"DROP TABLE users;"_s);
    const QStringList prod{u"-c"_s, u"prod"_s};
    // A database that does not exist yet has nothing to lose, but is still backed up once it does.
    EXPECT_EXIT(project.runBare(prod + QStringList{u"migrate"_s, u"--no-backup"_s, u"--yes"_s}), 0);
    MAKE_REVISION(more, project, u"more"_s, u"ALTER TABLE users ADD COLUMN note text;"_s,
                  u"ALTER TABLE users DROP COLUMN note;"_s);
    const CliRun unconfirmed = project.runBare(prod + QStringList{u"migrate"_s, u"--no-backup"_s});
    EXPECT_EXIT(unconfirmed, 2);
    QVERIFY2(unconfirmed.err.contains(u"--no-backup --yes"_s), qPrintable(unconfirmed.err));
    const CliRun migrated = project.runBare(prod + QStringList{u"--json"_s, u"migrate"_s});
    EXPECT_EXIT(migrated, 0);
    const QString id = QJsonDocument::fromJson(migrated.out.toUtf8()).object()[u"backup"_s].toString();
    QVERIFY2(!id.isEmpty(), qPrintable(migrated.out));
    const CliRun listed = project.run({u"--json"_s, u"backups"_s});
    const QJsonArray backups = QJsonDocument::fromJson(listed.out.toUtf8()).object()[u"backups"_s].toArray();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first()[u"id"_s].toString(), id);
    QVERIFY(backups.first()[u"pinned"_s].toBool());
    QCOMPARE(strings(backups.first()[u"revisions"_s]), QStringList{users.id});

    // history --verbose names the restore of that backup for this connection.
    const CliRun history = project.runBare(prod + QStringList{u"history"_s, u"--verbose"_s});
    QVERIFY2(history.out.contains(u"strata -c prod restore "_s + id), qPrintable(history.out));
    // Nothing to do: no backup is announced, none is taken.
    const CliRun nothing = project.runBare(prod + QStringList{u"migrate"_s});
    EXPECT_EXIT(nothing, 0);
    QVERIFY2(!nothing.out.contains(u"Backing up"_s), qPrintable(nothing.out));
    QCOMPARE(QJsonDocument::fromJson(project.run({u"--json"_s, u"backups"_s}).out.toUtf8())
                 .object()[u"backups"_s].toArray().size(),
             1);
    // The list is the answer of `backups`, with --quiet too; -c lists that connection's only.
    QVERIFY(project.run({u"-q"_s, u"backups"_s}).out.contains(id));
    EXPECT_EXIT(project.runBare({u"migrate"_s}), 0);
    EXPECT_EXIT(project.runBare({u"backup"_s}), 0); // one of the default database
    const auto listedFor = [&](const QStringList &connection) {
        const CliRun run = project.runBare(connection + QStringList{u"--json"_s, u"backups"_s});
        QStringList connections;
        for (const QJsonValue &backup : QJsonDocument::fromJson(run.out.toUtf8()).object()[u"backups"_s].toArray())
            connections << backup[u"connection"_s].toString();
        return connections;
    };
    QCOMPARE(listedFor(prod), QStringList{u"prod"_s});
    QCOMPARE(listedFor({}).size(), 2);
}

void TestBackup::aFailedBackupAppliesNothing()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MAKE_REVISION(more, project, u"more"_s, u"ALTER TABLE users ADD COLUMN note text;"_s,
                  u"ALTER TABLE users DROP COLUMN note;"_s);
    QTemporaryDir failing;
    const QString tools =
        fakeNewTools(failing, u"echo 'TOOL: error: could not write: No space left on device' >&2\nexit 1\n"_s);
    const CliRun run = project.runBare({u"-c"_s, project.connectionName(), u"migrate"_s, u"--backup"_s},
                                       {u"STRATA_PG_BINDIR="_s + tools});
    EXPECT_EXIT(run, 6);
    QVERIFY2(run.err.contains(u"nothing was applied"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.err));
    QCOMPARE(parseCurrent(project.run({u"current"_s}).out), QStringList{users.id});
    QCOMPARE(project.columnExists(u"users"_s, u"note"_s), std::optional<bool>(false));
    QCOMPARE(backupFiles(project), QStringList());
}

void TestBackup::aStoppedDumpLeavesNothing()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A dump that takes its time (Strata has opened the .partial file it writes to).
    QTemporaryDir slow;
    const QString tools = fakeNewTools(slow, u"exec sleep 60\n"_s);
    const auto running = startStrata(project.dir(), {u"-c"_s, project.connectionName(), u"backup"_s},
                                     {u"STRATA_PG_BINDIR="_s + tools});
    QTRY_VERIFY_WITH_TIMEOUT(!backupFiles(project).isEmpty(), 20'000); // the .partial file
    // No migration starts while the dump runs: it waits for the lock, then gives up.
    MAKE_REVISION(more, project, u"more"_s, u"ALTER TABLE users ADD COLUMN note text;"_s,
                  u"ALTER TABLE users DROP COLUMN note;"_s);
    const CliRun waiting = project.run({u"migrate"_s, u"--lock-timeout"_s, u"1"_s});
    EXPECT_EXIT(waiting, 5);
    running->terminate(); // SIGTERM, as Ctrl-C's SIGINT
    QVERIFY(running->waitForFinished(20'000));
    QCOMPARE(running->exitCode(), 130);
    QVERIFY2(QString::fromUtf8(running->readAllStandardError()).contains(u"stopped"_s), "no word of the stop");
    QCOMPARE(backupFiles(project), QStringList());
}

void TestBackup::aDumpThatDoesNotReadBackIsNotKept()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const CliRun good = project.run({u"--json"_s, u"backup"_s});
    EXPECT_EXIT(good, 0);
    QTemporaryDir keep;
    const QString cut = keep.filePath(u"cut.dump"_s);
    QVERIFY(QFile::copy(project.filePath(u".strata/backups/"_s + backupId(good) + u".dump"_s), cut));
    QVERIFY(QFile::resize(cut, QFileInfo(cut).size() * 2 / 3));
    // A pg_dump that ends early yet says it succeeded: reading the archive back finds out.
    QTemporaryDir tools;
    fakeTools(tools, u"case TOOL in\n"
                     u"pg_dump) if [ \"$1\" = --version ]; then exec '%1'/pg_dump --version; fi; cat '%2';;\n"
                     u"*) exec '%1'/TOOL \"$@\";;\nesac\n"_s.arg(qEnvironmentVariable("STRATA_TEST_PG_BIN"), cut));
    const QStringList before = backupFiles(project);
    const CliRun bad = project.runBare({u"-c"_s, project.connectionName(), u"backup"_s},
                                       {u"STRATA_PG_BINDIR="_s + tools.path()});
    EXPECT_EXIT(bad, 6);
    QVERIFY2(bad.err.contains(u"pg_restore failed to read the dump back"_s), qPrintable(bad.err));
    QCOMPARE(backupFiles(project), before);
}

void TestBackup::rehearsesThePendingMigrationsOnACopy()
{
    QFETCH(QString, dialect);
    QFETCH(QString, via);
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, dialect, via, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const CliRun none = project.run({u"backup"_s, u"--rehearse"_s});
    EXPECT_EXIT(none, 6);
    QVERIFY2(none.err.contains(u"no verified backup"_s), qPrintable(none.err));
    EXPECT_EXIT(project.run({u"backup"_s}), 0);
    MAKE_REVISION(note, project, u"note"_s, u"ALTER TABLE users ADD COLUMN note text;\nUPDATE users SET note = name;"_s,
                  u"ALTER TABLE users DROP COLUMN note;"_s);

    const CliRun rehearsed = project.run({u"backup"_s, u"--rehearse"_s});
    EXPECT_EXIT(rehearsed, 0);
    QVERIFY2(rehearsed.out.contains(u"Applying "_s + note.id), qPrintable(rehearsed.out));
    QVERIFY2(rehearsed.out.contains(u"1 step(s)"_s), qPrintable(rehearsed.out));
    // The database itself is where it was.
    QCOMPARE(parseCurrent(project.run({u"current"_s}).out), QStringList{users.id});
    QCOMPARE(project.columnExists(u"users"_s, u"note"_s), std::optional<bool>(false));

    // A migration that fails, fails on the copy.
    MAKE_REVISION(broken, project, u"broken"_s, u"INSERT INTO users VALUES (1, 'again');"_s, u"SELECT 1;"_s);
    const CliRun failed = project.run({u"backup"_s, u"--rehearse"_s});
    QVERIFY2(failed.exitCode != 0, qPrintable(failed.out));
    QVERIFY2(failed.err.contains(broken.id), qPrintable(failed.err));
    QCOMPARE(parseCurrent(project.run({u"current"_s}).out), QStringList{users.id});
}

void TestBackup::eachFailureIsABackupError()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString wrongPassword = project.postgresUrl();
    wrongPassword.replace(u':' + serverPassword() + u'@', u":not-the-password@"_s);
    QVERIFY(wrongPassword != project.postgresUrl());
    const CliRun refused = project.runBare({u"-d"_s, wrongPassword, u"backup"_s});
    EXPECT_EXIT(refused, 6);
    QVERIFY2(refused.err.contains(u"password"_s), qPrintable(refused.err));

    const CliRun down = project.runBare({u"-d"_s, u"postgresql://nobody@127.0.0.1:1/none"_s, u"backup"_s});
    EXPECT_EXIT(down, 6);
    QVERIFY2(down.err.contains(u"127.0.0.1:1"_s), qPrintable(down.err));

    // A backup directory that cannot be made (even root cannot make one inside a file).
    QString config = readFile(project.filePath(u"strata.toml"_s));
    config.replace(QRegularExpression(u"(?m)^dir = .*$"_s), u"dir = \"strata.toml/backups\""_s);
    QVERIFY(writeFile(project.filePath(u"strata.toml"_s), config));
    const CliRun unwritable = project.run({u"backup"_s});
    EXPECT_EXIT(unwritable, 6);
    QVERIFY2(unwritable.err.contains(u"cannot be written"_s), qPrintable(unwritable.err));
    MAKE_REVISION(more, project, u"more"_s, u"ALTER TABLE users ADD COLUMN note text;"_s,
                  u"ALTER TABLE users DROP COLUMN note;"_s);
    const CliRun migrate = project.run({u"migrate"_s, u"--backup"_s});
    EXPECT_EXIT(migrate, 6);
    QVERIFY2(migrate.err.contains(u"nothing was applied"_s), qPrintable(migrate.err));
    QCOMPARE(parseCurrent(project.run({u"current"_s}).out), QStringList{users.id});
}

void TestBackup::theDatabaseOwnerRestoresWithoutBeingSuperuser()
{
    CliProject project;
    QVERIFY2(project.setUp(u"postgresql"_s, ViaUrlOption).isEmpty(), "no test server");
    auto admin = Connection::open(*DatabaseUrl::parse(project.postgresUrl()), {QDir(project.dir())});
    QVERIFY(admin);
    const auto database = (*admin)->select(u"SELECT current_database()"_s);
    QVERIFY(database);
    const QString name = database->first().value(0).toString();
    const QString role = u"strata_owner_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY((*admin)->exec(u"CREATE ROLE %1 LOGIN PASSWORD 'owner-pw'"_s.arg(role)));
    QVERIFY((*admin)->exec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(name, role)));
    const DatabaseUrl url = DatabaseUrl::parse(project.postgresUrl())->withoutPassword();
    const QString owner = u"postgresql://%1:owner-pw@%2:%3/%4"_s.arg(role, url.host()).arg(url.port()).arg(name);
    const QStringList asOwner{u"-d"_s, owner};

    MAKE_REVISION(users, project, u"users"_s,
                  Upgrade + u"\nCREATE SCHEMA app;\nCREATE TABLE app.notes (id integer);\n"
                            u"CREATE PUBLICATION users_changes FOR TABLE users;"_s,
                  u"DROP PUBLICATION users_changes;\nDROP SCHEMA app CASCADE;\nDROP TABLE users;"_s);
    EXPECT_EXIT(project.runBare(asOwner + QStringList{u"migrate"_s}), 0);
    const QString before = snapshot(project);
    const CliRun backup = project.runBare(asOwner + QStringList{u"--json"_s, u"backup"_s});
    EXPECT_EXIT(backup, 0);
    {
        auto connection = Connection::open(*DatabaseUrl::parse(owner), {QDir(project.dir())});
        QVERIFY(connection);
        QVERIFY((*connection)->exec(u"DELETE FROM users"_s));
        QVERIFY((*connection)->exec(u"DROP SCHEMA app CASCADE"_s));
    }
    EXPECT_EXIT(project.runBare(asOwner + QStringList{u"restore"_s, backupId(backup), u"--yes"_s}), 0);
    QCOMPARE(snapshot(project), before);
    const auto publications = (*admin)->select(u"SELECT pubname FROM pg_publication"_s);
    QVERIFY(publications);
    QCOMPARE(publications->size(), 1);

    QVERIFY((*admin)->exec(u"ALTER DATABASE %1 OWNER TO CURRENT_USER"_s.arg(name)));
    QVERIFY((*admin)->exec(u"REASSIGN OWNED BY %1 TO CURRENT_USER"_s.arg(role)));
    QVERIFY((*admin)->exec(u"DROP OWNED BY %1"_s.arg(role)));
    QVERIFY((*admin)->exec(u"DROP ROLE %1"_s.arg(role)));
}

void TestBackup::aDirectoryDumpRunsInParallelAndRestores()
{
    CliProject project;
    MadeRevision users;
    const QString problem = setUpWithUsers(project, u"postgresql"_s, ViaNamedConnection, users);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString before = snapshot(project);
    EXPECT_EXIT(project.run({u"backup"_s, u"--jobs"_s, u"2"_s}), 2); // --jobs needs the directory format
    const CliRun backup = project.run({u"--json"_s, u"backup"_s, u"--format"_s, u"directory"_s, u"--jobs"_s, u"2"_s});
    EXPECT_EXIT(backup, 0);
    const QJsonObject manifest = QJsonDocument::fromJson(backup.out.toUtf8()).object();
    QCOMPARE(manifest[u"format"_s].toString(), u"directory"_s);
    const QString archive = project.filePath(u".strata/backups/"_s + manifest[u"archive"_s].toString());
    QVERIFY(QFileInfo(archive).isDir());
    EXPECT_EXIT(project.run({u"verify"_s, backupId(backup)}), 0);
    {
        auto connection = Connection::open(*DatabaseUrl::parse(project.postgresUrl()), {QDir(project.dir())});
        QVERIFY(connection);
        QVERIFY((*connection)->exec(u"DROP TABLE users"_s));
    }
    EXPECT_EXIT(project.run({u"restore"_s, backupId(backup), u"--yes"_s}), 0);
    QCOMPARE(snapshot(project), before);
    // A file of the directory gone: the checksum over the directory notices.
    const QStringList files = QDir(archive).entryList({u"*.dat.gz"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    QVERIFY(QFile::remove(QDir(archive).filePath(files.first())));
    EXPECT_EXIT(project.run({u"verify"_s, backupId(backup)}), 6);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
