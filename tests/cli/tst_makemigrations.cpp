// SPDX-License-Identifier: MIT
// `strata makemigrations` detecting model changes, end to end through the real binary on
// the test PostgreSQL and on SQLite: write the models, generate, migrate, check, change,
// check again.
#include "clifixture.h"

#include "database/connection.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString FirstModels = uR"(CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    mood mood DEFAULT 'ok'
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(title) > 0)
);
CREATE INDEX posts_author ON posts (author_id);
CREATE VIEW titles AS SELECT id, title FROM posts;
)"_s;

QStringList revisionFiles(const CliProject &project)
{
    return QDir(project.filePath(u"migrations/versions"_s)).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestMakeMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesMigratesAndFindsNothingLeft();
    void checkFailsOnUncoveredChangesAndWritesNothing();
    void rebuildsSqliteTablesKeepingEveryRow();
    void refusesAMigrationThatOrphansRowsOnSqlite();
    void writesRenamesTheUserNames_data();
    void writesRenamesTheUserNames();
    void usesTheShadowDatabaseWhenTheRoleCannotCreateOne();
    void namesWhatItDoesNotFollow();
    void usesTheCachedHeadSchemaUntilARevisionChanges();
    void inspectsDiffsAndFindsDriftOnPostgres();
    void findsDriftOnSqlite();
    void adoptsAnExistingDatabase();
    void adoptsAnExistingSqliteDatabase();
};

void TestMakeMigrations::generatesMigratesAndFindsNothingLeft()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), FirstModels));

    const CliRun made = project.run({u"makemigrations"_s, u"-m"_s, u"initial schema"_s});
    EXPECT_EXIT(made, 0);
    QVERIFY2(made.out.contains(u"+ table users"_s), qPrintable(made.out));
    QVERIFY2(made.out.contains(u"+ type mood (sad, ok)"_s), qPrintable(made.out));
    QVERIFY2(made.out.contains(u"+ view titles"_s), qPrintable(made.out));
    QCOMPARE(revisionFiles(project).size(), 1);
    const QString file = readFile(project.filePath(u"migrations/versions/"_s + revisionFiles(project).first()));
    QVERIFY2(file.contains(u"CREATE TABLE users"_s), qPrintable(file));
    QVERIFY2(file.contains(u"DROP TABLE users"_s), qPrintable(file));
    QVERIFY2(file.contains(u"-- message: initial schema"_s), qPrintable(file));

    // Nothing in the user's database was touched by generating.
    QCOMPARE(project.tableExists(u"users"_s), std::optional<bool>(false));

    const CliRun again = project.run({u"makemigrations"_s, u"-m"_s, u"again"_s});
    EXPECT_EXIT(again, 0);
    QVERIFY2(again.out.contains(u"No changes detected"_s), qPrintable(again.out));
    QCOMPARE(revisionFiles(project).size(), 1);

    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    QCOMPARE(project.tableExists(u"posts"_s), std::optional<bool>(true));

    // A change to the models: a column, a value, a dropped index.
    QString changed = FirstModels;
    changed.replace(u"('sad', 'ok')"_s, u"('sad', 'ok', 'happy')"_s);
    changed.replace(u"    name text NOT NULL,\n"_s, u"    name text NOT NULL,\n    email text,\n"_s);
    changed.replace(u"CREATE INDEX posts_author ON posts (author_id);\n"_s, QString());
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), changed));
    const CliRun second = project.run({u"makemigrations"_s, u"-m"_s, u"add email"_s});
    EXPECT_EXIT(second, 0);
    QVERIFY2(second.out.contains(u"~ users: + column email text"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"~ type mood: values sad, ok -> sad, ok, happy"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"- index posts_author"_s), qPrintable(second.out));
    QCOMPARE(revisionFiles(project).size(), 2);
    QString secondFile;
    for (const QString &name : revisionFiles(project)) {
        const QString text = readFile(project.filePath(u"migrations/versions/"_s + name));
        if (text.contains(u"-- message: add email"_s))
            secondFile = text;
    }
    QVERIFY2(secondFile.contains(u"-- transactional: false"_s), qPrintable(secondFile)); // ADD VALUE

    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    QCOMPARE(project.columnExists(u"users"_s, u"email"_s), std::optional<bool>(true));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);
    // The downgrade undoes it.
    EXPECT_EXIT(project.run({u"rollback"_s}), 0);
    QCOMPARE(project.columnExists(u"users"_s, u"email"_s), std::optional<bool>(false));
}

