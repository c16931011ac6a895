// SPDX-License-Identifier: MIT
#pragma once

#include "schemachange.h"

#include <QList>

namespace strata {

/// The changes that turn @p from into @p to, in an order that can be applied as it stands:
/// views and foreign keys are dropped first and recreated last, enum types exist before the
/// columns that use them, tables before the constraints and indexes on them. The downgrade
/// is the inverse of every change, in reverse order (downgradeOf). Objects are matched by
/// schema and name; a renamed object shows as a drop and a create. Pure.
QList<SchemaChange> diffSchemas(const Schema &from, const Schema &to);

/// Drops and adds in @p changes that may be one rename: a column dropped and one of the same
/// type and nullability added to the same table, or a table dropped and one with the same
/// columns created. Strata never guesses a rename: these are flagged for the reviewer, as
/// "users.name -> users.full_name".
QStringList possibleRenames(const QList<SchemaChange> &changes);

/// The changes that undo @p upgrade.
QList<SchemaChange> downgradeOf(const QList<SchemaChange> &upgrade);

} // namespace strata
