// SPDX-License-Identifier: MIT
#include "columntypes.h"

namespace strata {

std::optional<ColumnType> ColumnTypes::find(const QString &table, const QString &column) const
{
    const auto columns = m_tables.constFind(table.toLower());
    if (columns == m_tables.cend())
        return std::nullopt;
    const auto type = columns->constFind(column.toLower());
    return type == columns->cend() ? std::nullopt : std::optional(*type);
}

void ColumnTypes::set(const QString &table, const QString &column, const ColumnType &type)
{
    m_tables[table.toLower()].insert(column.toLower(), type);
}

void ColumnTypes::dropColumn(const QString &table, const QString &column)
{
    if (const auto columns = m_tables.find(table.toLower()); columns != m_tables.end())
        columns->remove(column.toLower());
}

void ColumnTypes::renameColumn(const QString &table, const QString &column, const QString &to)
{
    if (const std::optional<ColumnType> type = find(table, column)) {
        dropColumn(table, column);
        set(table, to, *type);
    }
}

void ColumnTypes::dropTable(const QString &table)
{
    m_tables.remove(table.toLower());
}

void ColumnTypes::renameTable(const QString &table, const QString &to)
{
    if (m_tables.contains(table.toLower()))
        m_tables.insert(to.toLower(), m_tables.take(table.toLower()));
}

void ColumnTypes::merge(const ColumnTypes &other)
{
    if (m_tables.isEmpty()) {
        m_tables = other.m_tables;
        return;
    }
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it)
        m_tables.insert(it.key(), it.value());
}

QStringList ColumnTypes::columns() const
{
    QStringList names;
    for (auto table = m_tables.cbegin(); table != m_tables.cend(); ++table) {
        for (auto column = table->cbegin(); column != table->cend(); ++column)
            names << table.key() + u'.' + column.key();
    }
    names.sort();
    return names;
}

} // namespace strata
