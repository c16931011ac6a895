// SPDX-License-Identifier: MIT
#pragma once

#include "changescript.h"

namespace strata {

/// Renders @p changes, which lead from @p source to @p target, as PostgreSQL statements in
/// order. The schemas tell which sequences serial columns own and which columns use an enum
/// type that must be rebuilt. Identifiers are quoted only where PostgreSQL needs it; objects
/// in schema "public" are written unqualified. Pure.
ChangeScript renderPostgres(const QList<SchemaChange> &changes, const Schema &source, const Schema &target);

/// @p name as a PostgreSQL identifier: bare when it is lower-case and not reserved, else
/// double-quoted.
QString postgresIdentifier(const QString &name);

} // namespace strata
