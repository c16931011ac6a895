// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace strata {

enum class Direction { Up, Down };

/// One revision to apply (Up) or revert (Down), by graph index.
struct PlanStep
{
    int revision = -1;
    Direction direction = Direction::Up;

    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

/// An ordered list of steps taking a database from one applied set to another. Every prefix
/// of the list leaves a valid state (ancestor-closed), so a run can stop after any step.
struct MigrationPlan
{
    QList<PlanStep> steps;
    QList<int> fromHeads; ///< version-table rows before, in topological order
    QList<int> toHeads;   ///< version-table rows after

    bool isEmpty() const { return steps.isEmpty(); }
    int count(Direction direction) const;
};

} // namespace strata
