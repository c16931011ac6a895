// SPDX-License-Identifier: MIT
#pragma once

#include "appliedstate.h"
#include "migrationplan.h"
#include "revisionspec.h"

#include <optional>

namespace strata {

/// Turns a request (`migrate TARGET`, `rollback`, `stamp`) into a MigrationPlan for one
/// database state. Pure: no I/O, holds references to its arguments, which must outlive it.
///
/// Every target resolves to the set of revisions that should be applied afterwards; the plan
/// reverts what leaves that set (children first) and applies what joins it (parents first).
class MigrationPlanner
{
public:
    /// @p appliedOrder ranks applied revisions by when they were applied (higher = later,
    /// from the history table; missing or -1 = unknown, ordered topologically). It decides
    /// which revisions `rollback -s N` and `migrate -N` undo first.
    MigrationPlanner(const RevisionGraph &graph, const AppliedState &state, QList<qint64> appliedOrder = {});

    /// `migrate TARGET`: up to a revision not yet applied, down to one that is; `heads`
    /// applies every branch; `+N` applies the next N pending revisions; `-N` rolls back N.
    Result<MigrationPlan> migrate(const RevisionSpec &target) const;
    /// `rollback -s N`: reverts the N most recently applied revisions.
    Result<MigrationPlan> rollback(int steps) const;
    /// `rollback --to REV`: reverts everything applied above REV; REV must be applied.
    Result<MigrationPlan> rollbackTo(const RevisionSpec &target) const;
    /// `stamp REV`: the applied set becomes exactly REV and its ancestors, without SQL.
    Result<MigrationPlan> stamp(const RevisionSpec &target) const;

private:
    MigrationPlan planTowards(const RevisionSet &desired) const;
    qint64 appliedRank(int index) const;

    const RevisionGraph &m_graph;
    const AppliedState &m_state;
    QList<qint64> m_appliedOrder;
};

} // namespace strata
