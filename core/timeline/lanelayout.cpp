// SPDX-License-Identifier: MIT
#include "lanelayout.h"

#include <algorithm>

namespace strata {

namespace {

constexpr int Free = -1;

/// The leftmost free lane, growing the lanes when none is free.
int claimLane(QList<int> &lanes, int revision)
{
    const qsizetype free = lanes.indexOf(Free);
    if (free >= 0) {
        lanes[free] = revision;
        return int(free);
    }
    lanes.append(revision);
    return int(lanes.size() - 1);
}

int width(const QList<int> &lanes)
{
    qsizetype used = lanes.size();
    while (used > 0 && lanes.at(used - 1) == Free)
        --used;
    return int(std::max<qsizetype>(used, 1));
}

} // namespace

QList<LaneRow> layoutLanes(const RevisionGraph &graph)
{
    // lanes[i] is the revision the line in column i is heading for, or Free.
    QList<int> lanes;
    QList<LaneRow> rows;
    rows.reserve(graph.size());
    const QList<int> &order = graph.topologicalOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int revision = *it;
        LaneRow row;
        row.revision = revision;

        // Lines from children above end here; the leftmost becomes the node's lane.
        for (int lane = 0; lane < lanes.size(); ++lane) {
            if (lanes.at(lane) == revision)
                row.incoming.append(lane);
        }
        if (row.incoming.isEmpty()) {
            row.lane = claimLane(lanes, revision); // a head opens a lane
        } else {
            row.lane = row.incoming.first();
            for (int lane : std::as_const(row.incoming))
                lanes[lane] = Free;
            lanes[row.lane] = revision;
        }
        for (int lane = 0; lane < lanes.size(); ++lane) {
            if (lanes.at(lane) != Free && lane != row.lane)
                row.passing.append(lane);
        }

        // Lines to the parents below. The first parent always continues the node's lane, even
        // when another line already heads there: the two converge at the parent, which keeps
        // the main line on the left. Further parents (a merge) join a line already heading
        // there, or open a lane.
        const QList<int> &parents = graph.parents(revision);
        lanes[row.lane] = parents.isEmpty() ? Free : parents.first();
        if (!parents.isEmpty())
            row.outgoing.append(row.lane);
        for (qsizetype p = 1; p < parents.size(); ++p) {
            qsizetype lane = lanes.indexOf(parents.at(p));
            if (lane < 0)
                lane = claimLane(lanes, parents.at(p));
            if (!row.outgoing.contains(int(lane)))
                row.outgoing.append(int(lane));
        }
        row.width = std::max(width(lanes), row.lane + 1);
        for (int lane : std::as_const(row.incoming))
            row.width = std::max(row.width, lane + 1);
        rows.append(row);
    }
    return rows;
}

} // namespace strata
