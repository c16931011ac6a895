// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the end-to-end CLI tests: a project made with `strata init`, pointed at SQLite
// or at a scratch PostgreSQL database in one of the three ways a user can, plus parsers for
// the CLI's text output.

#include "testsupport.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace strata::test {

/// How a test row points `strata` at its database (the "via" column of the data tables).
inline const QString ViaProjectDefault = QStringLiteral("default");  ///< strata.toml's [database].url
inline const QString ViaUrlOption = QStringLiteral("-d");            ///< -d URL
inline const QString ViaEnvironment = QStringLiteral("DATABASE_URL"); ///< DATABASE_URL=URL
inline const QString ViaNamedConnection = QStringLiteral("-c");      ///< -c NAME, [connections.NAME]

/// SQL of three revisions that works on both SQLite and PostgreSQL.
namespace Sql {
inline const QString CreateUsers = QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, name text);");
inline const QString DropUsers = QStringLiteral("DROP TABLE users;");
inline const QString AddEmail = QStringLiteral("ALTER TABLE users ADD COLUMN email text;");
inline const QString DropEmail = QStringLiteral("ALTER TABLE users DROP COLUMN email;");
inline const QString CreatePosts = QStringLiteral("CREATE TABLE posts (id integer PRIMARY KEY, title text);");
inline const QString DropPosts = QStringLiteral("DROP TABLE posts;");
} // namespace Sql

/// A revision argument no test revision matches (made ids are hex; this is not).
inline const QString UnknownPrefix = QStringLiteral("zzzz");

bool writeFile(const QString &path, const QString &text);
/// The 1-based number of the first line of @p path containing @p text; 0 if none.
int lineOf(const QString &path, const QString &text);

/// A revision written with `makemigrations --empty` and filled in.
struct MadeRevision
{
    QString id;
    QString path;    ///< absolute
    QString problem; ///< why it could not be made; empty on success
};

/// A project created by the real `strata init demo` in a temporary directory, and the
/// database a test row runs against.
class CliProject
{
public:
    /// Creates the project and, for PostgreSQL, a scratch database the CLI is pointed at
    /// through @p via. Returns why that failed; empty on success.
    QString setUp(const QString &dialect, const QString &via);

    QString dir() const { return m_dir; }
    QString filePath(const QString &relative) const;
    bool isPostgres() const { return m_dialect == u"postgresql"; }
    /// The database as the CLI shows it (password redacted).
    QString databaseShown() const;
    /// The connection name the CLI reports ("default" or the [connections.NAME] name).
    QString connectionName() const;
    /// The full URL of the PostgreSQL database, password included; empty for SQLite.
    QString postgresUrl() const { return m_pgUrl; }

    /// Appends [connections.NAME] with @p url to strata.toml, marked production when asked.
    bool addConnection(const QString &name, const QString &url, bool production) const;

    /// Runs `strata ARGS` in the project, pointed at the row's database.
    CliRun run(const QStringList &arguments) const;
    /// Runs `strata ARGS` in the project with no connection arguments or environment.
    CliRun runBare(const QStringList &arguments, const QStringList &environment = {}) const;

    /// `makemigrations --empty -m MESSAGE`, then the SQL written into both sections.
    MadeRevision make(const QString &message, const QString &upgrade, const QString &downgrade) const;

    /// Inspects the database directly (not through the CLI). std::nullopt on error, see lastError().
    std::optional<bool> tableExists(const QString &table) const;
    std::optional<bool> columnExists(const QString &table, const QString &column) const;
    QString lastError() const { return m_lastError; }

private:
    std::optional<int> count(const QString &sqliteSql, const QString &postgresSql) const;

    QTemporaryDir m_root;
    QString m_dir;
    QString m_dialect;
    QString m_via;
    std::unique_ptr<ScratchPostgres> m_pg;
    QString m_pgUrl;
    mutable QString m_lastError;
};

/// Adds the rows every story runs on: SQLite through the project default, and PostgreSQL
/// through -d, DATABASE_URL and -c NAME. Columns: "dialect", "via".
void addDatabaseRows();

