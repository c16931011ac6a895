// SPDX-License-Identifier: MIT
#pragma once

#include "database/connection.h"
#include "graph/migrationplanner.h"
#include "migrate/migrationservice.h"
#include "project/project.h"
#include "testsupport.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace strata::test {

/// Every fact a test reports about an Error: code, full message, hint, detail and location.
QString describe(const Error &error);

/// The error of @p result as text for QVERIFY2, or nothing when it holds a value. (QVERIFY2
/// evaluates its message even when the check passes, so it must not touch a missing error.)
template<typename T>
QByteArray failureText(const Result<T> &result)
{
    return result ? QByteArray() : describe(result.error()).toUtf8();
}

/// Verifies that a Result variable holds a value, printing its error otherwise.
#define STRATA_VERIFY_OK(result) QVERIFY2(bool(result), ::strata::test::failureText(result).constData())

/// "sqlite" / "postgresql": the `dialect` column of the _data() tables.
QString dialectTag(Dialect dialect);
Dialect dialectFromTag(const QString &tag);
/// Adds the `dialect` column and one row per database (sqlite, postgresql) to a _data() table.
void addDialectRows();

/// A plan request for `migrate TARGET`.
MigrationService::PlanRequest migrateTo(const QString &target);
/// A plan request for `rollback -s STEPS`.
MigrationService::PlanRequest rollbackSteps(int steps);
/// A plan request for `stamp TARGET`.
MigrationService::PlanRequest stampAt(const QString &target);

/// The 1-based line of the first line of @p path containing @p needle (0 when none does).
int lineOf(const QString &path, const QString &needle);
/// The text of @p path (UTF-8).
QString readText(const QString &path);
/// Replaces the contents of @p path.
bool writeText(const QString &path, const QString &text);

/// One row of the history table, read straight from the database.
struct HistoryRow
{
    qint64 id = 0;
    QString revision;
    QString downRevision;
    QString direction;
    QVariant checksum; ///< null when the row has none
    QString message;
    QVariant appliedAt;
    QString appliedBy;
    QVariant durationMs;
    bool success = false;
    QString error;
    QString toolVersion;
};

/// The database state a migration may touch, as catalog text: compared before and after.
struct DatabaseSnapshot
{
    QStringList schema;  ///< tables, indexes, columns from the catalog
    QStringList version; ///< version-table rows, sorted
    QStringList history; ///< every history column of every row, by id

    friend bool operator==(const DatabaseSnapshot &, const DatabaseSnapshot &) = default;
};

/// A project in a temporary directory migrating one real database: a SQLite file inside
/// the project, or a scratch PostgreSQL database dropped afterwards. Gives the project as
/// core reads it, a MigrationService for it, and a separate inspecting Connection that reads
/// the catalog and the bookkeeping tables directly.
class MigrationFixture
{
public:
    /// Creates the project and its database. @p databaseToml is added to the `[database]`
    /// table of strata.toml (e.g. `lock_timeout = "1s"`). PostgreSQL needs STRATA_TEST_PG_URL.
    static Result<std::unique_ptr<MigrationFixture>> create(Dialect dialect, const QString &databaseToml = {});
    ~MigrationFixture();

    Dialect dialect() const { return m_url.dialect(); }
    bool isPostgres() const { return dialect() == Dialect::Postgres; }
    /// The database URL with its password, for `strata -d`.
    QString urlText() const { return m_url.toString(); }
    TempProject &files() { return m_files; }

    /// Writes a revision file (see TempProject::writeRevision); call reload() to see it.
    QString writeRevision(const QString &id, const QStringList &parents, const QString &upgrade,
                          const QString &downgrade, bool transactional = true);
    QString revisionPath(const QString &id) const;

    /// Re-reads strata.toml and the revision files. Services from connect() see the new
    /// project: they hold a reference to the same object.
    Result<void> reload();
    const Project &project() const { return m_project; }
    /// The graph index of revision @p id (-1 when unknown).
    int index(const QString &id) const;

    /// A MigrationService on the database chosen from strata.toml, as the CLI chooses it.
    Result<std::unique_ptr<MigrationService>> connect();

    /// The inspecting connection (not the service's).
    Connection &inspector() { return *m_inspector; }
    /// Opens another connection to the same database.
    Result<std::unique_ptr<Connection>> openConnection() const;

    /// Names of the user's tables (bookkeeping tables excluded), sorted.
    Result<QStringList> userTables();
    /// Names of the user's indexes (bookkeeping indexes and primary keys excluded), sorted.
    Result<QStringList> userIndexes();
    Result<bool> hasBookkeepingTables();
    /// The version-table rows, sorted (empty when the table does not exist).
    Result<QStringList> versionRows();
    /// The history rows by id (empty when the table does not exist).
    Result<QList<HistoryRow>> historyRows();
    Result<DatabaseSnapshot> snapshot();

private:
    MigrationFixture() = default;
    Result<QStringList> strings(const QString &sql);

    TempProject m_files;
    std::unique_ptr<ScratchPostgres> m_postgres;
    DatabaseUrl m_url;
    Project m_project;
    std::unique_ptr<Connection> m_inspector;
};

} // namespace strata::test
