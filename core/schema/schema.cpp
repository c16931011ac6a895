// SPDX-License-Identifier: MIT
#include "schema.h"

#include <algorithm>

namespace strata {

namespace {
template<typename List, typename Predicate>
auto findIn(const List &list, Predicate predicate) -> decltype(&list.front())
{
    const auto found = std::find_if(list.begin(), list.end(), predicate);
    return found == list.end() ? nullptr : &*found;
}
} // namespace

const Column *Table::column(const QString &columnName) const
{
    return findIn(columns, [&](const Column &column) { return column.name == columnName; });
}

const Index *Table::index(const QString &indexName) const
{
    return findIn(indexes, [&](const Index &index) { return index.name == indexName; });
}

bool operator==(const Table &a, const Table &b)
{
    if (a.schema != b.schema || a.name != b.name || a.columns.size() != b.columns.size()
        || a.primaryKey != b.primaryKey || a.uniques != b.uniques || a.checks != b.checks
        || a.exclusions != b.exclusions || a.foreignKeys != b.foreignKeys || a.indexes != b.indexes
        || a.comment != b.comment || a.options != b.options)
        return false;
    return std::all_of(a.columns.begin(), a.columns.end(), [&b](const Column &column) {
        const Column *other = b.column(column.name);
        return other && *other == column;
    });
}

const Table *Schema::table(const QString &schema, const QString &name) const
{
    return findIn(tables, [&](const Table &table) { return table.schema == schema && table.name == name; });
}

const View *Schema::view(const QString &schema, const QString &name) const
{
    return findIn(views, [&](const View &view) { return view.schema == schema && view.name == name; });
}

const EnumType *Schema::enumType(const QString &schema, const QString &name) const
{
    return findIn(enums, [&](const EnumType &type) { return type.schema == schema && type.name == name; });
}

const Domain *Schema::domain(const QString &schema, const QString &name) const
{
    return findIn(domains, [&](const Domain &domain) { return domain.schema == schema && domain.name == name; });
}

const Sequence *Schema::sequence(const QString &schema, const QString &name) const
{
    return findIn(sequences, [&](const Sequence &sequence) { return sequence.schema == schema && sequence.name == name; });
}

const Function *Schema::function(const QString &schema, const QString &name, const QString &arguments) const
{
    return findIn(functions, [&](const Function &function) {
        return function.schema == schema && function.name == name && function.arguments == arguments;
    });
}

} // namespace strata
