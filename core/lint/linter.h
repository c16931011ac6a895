// SPDX-License-Identifier: MIT
#pragma once

#include "columntypes.h"
#include "config/databaseurl.h"
#include "lintrule.h"

#include <QSet>

namespace strata {

/// One thing a rule found in a migration.
struct LintFinding
{
    QString rule;
    Severity severity = Severity::Error;
    int line = 0;       ///< in the file: where the statement (or the ignore comment) starts
    QString statement;  ///< the statement as written
    QString detail;     ///< what exactly: "drops column users.legacy_code"
};

/// One section of SQL to review, as migrate would run it.
struct LintInput
{
    Dialect dialect = Dialect::Postgres;
    QString sql;
    int firstLine = 1;          ///< the file line the section starts on
    bool transactional = true;  ///< the revision's header
    bool lockTimeoutDisabled = false; ///< [database].lock_timeout = 0: migrations wait for locks forever
    ColumnTypes columnTypes = {};     ///< before the section runs, so a narrowing ALTER TYPE is seen
};

/// What strata.toml's [lint] says: rules turned off, severities changed.
struct LintSettings
{
    QSet<QString> disabled;
    QHash<QString, Severity> severities;
};

/// Reviews @p input statement by statement, on the parse tree (libpg_query for PostgreSQL,
/// SQLite's tokens for SQLite), never on the text: words inside string literals, comments or
/// function bodies do not count. Honours `-- strata:ignore <rule-id>[, <rule-id>]` on the
/// statement's lines or the lines just before it, and reports an ignore that silences
/// nothing. Findings come in statement order. Pure.
/// @p typesAfter, when given, receives the column types after the section (see replayColumnTypes).
QList<LintFinding> lintSql(LintInput input, const LintSettings &settings = {},
                           ColumnTypes *typesAfter = nullptr);

/// The column types after @p sql runs on top of @p before: CREATE TABLE, ADD, DROP, RENAME
/// and ALTER COLUMN TYPE replayed from the parse tree. PostgreSQL only: SQLite has no
/// ALTER COLUMN TYPE to narrow with, and gets @p before back.
ColumnTypes replayColumnTypes(Dialect dialect, const QString &sql, ColumnTypes before);

} // namespace strata
