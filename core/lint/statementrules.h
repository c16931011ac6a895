// SPDX-License-Identifier: MIT
// The per-dialect halves of the linter: each reads one statement and says which rules it
// breaks. linter.cpp splits, applies ignores and settings.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace strata {

/// A rule broken by one statement, before ignores and settings are applied.
struct RuleHit
{
    QString rule;
    QString detail;
};

/// Reads PostgreSQL statements in order with libpg_query, remembering what earlier ones
/// created: an index on a table created in the same migration locks nobody out.
class PostgresStatementRules
{
public:
    /// @p lockTimeoutDisabled: [database].lock_timeout is 0, so Strata sets no limit.
    PostgresStatementRules(bool transactional, bool lockTimeoutDisabled);
    QList<RuleHit> check(const QString &statement);

private:
    bool m_transactional;
    bool m_lockTimeoutDisabled;
    QSet<QString> m_createdTables;  ///< lower-case, unqualified
    QSet<QString> m_createdIndexes;
    QHash<QString, QString> m_notNullChecks;
    QSet<QString> m_provenNotNull;
};

/// The rules that apply to SQLite, on SQLite's tokens.
class SqliteStatementRules
{
public:
    QList<RuleHit> check(const QString &statement);

private:
    QSet<QString> m_createdTables;
};

} // namespace strata
