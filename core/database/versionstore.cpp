// SPDX-License-Identifier: MIT
#include "versionstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

Error concurrentChange(const QString &what)
{
    return Error(ErrorCode::Lock, u"the version table changed during this run (%1)"_s.arg(what),
                 u"another process is migrating this database; wait for it and run the command again"_s);
}

QDateTime toUtc(const QVariant &value)
{
    QDateTime time = value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                            : QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

bool toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().toLower();
        return text == u"1"_s || text == u"t"_s || text == u"true"_s;
    }
    return value.toBool();
}

} // namespace

VersionStore::VersionStore(Connection &connection, const QString &versionTable)
    : m_connection(connection)
    , m_sql(connection.dialect(), versionTable)
{
}

Result<bool> VersionStore::hasTables()
{
    if (m_hasTables)
        return *m_hasTables;
    STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(m_sql.tablesExist()));
    const bool version = toBool(rows->value(0).value(0));
    const bool history = toBool(rows->value(0).value(1));
    if (version != history)
        return fail(ErrorCode::Integrity,
                    u"table %1 exists but %2 does not"_s.arg(version ? m_sql.versionTable() : m_sql.historyTable(),
                                                              version ? m_sql.historyTable() : m_sql.versionTable()),
                    u"was the database migrated by another tool with the same table name? Set "
                    u"[project].version_table, or create the missing table"_s);
    // Only remember a positive answer: a missing table may be created by another run.
    if (version)
        m_hasTables = true;
    return version;
}

Result<void> VersionStore::ensureTables()
{
    STRATA_ASSIGN_OR_RETURN(exists, hasTables());
    if (*exists)
        return {};
    // Both tables appear together or not at all, even to a reader that does not lock.
    const bool pg = m_connection.dialect() == Dialect::Postgres;
    STRATA_TRY(m_connection.exec(pg ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s));
    for (const QString &statement : m_sql.createTables()) {
        if (auto created = m_connection.exec(statement); !created) {
            (void)m_connection.exec(u"ROLLBACK"_s);
            return fail(created.error());
        }
    }
    STRATA_TRY(m_connection.exec(u"COMMIT"_s));
    m_hasTables = true;
    return {};
}

Result<QStringList> VersionStore::heads()
{
    STRATA_ASSIGN_OR_RETURN(exists, hasTables());
    if (!*exists)
        return QStringList();
    STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(m_sql.selectHeads()));
    QStringList heads;
    for (const QVariantList &row : *rows)
        heads << row.value(0).toString();
    return heads;
}

Result<QHash<QString, LatestRecord>> VersionStore::latestRecords()
{
    STRATA_ASSIGN_OR_RETURN(exists, hasTables());
    if (!*exists)
        return QHash<QString, LatestRecord>();
    QHash<QString, LatestRecord> byRevision;
    STRATA_TRY(m_connection.forEachRow(m_sql.selectLatestRecords(), [&byRevision](const QSqlQuery &row) {
        LatestRecord record;
        record.id = row.value(0).toLongLong();
        record.direction = row.value(2).toString();
        record.checksum = row.value(3).toString();
        record.success = toBool(row.value(4));
        if (!record.success)
            record.error = row.value(5).toString();
        byRevision.insert(row.value(1).toString(), std::move(record));
    }));
    return byRevision;
}

Result<QList<HistoryRecord>> VersionStore::history(int limit)
{
    STRATA_ASSIGN_OR_RETURN(exists, hasTables());
    if (!*exists)
        return QList<HistoryRecord>();
    return readRecords(m_sql.selectHistory(limit));
}

Result<QList<HistoryRecord>> VersionStore::historyOf(const QString &revision)
{
    STRATA_ASSIGN_OR_RETURN(exists, hasTables());
    if (!*exists)
        return QList<HistoryRecord>();
    return readRecords(m_sql.selectHistoryOf(revision));
}

Result<QList<HistoryRecord>> VersionStore::readRecords(const QString &sql)
{
    STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(sql));
    QList<HistoryRecord> records;
    records.reserve(rows->size());
    for (const QVariantList &row : *rows) {
        HistoryRecord r;
        r.id = row.value(0).toLongLong();
        r.revision = row.value(1).toString();
        r.downRevision = row.value(2).toString();
        r.direction = row.value(3).toString();
        r.checksum = row.value(4).toString();
        r.message = row.value(5).toString();
        r.appliedAt = toUtc(row.value(6));
        r.appliedBy = row.value(7).toString();
        r.durationMs = row.value(8).toLongLong();
        r.success = toBool(row.value(9));
        r.error = row.value(10).toString();
        r.backupId = row.value(11).toString();
        r.toolVersion = row.value(12).toString();
        records.append(std::move(r));
    }
    return records;
}

Result<void> VersionStore::moveHeads(const QStringList &removed, const QStringList &added)
{
    for (const BookkeepingStatement &statement : m_sql.moveHeads(removed, added)) {
        auto count = m_connection.exec(statement.sql);
        if (!count)
            return fail(concurrentChange(count.error().message()));
        if (statement.mustAffectOneRow && *count != 1)
            return fail(concurrentChange(u"expected row missing: %1"_s.arg(statement.sql)));
    }
    return {};
}

Result<void> VersionStore::record(const HistoryRecord &record)
{
    STRATA_TRY(m_connection.exec(m_sql.insertHistory(record)));
    return {};
}

} // namespace strata
