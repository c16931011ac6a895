// SPDX-License-Identifier: MIT
#pragma once

#include "schema.h"

#include "util/result.h"

namespace strata {

class Connection;

/// Reads a SQLite database's schema into the schema model from sqlite_schema and its
/// pragmas (table_xinfo, index_list, index_info, foreign_key_list); what they leave out
/// (constraint names, CHECKs, collations, generated expressions, index expressions) comes
/// from the stored CREATE statements. Tables in @p excludedTables (Strata's bookkeeping)
/// and SQLite's own are left out. Every table is in schema "main". Blocks.
Result<Schema> readSqliteSchema(Connection &connection, const QStringList &excludedTables = {});

} // namespace strata