void TestMakeMigrations::checkFailsOnUncoveredChangesAndWritesNothing()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaEnvironment);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s),
                      u"CREATE TABLE notes (id integer PRIMARY KEY, body text);\n"_s));
    const CliRun check = project.run({u"makemigrations"_s, u"--check"_s});
    EXPECT_EXIT(check, 1);
    QVERIFY2(check.out.contains(u"+ table notes"_s), qPrintable(check.out));
    QVERIFY(revisionFiles(project).isEmpty());

    const CliRun dry = project.run({u"makemigrations"_s, u"--dry-run"_s, u"-m"_s, u"notes"_s});
    EXPECT_EXIT(dry, 0);
    QVERIFY2(dry.out.contains(u"-- migrate:upgrade\nCREATE TABLE notes"_s), qPrintable(dry.out));
    QVERIFY(revisionFiles(project).isEmpty());

    // A column of the same shape dropped and added: flagged as a possible rename, never guessed.
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"-m"_s, u"notes"_s}), 0);
    // A narrowing type change is reviewed against the type the history gave the column.
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s),
                      u"CREATE TABLE notes (id integer PRIMARY KEY, body varchar(200));\n"_s));
    const CliRun narrowed = project.run({u"makemigrations"_s, u"--dry-run"_s, u"-m"_s, u"shorter"_s});
    EXPECT_EXIT(narrowed, 0);
    QVERIFY2(narrowed.out.contains(u"error narrow-column-type"_s), qPrintable(narrowed.out));
    QVERIFY2(narrowed.out.contains(u"notes.body becomes varchar(200) (was text)"_s), qPrintable(narrowed.out));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s),
                      u"CREATE TABLE notes (id integer PRIMARY KEY, content text);\n"_s));
    const CliRun renamed = project.run({u"makemigrations"_s, u"--dry-run"_s, u"-m"_s, u"rename"_s});
    EXPECT_EXIT(renamed, 0);
    QVERIFY2(renamed.out.contains(u"possible rename notes.body -> notes.content"_s), qPrintable(renamed.out));
    QVERIFY2(renamed.out.contains(u"-- Possible rename notes.body -> notes.content"_s), qPrintable(renamed.out));
    QVERIFY2(renamed.out.contains(u"ALTER TABLE notes DROP COLUMN body"_s), qPrintable(renamed.out));
    // The review of the generated upgrade, with the line the statement has in the file.
    QVERIFY2(renamed.out.contains(u"Review of the upgrade"_s), qPrintable(renamed.out));
    const QStringList fileLines = renamed.out.section(u"-- revision: <new>"_s, 1).split(u'\n');
    const int dropLine = int(fileLines.indexOf(u"ALTER TABLE notes DROP COLUMN body;"_s)) + 1;
    QVERIFY2(renamed.out.contains(u"error drop-column line %1: drops column notes.body"_s.arg(dropLine)),
             qPrintable(renamed.out));

    // A models file that does not run is reported with its file and line.
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), u"CREATE TABLE ok (id integer);\nCREATE TABLEX bad;\n"_s));
    const CliRun broken = project.run({u"makemigrations"_s, u"-m"_s, u"x"_s});
    EXPECT_EXIT(broken, 3);
    QVERIFY2(broken.err.contains(u"models/schema.sql:2"_s), qPrintable(broken.err));
    QCOMPARE(revisionFiles(project).size(), 1); // only "notes"; the broken models wrote nothing
}

namespace {

std::unique_ptr<Connection> openSqlite(const CliProject &project)
{
    auto connection = Connection::open(*DatabaseUrl::parse(u"sqlite:///dev.db"_s), {QDir(project.dir())});
    return connection ? *std::move(connection) : nullptr;
}

/// Every row of @p table as text, in id order.
QStringList rowsOf(Connection &connection, const QString &table, const QString &columns)
{
    QStringList rows;
    const auto selected = connection.select(u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns, table));
    for (const QVariantList &row : selected ? *selected : QList<QVariantList>()) {
        QStringList values;
        for (const QVariant &value : row)
            values << (value.isNull() ? u"NULL"_s : value.toString());
        rows << values.join(u'|');
    }
    return rows;
}

