// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"

#include <QList>
#include <QString>

namespace strata {

/// One statement of a script and the 1-based file line it starts on.
struct SqlStatement
{
    QString text;
    int line = 1;

    friend bool operator==(const SqlStatement &, const SqlStatement &) = default;
};

/// Splits a migration section into statements the way the server would read them.
/// PostgreSQL uses libpg_query, the server's own grammar (dollar-quoted bodies, DO blocks,
/// BEGIN ATOMIC functions), falling back to its scanner when the script has a syntax error,
/// so that the server reports that error on the right statement. SQLite uses
/// sqlite3_complete(), which knows CREATE TRIGGER ... BEGIN ... END. Statements that are
/// only comments are dropped. @p firstLine is the file line the script starts on.
/// Pure and thread-safe.
QList<SqlStatement> splitStatements(Dialect dialect, const QString &script, int firstLine = 1);

} // namespace strata