/// Inserts @p upgrade / @p downgrade under the section markers of a revision file.
bool fillRevision(const QString &path, const QString &upgrade, const QString &downgrade);
/// The value of a header line ("-- key: value") of a revision file.
QString headerValue(const QString &path, const QString &key);

/// @p what, then what the run printed: for failure messages.
QString explain(const QString &what, const CliRun &run);
QString tableExpectation(const QString &table, bool exists);
QStringList sorted(QStringList list);
/// True when a password known to the test run appears in the output.
bool revealsPassword(const CliRun &run);
/// The password of STRATA_TEST_PG_URL ("strata-test-pw" under scripts/with-postgres.sh).
QString serverPassword();

/// `showmigrations` rows: (applied, revision id, the rest of the line), in printed order.
struct ShownRevision
{
    bool applied = false;
    QString id;
    QString rest;
};
QList<ShownRevision> parseShowMigrations(const QString &out);

/// `history` lines: id and marks, newest first as printed.
struct HistoryLine
{
    QString parents;
    QString id;
    QStringList marks; ///< "(head)", "(current)", ...
    QString message;
};
QList<HistoryLine> parseHistory(const QString &out);

/// The ids `current` printed, sorted (empty at base).
QStringList parseCurrent(const QString &out);

QStringList ids(const QList<ShownRevision> &rows);
QStringList ids(const QList<HistoryLine> &lines);
/// A JSON array of strings as a list.
QStringList strings(const QJsonValue &array);

/// Parses a --json run's stdout; an empty object and @p problem set on failure.
QJsonObject parseJson(const QString &out, QString *problem);

} // namespace strata::test

/// Compares a run's exit code, showing its output on failure, and checks no password leaked.
#define EXPECT_EXIT(run, expected)                                                                          \
    do {                                                                                                    \
        const ::strata::test::CliRun &expectRun_ = (run);                                                   \
        QVERIFY2(expectRun_.exitCode == (expected),                                                         \
                 qPrintable(::strata::test::explain(QStringLiteral("expected exit %1").arg(expected),         \
                                                    expectRun_)));                                          \
        QVERIFY2(!::strata::test::revealsPassword(expectRun_),                                              \
                 qPrintable(::strata::test::explain(QStringLiteral("a password appears in the output"),       \
                                                    expectRun_)));                                          \
    } while (false)

/// Makes a revision through the CLI into `var`, failing the test if that does not work.
/// Declares `var`, a CliProject set up for the current row's "dialect" and "via" columns
/// (which stay in scope), failing the test when that is impossible (e.g. no test server).
#define PROJECT_FOR_ROW(var)                                                                                \
    QFETCH(QString, dialect);                                                                               \
    QFETCH(QString, via);                                                                                   \
    ::strata::test::CliProject var;                                                                         \
    if (const QString problem_ = var.setUp(dialect, via); !problem_.isEmpty())                              \
        QFAIL(qPrintable(problem_))

#define MAKE_REVISION(var, project, message, upgrade, downgrade)                                            \
    const ::strata::test::MadeRevision var = (project).make(message, upgrade, downgrade);                   \
    QVERIFY2(var.problem.isEmpty(), qPrintable(var.problem))

/// Checks directly in the database that a table exists (or not).
#define VERIFY_TABLE(project, table, expected)                                                              \
    do {                                                                                                    \
        const std::optional<bool> exists_ = (project).tableExists(table);                                   \
        QVERIFY2(exists_.has_value(), qPrintable((project).lastError()));                                   \
        QVERIFY2(*exists_ == (expected), qPrintable(::strata::test::tableExpectation(table, expected)));     \
    } while (false)

/// Runs `current` and compares the revisions it names (in any order).
#define VERIFY_CURRENT(project, ...)                                                                        \
    do {                                                                                                    \
        const ::strata::test::CliRun current_ = (project).run({QStringLiteral("current")});                 \
        EXPECT_EXIT(current_, 0);                                                                           \
        const QStringList expected_ = ::strata::test::sorted(QStringList{__VA_ARGS__});                     \
        QVERIFY2(::strata::test::parseCurrent(current_.out) == expected_,                                   \
                 qPrintable(::strata::test::explain(                                                        \
                     QStringLiteral("expected current: ") + expected_.join(QStringLiteral(", ")), current_)));\
    } while (false)