/// The first column of @p sql's rows in the project's database, whichever its dialect.
QStringList valuesOf(const CliProject &project, const QString &sql)
{
    auto url = DatabaseUrl::parse(project.isPostgres() ? project.postgresUrl() : u"sqlite:///dev.db"_s);
    auto connection = Connection::open(*url, {QDir(project.dir())});
    if (!connection)
        return {u"error: "_s + connection.error().message()};
    const auto rows = (*connection)->select(sql);
    if (!rows)
        return {u"error: "_s + rows.error().message()};
    QStringList values;
    for (const QVariantList &row : *rows)
        values << row.first().toString();
    return values;
}

} // namespace

void TestMakeMigrations::rebuildsSqliteTablesKeepingEveryRow()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString first = uR"(CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title TEXT NOT NULL
);
)"_s;
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), first));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"-m"_s, u"initial"_s}), 0);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    {
        auto db = openSqlite(project);
        QVERIFY(db);
        QVERIFY(db->exec(u"INSERT INTO authors VALUES (1, 'le guin'), (2, NULL)"_s));
        QVERIFY(db->exec(u"INSERT INTO books VALUES (1, 1, 'the dispossessed'), (2, 2, 'anonymous')"_s));
    }

    // authors.name becomes NOT NULL with a default: SQLite's ALTER TABLE cannot, so the
    // parent table is rebuilt under its ON DELETE CASCADE children.
    QString second = first;
    second.replace(u"name TEXT)"_s, u"name TEXT NOT NULL DEFAULT 'unknown', born INTEGER CHECK (born > 0))"_s);
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), second));
    const CliRun made = project.run({u"makemigrations"_s, u"-m"_s, u"authors name required"_s});
    EXPECT_EXIT(made, 0);
    QVERIFY2(made.out.contains(u"~ authors: ~ column name TEXT -> name TEXT not null default 'unknown'"_s),
             qPrintable(made.out));
    QString file;
    for (const QString &name : revisionFiles(project)) {
        const QString text = readFile(project.filePath(u"migrations/versions/"_s + name));
        if (text.contains(u"-- message: authors name required"_s))
            file = text;
    }
    QVERIFY2(file.contains(u"-- authors is rebuilt"_s), qPrintable(file));
    QVERIFY2(file.contains(u"INSERT INTO strata_new_authors (id, name) SELECT id, coalesce(name, 'unknown') FROM authors;"_s),
             qPrintable(file));

    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);
    {
        auto db = openSqlite(project);
        QVERIFY(db);
        QCOMPARE(rowsOf(*db, u"authors"_s, u"id, name"_s), QStringList({u"1|le guin"_s, u"2|unknown"_s}));
        QCOMPARE(rowsOf(*db, u"books"_s, u"id, author_id, title"_s),
                 QStringList({u"1|1|the dispossessed"_s, u"2|2|anonymous"_s}));
    }
    EXPECT_EXIT(project.run({u"rollback"_s}), 0);
    EXPECT_EXIT(project.run({u"check"_s, u"--drift"_s}), 0);
    auto db = openSqlite(project);
    QVERIFY(db);
    QCOMPARE(rowsOf(*db, u"books"_s, u"id, author_id, title"_s),
             QStringList({u"1|1|the dispossessed"_s, u"2|2|anonymous"_s}));
}

void TestMakeMigrations::refusesAMigrationThatOrphansRowsOnSqlite()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(project.make(u"tables"_s,
                          u"CREATE TABLE authors (id INTEGER PRIMARY KEY);\n"
                          u"CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors (id));\n"
                          u"INSERT INTO authors VALUES (1);\nINSERT INTO books VALUES (1, 1);"_s,
                          u"DROP TABLE books;\nDROP TABLE authors;"_s)
                 .problem.isEmpty(),
             "could not write the first revision");
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    // Foreign keys are off while migrating, so the DELETE itself passes; the check before
    // COMMIT finds the orphan and rolls the revision back.
    QVERIFY(project.make(u"orphan"_s, u"DELETE FROM authors;"_s, u"SELECT 1;"_s).problem.isEmpty());
    const CliRun refused = project.run({u"migrate"_s});
    EXPECT_EXIT(refused, 3);
    QVERIFY2(refused.err.contains(u"1 row(s) reference a missing parent"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"books rowid 1 -> authors"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"rolled back"_s), qPrintable(refused.err));
    auto db = openSqlite(project);
    QVERIFY(db);
    const auto authors = db->select(u"SELECT count(*) FROM authors"_s);
    QVERIFY(authors);
    QCOMPARE(authors->first().first().toInt(), 1);
}

