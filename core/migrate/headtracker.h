// SPDX-License-Identifier: MIT
#pragma once

#include "graph/migrationplan.h"
#include "graph/revisiongraph.h"

namespace strata {

/// Follows the version-table rows through a plan, step by step, the way Alembic keeps
/// `alembic_version`: the rows are the heads of the applied set. Rows naming unknown
/// revisions are carried along untouched.
class HeadTracker
{
public:
    struct Move
    {
        QStringList removed;
        QStringList added;
    };

    HeadTracker(const RevisionGraph &graph, RevisionSet applied, QStringList rows);

    /// The row changes of @p step, after which the tracker reflects the new state.
    Move apply(const PlanStep &step);
    const QStringList &rows() const { return m_rows; }

private:
    const RevisionGraph &m_graph;
    RevisionSet m_applied;
    QStringList m_rows;
};

} // namespace strata
