// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "util/result.h"

#include <QDir>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlQuery;

namespace strata {

/// One open database session (QSqlDatabase) with Strata's logging and error reporting.
/// Thread-affine: use it only on the thread that opened it. Every statement is logged on
/// the `sql` logger (redacted). Errors are ErrorCode::Database carrying the server's
/// message and SQLSTATE.
class Connection
{
public:
    struct Options
    {
        QDir baseDir;              ///< relative SQLite paths resolve against it (the project)
        bool readOnly = false;     ///< SQLite: a missing file reads as an empty database
        int busyTimeoutMs = 5'000; ///< SQLite: how long to wait for another writer
        int connectTimeoutSec = 10;
    };

    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url, const Options &options);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Dialect dialect() const { return m_url.dialect(); }
    const DatabaseUrl &url() const { return m_url; }
    /// True when a read-only SQLite connection found no file: it reads as empty, nothing is created.
    bool isMissingDatabase() const { return m_missingDatabase; }

    /// Runs one statement, returning the number of rows it affected (-1 when unknown).
    Result<int> exec(const QString &sql);
    /// Runs a query and returns every row as a list of column values.
    Result<QList<QVariantList>> select(const QString &sql);
    /// Runs a query and calls @p onRow for each row (positioned on it), without copying the
    /// rows: for large results such as 10,000 history rows.
    Result<void> forEachRow(const QString &sql, const std::function<void(const QSqlQuery &row)> &onRow);

    /// "PostgreSQL 15.18" / "SQLite 3.40.1".
    Result<QString> serverVersion();

    QSqlDatabase &database() { return m_db; }

private:
    Connection(DatabaseUrl url, QSqlDatabase db, QString name);

    DatabaseUrl m_url;
    QSqlDatabase m_db;
    QString m_name;
    bool m_missingDatabase = false;
};

/// A libpq connection-string value, quoted when it holds spaces, quotes or backslashes.
QString conninfoValue(const QString &value);

/// A string as an SQL literal: 'it''s'.
QString sqlLiteral(const QString &value);

/// Whether @p error is the server refusing the credentials (a wrong or missing password),
/// as opposed to an unreachable server: the studio then asks for the password again.
bool isAuthenticationFailure(const Error &error);

} // namespace strata
