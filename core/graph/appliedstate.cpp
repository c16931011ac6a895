// SPDX-License-Identifier: MIT
#include "appliedstate.h"

#include <algorithm>

namespace strata {

AppliedState AppliedState::fromRows(const RevisionGraph &graph, const QStringList &rowIds)
{
    AppliedState state;
    for (const QString &id : rowIds) {
        if (const auto index = graph.indexOf(id))
            state.rows.append(*index);
        else
            state.unknownRows.append(id);
    }
    std::sort(state.rows.begin(), state.rows.end(),
              [&graph](int a, int b) { return graph.topologicalPosition(a) < graph.topologicalPosition(b); });
    state.applied = graph.ancestors(state.rows);
    return state;
}

QStringList AppliedState::rowIds(const RevisionGraph &graph) const
{
    QStringList ids = unknownRows;
    for (int row : rows)
        ids << graph.at(row).id;
    return ids;
}

int AppliedState::appliedCount() const
{
    return int(std::count(applied.begin(), applied.end(), true));
}

} // namespace strata
