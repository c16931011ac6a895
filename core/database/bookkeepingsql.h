// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "historyrecord.h"

#include <QStringList>

namespace strata {

/// A bookkeeping statement and whether it must change exactly one row (compare-and-swap).
struct BookkeepingStatement
{
    QString sql;
    bool mustAffectOneRow = false;
};

/// Renders the statements that maintain Strata's bookkeeping tables (DESIGN §4): the
/// version table in Alembic's shape and the history table. One place for this SQL, used by
/// live runs and by `migrate --sql` output alike. Values are rendered as literals.
class BookkeepingSql
{
public:
    BookkeepingSql(Dialect dialect, QString versionTable);

    const QString &versionTable() const { return m_versionTable; }
    QString historyTable() const { return m_versionTable + QStringLiteral("_history"); }

    /// CREATE TABLE IF NOT EXISTS for both tables and the history index.
    QStringList createTables() const;
    QString selectHeads() const;
    /// id, revision, direction, checksum, success, error of every revision's latest row.
    QString selectLatestRecords() const;
    /// Every history row, newest first, at most @p limit (0 = all).
    QString selectHistory(int limit) const;
    /// Every history row of @p revision, newest first.
    QString selectHistoryOf(const QString &revision) const;
    /// One row: whether the version table exists, whether the history table exists (one
    /// snapshot, so a concurrent creation is never seen half done).
    QString tablesExist() const;

    /// The compare-and-swap that replaces version rows @p removed by @p added: a single UPDATE
    /// for a one-for-one move (the linear case), else DELETEs then INSERTs. An INSERT of an
    /// existing row fails on the primary key, which is the swap's check for it.
    QList<BookkeepingStatement> moveHeads(const QStringList &removed, const QStringList &added) const;
    /// The history row; applied_at is the server's clock at insert time.
    QString insertHistory(const HistoryRecord &record) const;

private:
    Dialect m_dialect;
    QString m_versionTable;
};

} // namespace strata
