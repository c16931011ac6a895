// SPDX-License-Identifier: MIT
#include "changescript.h"

#include "postgresrenderer.h"
#include "sqliterenderer.h"

namespace strata {

ChangeScript renderChanges(Dialect dialect, const QList<SchemaChange> &changes, const Schema &source,
                           const Schema &target)
{
    return dialect == Dialect::Postgres ? renderPostgres(changes, source, target)
                                        : renderSqlite(changes, source, target);
}

} // namespace strata
