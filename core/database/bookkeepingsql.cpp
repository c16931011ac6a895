// SPDX-License-Identifier: MIT
#include "bookkeepingsql.h"

#include "connection.h"

using namespace Qt::StringLiterals;

namespace strata {

namespace {

const QString historyColumns = u"id, revision, down_revision, direction, checksum, message, applied_at, "
                               u"applied_by, duration_ms, success, error, backup_id, tool_version"_s;

QString nullableLiteral(const QString &value)
{
    return value.isEmpty() ? u"NULL"_s : sqlLiteral(value);
}

} // namespace

BookkeepingSql::BookkeepingSql(Dialect dialect, QString versionTable)
    : m_dialect(dialect)
    , m_versionTable(std::move(versionTable))
{
}

QStringList BookkeepingSql::createTables() const
{
    const bool pg = m_dialect == Dialect::Postgres;
    const QString history = historyTable();
    const QString unqualified = history.section(u'.', -1);
    return {
        u"CREATE TABLE IF NOT EXISTS %1 (\n"
        u"    version_num VARCHAR(32) NOT NULL,\n"
        u"    CONSTRAINT %2_pkc PRIMARY KEY (version_num)\n"
        u")"_s.arg(m_versionTable, m_versionTable.section(u'.', -1)),
        u"CREATE TABLE IF NOT EXISTS %1 (\n"
        u"    id %2,\n"
        u"    revision VARCHAR(32) NOT NULL,\n"
        u"    down_revision TEXT,\n"
        u"    direction VARCHAR(8) NOT NULL,\n"
        u"    checksum VARCHAR(64),\n"
        u"    message TEXT,\n"
        u"    applied_at %3 NOT NULL,\n"
        u"    applied_by TEXT,\n"
        u"    duration_ms BIGINT,\n"
        u"    success BOOLEAN NOT NULL,\n"
        u"    error TEXT,\n"
        u"    backup_id TEXT,\n"
        u"    tool_version TEXT\n"
        u")"_s.arg(history,
                   pg ? u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s
                      : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s,
                   pg ? u"TIMESTAMP WITH TIME ZONE"_s : u"TEXT"_s),
        u"CREATE INDEX IF NOT EXISTS %1_revision_idx ON %2 (revision, id)"_s.arg(unqualified, history),
    };
}

QString BookkeepingSql::selectHeads() const
{
    return u"SELECT version_num FROM %1"_s.arg(m_versionTable);
}

QString BookkeepingSql::selectLatestRecords() const
{
    return u"SELECT id, revision, direction, checksum, success, error FROM %1 "
           u"WHERE id IN (SELECT MAX(id) FROM %1 GROUP BY revision)"_s.arg(historyTable());
}

QString BookkeepingSql::selectHistory(int limit) const
{
    QString sql = u"SELECT %1 FROM %2 ORDER BY id DESC"_s.arg(historyColumns, historyTable());
    if (limit > 0)
        sql += u" LIMIT "_s + QString::number(limit);
    return sql;
}

QString BookkeepingSql::selectHistoryOf(const QString &revision) const
{
    return u"SELECT %1 FROM %2 WHERE revision = %3 ORDER BY id DESC"_s.arg(historyColumns, historyTable(),
                                                                          sqlLiteral(revision));
}

QString BookkeepingSql::tablesExist() const
{
    if (m_dialect == Dialect::Postgres)
        return u"SELECT to_regclass(%1) IS NOT NULL, to_regclass(%2) IS NOT NULL"_s.arg(sqlLiteral(m_versionTable),
                                                                                      sqlLiteral(historyTable()));
    const QString exists = u"EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %1)"_s;
    return u"SELECT "_s + exists.arg(sqlLiteral(m_versionTable.section(u'.', -1))) + u", "_s
           + exists.arg(sqlLiteral(historyTable().section(u'.', -1)));
}

QList<BookkeepingStatement> BookkeepingSql::moveHeads(const QStringList &removed, const QStringList &added) const
{
    if (removed.size() == 1 && added.size() == 1)
        return {{u"UPDATE %1 SET version_num = %2 WHERE version_num = %3"_s.arg(m_versionTable, sqlLiteral(added.first()),
                                                                                sqlLiteral(removed.first())),
                 true}};
    QList<BookkeepingStatement> statements;
    for (const QString &revision : removed)
        statements.append({u"DELETE FROM %1 WHERE version_num = %2"_s.arg(m_versionTable, sqlLiteral(revision)), true});
    for (const QString &revision : added)
        statements.append({u"INSERT INTO %1 (version_num) VALUES (%2)"_s.arg(m_versionTable, sqlLiteral(revision)), false});
    return statements;
}

QString BookkeepingSql::insertHistory(const HistoryRecord &r) const
{
    const bool pg = m_dialect == Dialect::Postgres;
    const QString now = pg ? u"clock_timestamp()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s;
    const QString success = pg ? (r.success ? u"TRUE"_s : u"FALSE"_s) : (r.success ? u"1"_s : u"0"_s);
    // One arg() call: chained calls would rescan inserted text for "%N" markers.
    return u"INSERT INTO %1 (revision, down_revision, direction, checksum, message, applied_at, applied_by, "
           u"duration_ms, success, error, backup_id, tool_version) VALUES (%2, %3, %4, %5, %6, %7, %8, %9, "
           u"%10, %11, %12, %13)"_s.arg(historyTable(), sqlLiteral(r.revision), nullableLiteral(r.downRevision),
                                         sqlLiteral(r.direction), nullableLiteral(r.checksum),
                                         nullableLiteral(r.message), now, nullableLiteral(r.appliedBy),
                                         QString::number(r.durationMs), success, nullableLiteral(r.error),
                                         nullableLiteral(r.backupId), nullableLiteral(r.toolVersion));
}

} // namespace strata