void TestMakeMigrations::writesRenamesTheUserNames_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestMakeMigrations::writesRenamesTheUserNames()
{
    QFETCH(QString, dialect);
    CliProject project;
    const QString problem = project.setUp(dialect, dialect == u"sqlite"_s ? ViaProjectDefault : ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString before = uR"(CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, pinned integer);
CREATE INDEX notes_body_idx ON notes (body);
CREATE VIEW pinned_notes AS SELECT id, body FROM notes WHERE pinned = 1;
)"_s;
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), before));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"-m"_s, u"notes"_s}), 0);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    const MadeRevision rows = project.make(u"rows"_s, u"INSERT INTO notes VALUES (1, 'keep me', 1), (2, 'me too', 0);"_s,
                                           u"DELETE FROM notes;"_s);
    QVERIFY2(rows.problem.isEmpty(), qPrintable(rows.problem));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);

    const QString after = uR"(CREATE TABLE memos (id integer PRIMARY KEY, content text NOT NULL, pinned integer);
CREATE INDEX notes_body_idx ON memos (content);
CREATE VIEW pinned_notes AS SELECT id, content FROM memos WHERE pinned = 1;
)"_s;
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), after));
    // Without --rename: a drop and an add, flagged, with the argument that fixes it.
    const CliRun guessed = project.run({u"makemigrations"_s, u"--dry-run"_s, u"-m"_s, u"rename"_s});
    EXPECT_EXIT(guessed, 0);
    QVERIFY2(guessed.out.contains(u"- table notes"_s), qPrintable(guessed.out));

    // A rename of something the head does not have is refused, naming it.
    const CliRun wrong = project.run({u"makemigrations"_s, u"-m"_s, u"rename"_s, u"--rename"_s, u"nope=memos"_s});
    EXPECT_EXIT(wrong, 2);
    QVERIFY2(wrong.err.contains(u"the head schema has no table nope"_s), qPrintable(wrong.err));

    const CliRun renamed = project.run({u"makemigrations"_s, u"-m"_s, u"rename notes to memos"_s, u"--rename"_s,
                                        u"notes=memos"_s, u"--rename"_s, u"memos.body=content"_s});
    EXPECT_EXIT(renamed, 0);
    QVERIFY2(renamed.out.contains(u"~ table notes renamed to memos"_s), qPrintable(renamed.out));
    QVERIFY2(renamed.out.contains(u"~ memos: column body renamed to content"_s), qPrintable(renamed.out));
    QVERIFY2(!renamed.out.contains(u"- table"_s) && !renamed.out.contains(u"Destructive"_s), qPrintable(renamed.out));

    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);
    const CliRun check = project.run({u"check"_s, u"--drift"_s});
    EXPECT_EXIT(check, 0);
    // The rows came through the rename, and back through the rollback.
    QCOMPARE(valuesOf(project, u"SELECT content FROM memos ORDER BY id"_s), QStringList({u"keep me"_s, u"me too"_s}));
    QCOMPARE(valuesOf(project, u"SELECT content FROM pinned_notes"_s), QStringList({u"keep me"_s}));
    EXPECT_EXIT(project.run({u"rollback"_s}), 0);
    QCOMPARE(valuesOf(project, u"SELECT body FROM notes ORDER BY id"_s), QStringList({u"keep me"_s, u"me too"_s}));
    QCOMPARE(project.columnExists(u"notes"_s, u"body"_s), std::optional<bool>(true));
    QCOMPARE(project.tableExists(u"memos"_s), std::optional<bool>(false));
}

