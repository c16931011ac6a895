// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QDir>
#include <QList>
#include <QPair>
#include <QString>

namespace strata {

enum class Dialect { Sqlite, Postgres };

QString dialectName(Dialect dialect);

/// A database address in SQLAlchemy's URL form (DESIGN §2):
/// `postgresql://user[:pass]@host[:port]/db?sslmode=...`, `sqlite:///relative.db`,
/// `sqlite:////absolute.db`, `sqlite://` (in memory). A value type; parse() never throws.
class DatabaseUrl
{
public:
    /// Parses @p text. Relative SQLite paths are kept relative; see sqlitePath().
    static Result<DatabaseUrl> parse(const QString &text);
    /// A PostgreSQL URL from its parts, as a connection form collects them (port 0: default).
    static DatabaseUrl postgres(const QString &host, int port, const QString &user, const QString &database,
                                const QList<QPair<QString, QString>> &parameters = {});
    /// A SQLite URL for the file @p path (relative to the project directory, or absolute).
    static DatabaseUrl sqlite(const QString &path);

    Dialect dialect() const { return m_dialect; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; } ///< 0 when not given
    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    /// A password in the user part or as a `password=` parameter.
    bool hasPassword() const;
    /// The password libpq would use from this URL: the user part's, else the parameter's.
    QString effectivePassword() const;
    /// PostgreSQL: the database name. SQLite: the path as written (empty in memory).
    const QString &database() const { return m_database; }
    /// Query parameters in order (libpq keywords for PostgreSQL, e.g. sslmode).
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }

    bool isInMemory() const { return m_dialect == Dialect::Sqlite && m_database.isEmpty(); }
    /// The SQLite file, relative paths resolved against @p baseDir (the project directory).
    QString sqlitePath(const QDir &baseDir) const;

    DatabaseUrl withPassword(const QString &password) const;
    /// The URL with no password anywhere: neither in the user part nor as a parameter.
    DatabaseUrl withoutPassword() const;
    DatabaseUrl withDatabase(const QString &database) const;

    /// The URL as the user wrote it, but with any password shown as `***`. Safe to print.
    QString redacted() const;
    /// The full URL including the password. Never log or print it.
    QString toString() const;

private:
    QString render(bool includePassword) const;

    Dialect m_dialect = Dialect::Sqlite;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace strata
