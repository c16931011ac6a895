// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// A column's type as PostgreSQL's parser reads it: `varchar(50)` is {"varchar", {50}},
/// `integer` is {"int4", {}}.
struct ColumnType
{
    QString name;
    QList<int> modifiers;
    bool array = false;
    bool operator==(const ColumnType &) const = default;
};

/// What the migrations so far made each column, by unqualified table and column name (case
/// folded). Copies are cheap: tables are shared until one of them changes.
class ColumnTypes
{
public:
    std::optional<ColumnType> find(const QString &table, const QString &column) const;
    void set(const QString &table, const QString &column, const ColumnType &type);
    void dropColumn(const QString &table, const QString &column);
    void renameColumn(const QString &table, const QString &column, const QString &to);
    void dropTable(const QString &table);
    void renameTable(const QString &table, const QString &to);
    /// Adds @p other's tables; a table both know takes @p other's columns.
    void merge(const ColumnTypes &other);

    bool isEmpty() const { return m_tables.isEmpty(); }
    /// "table.column" for every column known, sorted: for tests and messages.
    QStringList columns() const;

private:
    QHash<QString, QHash<QString, ColumnType>> m_tables;
};

} // namespace strata
