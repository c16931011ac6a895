// SPDX-License-Identifier: MIT
#include "headtracker.h"

#include <algorithm>

namespace strata {

HeadTracker::HeadTracker(const RevisionGraph &graph, RevisionSet applied, QStringList rows)
    : m_graph(graph)
    , m_applied(std::move(applied))
    , m_rows(std::move(rows))
{
}

HeadTracker::Move HeadTracker::apply(const PlanStep &step)
{
    Move move;
    const QString &id = m_graph.at(step.revision).id;
    if (step.direction == Direction::Up) {
        // Parents stop being heads; the revision becomes one.
        for (int parent : m_graph.parents(step.revision)) {
            const QString &parentId = m_graph.at(parent).id;
            if (m_rows.contains(parentId))
                move.removed << parentId;
        }
        move.added << id;
        m_applied[step.revision] = true;
    } else {
        move.removed << id;
        m_applied[step.revision] = false;
        // A parent becomes a head again once none of its children is applied.
        for (int parent : m_graph.parents(step.revision)) {
            const QList<int> &children = m_graph.children(parent);
            const bool childApplied = std::any_of(children.begin(), children.end(),
                                                  [this](int child) { return m_applied[child]; });
            if (m_applied[parent] && !childApplied)
                move.added << m_graph.at(parent).id;
        }
    }
    for (const QString &removed : std::as_const(move.removed))
        m_rows.removeOne(removed);
    m_rows << move.added;
    return move;
}

} // namespace strata
