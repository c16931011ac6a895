// SPDX-License-Identifier: MIT
// What an ALTER COLUMN ... TYPE does to the rows already there, judged from the column's old
// and new PostgreSQL types.
#pragma once

#include "linter.h"

namespace strata {

/// The same type under the name PostgreSQL's catalog gives it: serial is int4.
ColumnType canonicalType(ColumnType type);

/// The type as a user writes it: "varchar(50)", "bigint", "numeric(10,2)[]".
QString displayType(const ColumnType &type);

/// Why some values of @p from cannot be stored as @p to without being cut, rounded or
/// refused, or an empty string when every value fits. Only conversions within a family
/// (numbers, strings, times) are judged: across families nothing is claimed.
QString narrowing(const ColumnType &from, const ColumnType &to);

/// True when PostgreSQL changes the type in the catalog only, without rewriting or even
/// scanning the table: a longer varchar, varchar to text, more numeric precision at the
/// same scale, more fractional seconds.
bool changesCatalogOnly(const ColumnType &from, const ColumnType &to);

} // namespace strata
