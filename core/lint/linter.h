// SPDX-License-Identifier: MIT
#pragma once

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
QList<LintFinding> lintSql(const LintInput &input, const LintSettings &settings = {});

} // namespace strata
