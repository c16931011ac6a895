// SPDX-License-Identifier: MIT
#pragma once

#include "changescript.h"

namespace strata {

/// Renders @p changes, which lead from @p source to @p target, as SQLite statements.
///
/// What SQLite's ALTER TABLE can do is done with it: add a plain column, drop an unreferenced
/// one, rename. Anything else on a table (a column's type, nullability or default, a
/// constraint, a primary key) rebuilds the table as SQLite documents it: create the new
/// table, copy every row, drop the old one, rename the new one into place, then create its
/// indexes and triggers again. Tables are created whole, with their foreign keys, since SQLite
/// cannot add one later. The script relies on the migrator running it with foreign keys
/// off and checking them before it commits. Pure.
ChangeScript renderSqlite(const QList<SchemaChange> &changes, const Schema &source, const Schema &target);

/// @p name as a SQLite identifier: bare when it is a plain word and not a keyword, else
/// double-quoted.
QString sqliteIdentifier(const QString &name);

} // namespace strata
