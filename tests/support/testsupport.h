// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "diff/changescript.h"
#include "graph/revisiongraph.h"
#include "migrate/migrationstatus.h"
#include "revision/revision.h"
#include "util/result.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace strata::test {

/// An in-memory revision from "id:parent1,parent2@minute", e.g. "b002:b001@2"; the minute
/// orders `created` (minute 0 without "@"). Its message is its id.
Revision revisionFromSpec(const QString &spec);
/// The graph of revisions given as revisionFromSpec() specs; aborts on a malformed graph.
RevisionGraph graphFromSpecs(const QStringList &specs);
/// A status snapshot of @p graph whose version table holds @p rows, with the revision
/// @p failed marked failed (error "line 3: boom") and @p edited marked edited.
StatusReport statusFromRows(const RevisionGraph &graph, const QStringList &rows, const QString &failed = {},
                            const QString &edited = {});

/// The contents of a UTF-8 text file; empty when it cannot be read.
QString readFile(const QString &path);
/// Copies the directory @p from, hidden files and all, into @p to (created if need be).
void copyTree(const QString &from, const QString &to);

/// How @p actual differs from @p expected, as summary lines, for failure messages.
QByteArray schemaDifferences(const Schema &actual, const Schema &expected);
/// The statements of @p script, one per line, for failure messages.
QByteArray scriptListing(const ChangeScript &script);

/// The error of a failed Result as text for QVERIFY2 (empty on success).
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullMessage().toUtf8();
}

/// The server URL the test run provides (STRATA_TEST_PG_URL), or an error explaining how
/// to provide it. PostgreSQL tests QFAIL on that error: they never skip.
Result<DatabaseUrl> postgresServerUrl();

/// A fresh, uniquely named PostgreSQL database on the test server, dropped on destruction.
class ScratchPostgres
{
public:
    static Result<std::unique_ptr<ScratchPostgres>> create();
    ~ScratchPostgres();

    const DatabaseUrl &url() const { return m_url; }

private:
    ScratchPostgres(DatabaseUrl server, DatabaseUrl url);

    DatabaseUrl m_server;
    DatabaseUrl m_url;
};

/// A project in a temporary directory, created with the scaffold, with helpers to write
/// revision files by hand.
class TempProject
{
public:
    TempProject();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }
    QString migrationsDir() const { return m_dir.filePath(QStringLiteral("migrations/versions")); }

    /// Writes migrations/versions/<id>.sql with the given header and sections; returns its path.
    QString writeRevision(const QString &id, const QStringList &parents, const QString &upgrade,
                          const QString &downgrade, bool transactional = true, const QString &message = {});
    /// Sets [database].url in strata.toml.
    void setDatabaseUrl(const QString &url);
    /// Replaces strata.toml.
    void writeConfig(const QString &toml);

private:
    QTemporaryDir m_dir;
    int m_written = 0;
};

/// The outcome of running the real `strata` binary.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `strata ARGS` in @p workingDirectory with optional extra environment, waiting up to
/// @p timeoutMs. DATABASE_URL is cleared unless given in @p environment.
CliRun runStrata(const QString &workingDirectory, const QStringList &arguments,
                 const QStringList &environment = {}, int timeoutMs = 60'000);

/// Starts `strata ARGS` without waiting (for concurrency tests). The caller owns the process.
std::unique_ptr<QProcess> startStrata(const QString &workingDirectory, const QStringList &arguments,
                                      const QStringList &environment = {});

} // namespace strata::test
