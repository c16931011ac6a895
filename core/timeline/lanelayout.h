// SPDX-License-Identifier: MIT
#pragma once

#include "graph/revisiongraph.h"

#include <QList>

namespace strata {

/// One row of the revision timeline: where its node sits and which lines cross the row, in
/// lane (column) numbers. The studio's timeline only draws this; all the decisions are here.
struct LaneRow
{
    int revision = -1;       ///< graph index
    int lane = 0;            ///< the node's column
    QList<int> passing;      ///< lanes whose line runs straight through the row
    QList<int> incoming;     ///< lanes above whose line ends in the node (children of it)
    QList<int> outgoing;     ///< lanes below that a line from the node starts (its parents)
    int width = 1;           ///< columns in use in this row

    friend bool operator==(const LaneRow &, const LaneRow &) = default;
};

/// Lays out @p graph like a git history view: rows newest first (reverse topological
/// order), a head opens a lane, a branch point joins the lanes of its children, a merge opens
/// one lane per further parent, and freed lanes are reused from the left. Pure; O(rows × lanes).
QList<LaneRow> layoutLanes(const RevisionGraph &graph);

} // namespace strata
