// SPDX-License-Identifier: MIT
#pragma once

#include "revisiongraph.h"

namespace strata {

/// Which revisions a database has applied, derived from its version-table rows the way
/// Alembic does it: a revision is applied when it is a row or an ancestor of a row.
struct AppliedState
{
    RevisionSet applied;      ///< one flag per graph index
    QList<int> rows;          ///< revisions named by version-table rows, in topological order
    QStringList unknownRows;  ///< rows naming no revision file (a deleted or unpulled file)

    static AppliedState fromRows(const RevisionGraph &graph, const QStringList &rowIds);

    bool isApplied(int index) const { return applied.at(index); }
    /// The version-table rows as ids: those without a file first, then the known ones.
    QStringList rowIds(const RevisionGraph &graph) const;
    int appliedCount() const;
};

} // namespace strata
