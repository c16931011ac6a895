// SPDX-License-Identifier: MIT
// The per-dialect halves of the linter: each reads one statement and says which rules it
// breaks. linter.cpp splits, applies ignores and settings.
#pragma once

#include "linter.h"

namespace strata {

/// A rule broken by one statement, before ignores and settings are applied.
struct RuleHit
{
    QString rule;
    QString detail;
};

/// Reads PostgreSQL statements in order with libpg_query, remembering what earlier ones
/// created: an index on a table created in the same migration locks nobody out, and a
/// column's type is known when an ALTER changes it.
class PostgresStatementRules
{
public:
    /// @p lockTimeoutDisabled: [database].lock_timeout is 0, so Strata sets no limit.
    /// @p columnTypes: what earlier migrations made the columns.
    PostgresStatementRules(bool transactional, bool lockTimeoutDisabled, ColumnTypes columnTypes = {});
    QList<RuleHit> check(const QString &statement);
    /// The column types after the statements checked so far.
    const ColumnTypes &columnTypes() const { return m_columnTypes; }

private:
    bool m_transactional;
    bool m_lockTimeoutDisabled;
    QSet<QString> m_createdTables;  ///< lower-case, unqualified
    QSet<QString> m_createdIndexes;
    QHash<QString, QString> m_notNullChecks;
    QSet<QString> m_provenNotNull;
    ColumnTypes m_columnTypes;
};

/// The rules that apply to SQLite, on SQLite's tokens.
class SqliteStatementRules
{
public:
    explicit SqliteStatementRules(bool transactional)
        : m_transactional(transactional)
    {
    }
    QList<RuleHit> check(const QString &statement);

private:
    bool m_transactional;
    QSet<QString> m_createdTables;
};

} // namespace strata