void TestMakeMigrations::usesTheShadowDatabaseWhenTheRoleCannotCreateOne()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto admin = Connection::open(*DatabaseUrl::parse(project.postgresUrl()), {});
    QVERIFY2(admin, errorText(admin));
    // A role that owns the application database but may not create databases.
    const QString role = u"strata_nocreatedb"_s;
    (void)(*admin)->exec(u"DROP ROLE IF EXISTS "_s + role);
    QVERIFY((*admin)->exec(u"CREATE ROLE %1 LOGIN NOCREATEDB PASSWORD 'pw'"_s.arg(role)));
    const DatabaseUrl appUrl = *DatabaseUrl::parse(project.postgresUrl());
    QVERIFY((*admin)->exec(u"ALTER DATABASE \"%1\" OWNER TO %2"_s.arg(appUrl.database(), role)));
    QVERIFY((*admin)->exec(u"ALTER SCHEMA public OWNER TO "_s + role));
    const DatabaseUrl asRole = DatabaseUrl::postgres(appUrl.host(), appUrl.port(), role, appUrl.database(), {})
                                   .withPassword(u"pw"_s);
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s),
                      u"CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);\n"_s));

    const CliRun refused = project.runBare({u"-d"_s, asRole.toString(), u"makemigrations"_s, u"--check"_s});
    EXPECT_EXIT(refused, 2);
    QVERIFY2(refused.err.contains(u"cannot create a scratch database"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"shadow_url"_s), qPrintable(refused.err));

    // A shadow database the role owns, with leftovers from earlier use in two schemas.
    const QString shadowName = appUrl.database() + u"_shadow"_s;
    QVERIFY((*admin)->exec(u"CREATE DATABASE \"%1\" OWNER %2"_s.arg(shadowName, role)));
    const DatabaseUrl shadowUrl = asRole.withDatabase(shadowName);
    {
        auto shadow = Connection::open(shadowUrl, {});
        QVERIFY2(shadow, errorText(shadow));
        QVERIFY((*shadow)->exec(u"CREATE SCHEMA junk"_s));
        QVERIFY((*shadow)->exec(u"CREATE TABLE junk.leftover (id integer)"_s));
        QVERIFY((*shadow)->exec(u"CREATE TABLE public.stale (id integer)"_s));
    }
    QString toml = readFile(project.filePath(u"strata.toml"_s));
    toml.replace(u"[database]\n"_s, u"[database]\nshadow_url = \"%1\"\n"_s.arg(shadowUrl.toString()));
    QVERIFY(writeFile(project.filePath(u"strata.toml"_s), toml));

    const CliRun checked = project.runBare({u"-d"_s, asRole.toString(), u"makemigrations"_s, u"--check"_s});
    EXPECT_EXIT(checked, 1);
    QVERIFY2(checked.out.contains(u"+ table users"_s), qPrintable(checked.out));
    QVERIFY2(!checked.out.contains(u"leftover"_s) && !checked.out.contains(u"stale"_s)
                 && !checked.out.contains(u"junk"_s),
             qPrintable(checked.out));
    EXPECT_EXIT(project.runBare({u"-d"_s, asRole.toString(), u"makemigrations"_s, u"-m"_s, u"users"_s}), 0);
    EXPECT_EXIT(project.runBare({u"-d"_s, asRole.toString(), u"migrate"_s}), 0);
    EXPECT_EXIT(project.runBare({u"-d"_s, asRole.toString(), u"check"_s, u"--drift"_s}), 0);

    QVERIFY((*admin)->exec(u"DROP DATABASE \"%1\" WITH (FORCE)"_s.arg(shadowName)));
    QVERIFY((*admin)->exec(u"ALTER DATABASE \"%1\" OWNER TO CURRENT_USER"_s.arg(appUrl.database())));
}

void TestMakeMigrations::namesWhatItDoesNotFollow()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), uR"(CREATE TYPE money_pair AS (amount numeric, currency text);
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance money_pair);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON accounts USING (owner = current_user);
)"_s));
    const CliRun made = project.run({u"makemigrations"_s, u"--dry-run"_s, u"-m"_s, u"accounts"_s});
    EXPECT_EXIT(made, 0);
    QVERIFY2(made.err.contains(u"does not follow: composite type money_pair, policy own_rows on accounts, row level "
                               u"security on accounts"_s),
             qPrintable(made.err));
    QVERIFY2(made.out.contains(u"+ table accounts"_s), qPrintable(made.out));
}

