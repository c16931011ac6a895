// SPDX-License-Identifier: MIT
#pragma once

#include "bookkeepingsql.h"
#include "connection.h"

#include <QHash>

namespace strata {

/// Reads and writes a database's bookkeeping tables through a Connection. Reads of a
/// database without the tables return "nothing applied". Writes do not open transactions:
/// the Migrator decides their scope.
class VersionStore
{
public:
    VersionStore(Connection &connection, const QString &versionTable);

    Result<bool> hasTables();
    /// Creates the tables when missing (call under the migration lock).
    Result<void> ensureTables();

    /// The version-table rows: the applied heads.
    Result<QStringList> heads();
    /// The latest history row of each revision, by revision id.
    Result<QHash<QString, LatestRecord>> latestRecords();
    /// The newest @p limit history rows, newest first (0 = all).
    Result<QList<HistoryRecord>> history(int limit = 0);
    /// Every history row of @p revision, newest first.
    Result<QList<HistoryRecord>> historyOf(const QString &revision);

    /// Compare-and-swap on the version table: every row in @p removed must exist and every
    /// row in @p added must not, or ErrorCode::Lock reports that another run changed it.
    Result<void> moveHeads(const QStringList &removed, const QStringList &added);
    Result<void> record(const HistoryRecord &record);

private:
    Result<QList<HistoryRecord>> readRecords(const QString &sql);

    Connection &m_connection;
    BookkeepingSql m_sql;
    std::optional<bool> m_hasTables;
};

} // namespace strata
