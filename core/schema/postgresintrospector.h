// SPDX-License-Identifier: MIT
#pragma once

#include "schema.h"

#include "util/result.h"

namespace strata {

class Connection;

/// Reads a PostgreSQL database's schema from its catalogs into the schema model: every
/// table, view, sequence and enum outside the system schemas, except objects that belong
/// to an extension and the tables named in @p excludedTables (Strata's own bookkeeping,
/// "strata_version" or "schema.table"). A handful of catalog queries, whatever the size of
/// the schema. Blocks; uses @p connection on the calling thread.
Result<Schema> readPostgresSchema(Connection &connection, const QStringList &excludedTables = {});

} // namespace strata
