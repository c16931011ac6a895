// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "schemachange.h"

namespace strata {

/// Generated migration SQL for one direction.
struct ChangeScript
{
    QStringList statements;    ///< each complete, without its terminating semicolon
    bool transactional = true; ///< false when a statement must not share a transaction (enum ADD VALUE)
    QStringList notes;         ///< what the reviewer should know, written as comments in the file
};

/// Renders @p changes, which lead from @p source to @p target, as @p dialect's SQL in order
/// (renderPostgres, renderSqlite). Pure.
ChangeScript renderChanges(Dialect dialect, const QList<SchemaChange> &changes, const Schema &source,
                           const Schema &target);

} // namespace strata
