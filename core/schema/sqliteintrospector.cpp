// SPDX-License-Identifier: MIT
#include "sqliteintrospector.h"

#include "database/connection.h"
#include "sqlitedefinition.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

const QString MainSchema = u"main"_s;

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString nameFor(const QList<SqliteDefinition::TableDetails::NamedColumns> &named, const QStringList &columns)
{
    for (const auto &entry : named) {
        if (entry.columns == columns)
            return entry.name;
    }
    return {};
}

class SqliteSchemaReader
{
public:
    explicit SqliteSchemaReader(Connection &connection)
        : m_connection(connection)
    {
    }

    Result<Table> readTable(const QString &name, const QString &createSql)
    {
        const SqliteDefinition::TableDetails details = SqliteDefinition::parseTable(createSql);
        Table table;
        table.schema = MainSchema;
        table.name = name;

        STRATA_ASSIGN_OR_RETURN(columns, m_connection.select(u"PRAGMA table_xinfo(%1)"_s.arg(quoted(name))));
        QMap<int, QString> primaryKey; // position in the key -> column
        for (const QVariantList &row : *columns) {
            Column column;
            column.name = row.at(1).toString();
            column.type = row.at(2).toString();
            column.notNull = row.at(3).toBool();
            column.defaultExpression = row.at(4).isNull() ? QString() : row.at(4).toString();
            if (const int pk = row.at(5).toInt(); pk > 0)
                primaryKey.insert(pk, column.name);
            if (const auto *parsed = details.column(column.name)) {
                column.collation = parsed->collation;
                // table_xinfo's "hidden" is 2 for a virtual generated column, 3 for a stored one.
                if (row.at(6).toInt() >= 2) {
                    column.generatedExpression = parsed->generatedExpression;
                    column.generatedVirtual = row.at(6).toInt() == 2;
                }
                // AUTOINCREMENT is SQLite's identity: ids are never reused.
                if (parsed->autoincrement)
                    column.identity = Column::Identity::ByDefault;
            }
            table.columns.append(column);
        }
        table.options = details.options;
        if (!primaryKey.isEmpty())
            table.primaryKey = PrimaryKey{details.primaryKeyName, primaryKey.values()};
        for (const auto &check : details.checks)
            table.checks.append({check.name, check.expression});

        STRATA_TRY(readIndexes(table, details));
        STRATA_TRY(readForeignKeys(table, details));
        return table;
    }

    Result<void> readIndexes(Table &table, const SqliteDefinition::TableDetails &details)
    {
        STRATA_ASSIGN_OR_RETURN(indexes, m_connection.select(u"PRAGMA index_list(%1)"_s.arg(quoted(table.name))));
        QList<QVariantList> ordered = *indexes;
        std::sort(ordered.begin(), ordered.end(),
                  [](const QVariantList &a, const QVariantList &b) { return a.at(1).toString() < b.at(1).toString(); });
        for (const QVariantList &row : std::as_const(ordered)) {
            const QString name = row.at(1).toString();
            const QString origin = row.at(3).toString();
            if (origin == u"pk"_s)
                continue;
            if (origin == u"u"_s) {
                STRATA_ASSIGN_OR_RETURN(info, m_connection.select(u"PRAGMA index_info(%1)"_s.arg(quoted(name))));
                QStringList columns;
                for (const QVariantList &column : *info)
                    columns << column.at(2).toString();
                table.uniques.append({nameFor(details.uniques, columns), columns, false, false});
                continue;
            }
            STRATA_ASSIGN_OR_RETURN(sql, m_connection.select(
                u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = %1"_s.arg(sqlLiteral(name))));
            const QString definition = sql->isEmpty() ? QString() : sql->first().at(0).toString();
            const SqliteDefinition::IndexDetails parsed = SqliteDefinition::parseIndex(definition);
            Index index;
            index.name = name;
            index.unique = row.at(2).toBool();
            index.keys = parsed.keys;
            index.predicate = parsed.predicate;
            index.definition = SqliteDefinition::collapseWhitespace(definition);
            table.indexes.append(index);
        }
        std::sort(table.uniques.begin(), table.uniques.end(),
                  [](const UniqueConstraint &a, const UniqueConstraint &b) { return a.columns < b.columns; });
        return {};
    }

    Result<void> readForeignKeys(Table &table, const SqliteDefinition::TableDetails &details)
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(table.name))));
        QMap<int, ForeignKey> keys;
        for (const QVariantList &row : *rows) {
            ForeignKey &key = keys[row.at(0).toInt()];
            key.referencedSchema = MainSchema;
            key.referencedTable = row.at(2).toString();
            key.columns << row.at(3).toString();
            if (!row.at(4).isNull())
                key.referencedColumns << row.at(4).toString();
            key.onUpdate = row.at(5).toString();
            key.onDelete = row.at(6).toString();
        }
        // SQLite numbers foreign keys from the last one declared.
        for (auto it = keys.end(); it != keys.begin();) {
            --it;
            for (const auto &declared : details.foreignKeys) {
                if (declared.columns == it->columns) {
                    it->name = declared.name;
                    it->deferrable = declared.deferrable;
                    it->initiallyDeferred = declared.initiallyDeferred;
                    break;
                }
            }
            table.foreignKeys.append(*it);
        }
        return {};
    }

private:
    Connection &m_connection;
};

} // namespace

Result<Schema> readSqliteSchema(Connection &connection, const QStringList &excludedTables)
{
    if (connection.dialect() != Dialect::Sqlite)
        return fail(ErrorCode::Usage, u"readSqliteSchema needs a SQLite connection"_s);
    Schema schema;
    if (connection.isMissingDatabase())
        return schema;
    SqliteSchemaReader reader(connection);
    const auto read = [&]() -> Result<void> {
        STRATA_ASSIGN_OR_RETURN(objects, connection.select(
            u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
            u"AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s));
        for (const QVariantList &row : *objects) {
            const QString name = row.at(1).toString();
            const QString sql = row.at(2).toString();
            if (row.at(0).toString() == u"view"_s) {
                schema.views.append({MainSchema, name, SqliteDefinition::viewBody(sql), false, {}, {},
                                     SqliteDefinition::viewColumns(sql)});
                continue;
            }
            if (excludedTables.contains(name) || excludedTables.contains(MainSchema + u'.' + name))
                continue;
            STRATA_ASSIGN_OR_RETURN(table, reader.readTable(name, sql));
            schema.tables.append(*std::move(table));
        }
        STRATA_ASSIGN_OR_RETURN(triggers, connection.select(
            u"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s));
        for (const QVariantList &row : *triggers) {
            const QString table = row.at(1).toString();
            if (!excludedTables.contains(table) && !excludedTables.contains(MainSchema + u'.' + table))
                schema.triggers.append({MainSchema, row.at(0).toString(), table, row.at(2).toString()});
        }
        // SQLite records no dependencies: a view reads the tables and views its text names.
        for (View &view : schema.views) {
            const QStringList mentioned = SqliteDefinition::names(view.definition);
            for (const Table &table : std::as_const(schema.tables)) {
                if (mentioned.contains(table.name, Qt::CaseInsensitive))
                    view.tables << MainSchema + u'.' + table.name;
            }
            for (const View &other : std::as_const(schema.views)) {
                if (other.name != view.name && mentioned.contains(other.name, Qt::CaseInsensitive))
                    view.tables << MainSchema + u'.' + other.name;
            }
            view.tables.sort();
        }
        return {};
    };
    if (auto done = read(); !done)
        return fail(std::move(done.error().addContext(u"reading the schema of %1"_s.arg(connection.url().redacted()))));
    return schema;
}

} // namespace strata