void TestMakeMigrations::usesTheCachedHeadSchemaUntilARevisionChanges()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), u"CREATE TABLE a (id integer PRIMARY KEY);\n"_s));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"-m"_s, u"first"_s}), 0);
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0); // replays, then caches

    // Prove the cache is read: a table planted in it shows up as one to drop.
    const QString cachePath = project.filePath(u".strata/cache/head-schema.json"_s);
    QJsonObject cache = QJsonDocument::fromJson(readFile(cachePath).toUtf8()).object();
    QVERIFY2(!cache.isEmpty(), qPrintable(cachePath));
    QJsonObject schema = cache[u"schema"_s].toObject();
    QJsonArray tables = schema[u"tables"_s].toArray();
    QCOMPARE(tables.size(), 1);
    QJsonObject ghost = tables.first().toObject();
    ghost[u"name"_s] = u"ghost"_s;
    ghost.remove(u"primaryKey"_s);
    tables.append(ghost);
    schema[u"tables"_s] = tables;
    cache[u"schema"_s] = schema;
    QVERIFY(writeFile(cachePath, QString::fromUtf8(QJsonDocument(cache).toJson())));
    const CliRun planted = project.run({u"makemigrations"_s, u"--check"_s});
    EXPECT_EXIT(planted, 1);
    QVERIFY2(planted.out.contains(u"- table ghost"_s), qPrintable(planted.out));

    // A new revision changes the key: the history is replayed, the planted table is gone.
    const MadeRevision noop = project.make(u"noop"_s, u"SELECT 1;"_s, u"SELECT 1;"_s);
    QVERIFY2(noop.problem.isEmpty(), qPrintable(noop.problem));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);
}

void TestMakeMigrations::inspectsDiffsAndFindsDriftOnPostgres()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), FirstModels));
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"-m"_s, u"initial"_s}), 0);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);

    const CliRun clean = project.run({u"check"_s, u"--drift"_s});
    EXPECT_EXIT(clean, 0);
    QVERIFY2(clean.out.contains(u"No drift"_s), qPrintable(clean.out));

    // Someone changes production by hand.
    auto url = DatabaseUrl::parse(project.postgresUrl());
    QVERIFY(url);
    auto connection = Connection::open(*url, {});
    QVERIFY2(connection, errorText(connection));
    QVERIFY((*connection)->exec(u"ALTER TABLE users ADD COLUMN hacked text"_s));
    QVERIFY((*connection)->exec(u"DROP INDEX posts_author"_s));
    connection->reset();

    const CliRun drifted = project.run({u"check"_s, u"--drift"_s});
    EXPECT_EXIT(drifted, 1);
    QVERIFY2(drifted.out.contains(u"~ users: + column hacked text"_s), qPrintable(drifted.out));
    QVERIFY2(drifted.out.contains(u"- index posts_author"_s), qPrintable(drifted.out));

    const CliRun inspected = project.run({u"inspect"_s});
    EXPECT_EXIT(inspected, 0);
    QVERIFY2(inspected.out.contains(u"CREATE TABLE users"_s), qPrintable(inspected.out));
    QVERIFY2(inspected.out.contains(u"hacked text"_s), qPrintable(inspected.out));
    QVERIFY2(!inspected.out.contains(u"strata_version"_s), qPrintable(inspected.out));

    const CliRun diffed = project.run({u"diff"_s});
    EXPECT_EXIT(diffed, 0);
    QVERIFY2(diffed.out.contains(u"ALTER TABLE users DROP COLUMN hacked;"_s), qPrintable(diffed.out));
    QVERIFY2(diffed.out.contains(u"CREATE INDEX posts_author"_s), qPrintable(diffed.out));
    QCOMPARE(project.columnExists(u"users"_s, u"hacked"_s), std::optional<bool>(true)); // diff runs nothing
}

void TestMakeMigrations::findsDriftOnSqlite()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const MadeRevision made = project.make(u"create users"_s, Sql::CreateUsers, Sql::DropUsers);
    QVERIFY2(made.problem.isEmpty(), qPrintable(made.problem));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    EXPECT_EXIT(project.run({u"check"_s, u"--drift"_s}), 0);

    auto url = DatabaseUrl::parse(u"sqlite:///dev.db"_s);
    auto connection = Connection::open(*url, {QDir(project.dir())});
    QVERIFY2(connection, errorText(connection));
    QVERIFY((*connection)->exec(u"CREATE INDEX users_by_name ON users (name)"_s));
    connection->reset();
    const CliRun drifted = project.run({u"check"_s, u"--drift"_s});
    EXPECT_EXIT(drifted, 1);
    QVERIFY2(drifted.out.contains(u"+ index users_by_name on users"_s), qPrintable(drifted.out));

    // inspect prints SQLite's own CREATE statements, tables first, Strata's left out.
    const CliRun inspected = project.run({u"inspect"_s});
    EXPECT_EXIT(inspected, 0);
    QVERIFY2(inspected.out.contains(u"CREATE TABLE users (id integer PRIMARY KEY, name text);"_s), qPrintable(inspected.out));
    QVERIFY2(inspected.out.contains(u"CREATE INDEX users_by_name ON users (name);"_s), qPrintable(inspected.out));
    QVERIFY2(!inspected.out.contains(u"strata_version"_s), qPrintable(inspected.out));
}

void TestMakeMigrations::adoptsAnExistingDatabase()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A database built before Strata.
    auto connection = Connection::open(*DatabaseUrl::parse(project.postgresUrl()), {});
    QVERIFY2(connection, errorText(connection));
    for (const QString &statement : FirstModels.split(u";\n"_s, Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            QVERIFY2((*connection)->exec(statement), qPrintable(statement));
    }
    connection->reset();

    const CliRun inspected = project.run({u"inspect"_s});
    EXPECT_EXIT(inspected, 0);
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), inspected.out));
    const CliRun baseline = project.run({u"baseline"_s, u"-m"_s, u"initial schema"_s});
    EXPECT_EXIT(baseline, 0);
    QVERIFY2(baseline.out.contains(u"stamped"_s), qPrintable(baseline.out));
    QCOMPARE(revisionFiles(project).size(), 1);
    EXPECT_EXIT(project.run({u"check"_s}), 0);          // up to date: stamped, nothing run
    EXPECT_EXIT(project.run({u"check"_s, u"--drift"_s}), 0);
    const CliRun after = project.run({u"makemigrations"_s, u"--check"_s});
    EXPECT_EXIT(after, 0);
    // A second baseline makes no sense.
    EXPECT_EXIT(project.run({u"baseline"_s, u"-m"_s, u"again"_s}), 2);
}

void TestMakeMigrations::adoptsAnExistingSqliteDatabase()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        auto db = openSqlite(project);
        QVERIFY(db);
        for (const QString &statement : QStringList{
                 u"CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE COLLATE NOCASE)"_s,
                 u"CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE, "
                 u"title TEXT CHECK (length(title) > 0), created TEXT DEFAULT CURRENT_TIMESTAMP)"_s,
                 u"CREATE INDEX posts_user ON posts (user_id) WHERE title IS NOT NULL"_s,
                 u"CREATE VIEW titled AS SELECT id, title FROM posts"_s,
                 u"CREATE TRIGGER posts_stamp AFTER UPDATE ON posts BEGIN UPDATE posts SET created = "
                 u"CURRENT_TIMESTAMP WHERE id = NEW.id; END"_s,
                 u"INSERT INTO users (email) VALUES ('ada@example.com')"_s})
            QVERIFY2(db->exec(statement), qPrintable(statement));
    }
    const CliRun inspected = project.run({u"inspect"_s});
    EXPECT_EXIT(inspected, 0);
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), inspected.out));
    const CliRun baseline = project.run({u"baseline"_s, u"-m"_s, u"initial schema"_s});
    EXPECT_EXIT(baseline, 0);
    EXPECT_EXIT(project.run({u"check"_s, u"--drift"_s}), 0);
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);
    QCOMPARE(valuesOf(project, u"SELECT email FROM users"_s), QStringList{u"ada@example.com"_s}); // nothing run

    // The baseline builds the same schema from nothing, and its downgrade empties it.
    const QString fresh = project.filePath(u"fresh.db"_s);
    EXPECT_EXIT(project.runBare({u"-d"_s, u"sqlite:///fresh.db"_s, u"migrate"_s}), 0);
    EXPECT_EXIT(project.runBare({u"-d"_s, u"sqlite:///fresh.db"_s, u"check"_s, u"--drift"_s}), 0);
    EXPECT_EXIT(project.runBare({u"-d"_s, u"sqlite:///fresh.db"_s, u"rollback"_s}), 0);
    auto emptied = Connection::open(*DatabaseUrl::parse(u"sqlite:///fresh.db"_s), {QDir(project.dir())});
    QVERIFY(emptied);
    const auto left = (*emptied)->select(
        u"SELECT name FROM sqlite_master WHERE name NOT LIKE 'strata%' AND name NOT LIKE 'sqlite%'"_s);
    QVERIFY(left);
    QStringList names;
    for (const QVariantList &row : *left)
        names << row.first().toString();
    QVERIFY2(names.isEmpty(), qPrintable(names.join(u", "_s)));
    QVERIFY(QFile::exists(fresh));
}

QTEST_GUILESS_MAIN(TestMakeMigrations)
#include "tst_makemigrations.moc"
