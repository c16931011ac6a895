// SPDX-License-Identifier: MIT
#include "migrationplanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace strata {

int MigrationPlan::count(Direction direction) const
{
    return int(std::count_if(steps.begin(), steps.end(),
                             [direction](const PlanStep &step) { return step.direction == direction; }));
}

MigrationPlanner::MigrationPlanner(const RevisionGraph &graph, const AppliedState &state, QList<qint64> appliedOrder)
    : m_graph(graph)
    , m_state(state)
    , m_appliedOrder(std::move(appliedOrder))
{
}

qint64 MigrationPlanner::appliedRank(int index) const
{
    return index < m_appliedOrder.size() ? m_appliedOrder.at(index) : -1;
}

MigrationPlan MigrationPlanner::planTowards(const RevisionSet &desired) const
{
    MigrationPlan plan;
    plan.fromHeads = m_state.rows;
    const QList<int> &order = m_graph.topologicalOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (m_state.applied[*it] && !desired[*it])
            plan.steps.append({*it, Direction::Down});
    }
    for (int index : order) {
        if (!m_state.applied[index] && desired[index])
            plan.steps.append({index, Direction::Up});
    }
    plan.toHeads = m_graph.headsOf(desired);
    return plan;
}

Result<MigrationPlan> MigrationPlanner::migrate(const RevisionSpec &target) const
{
    // A new project has no revisions: migrating it to head is a successful no-op, so that
    // `make migrate` works from the first day.
    if (m_graph.isEmpty() && target.kind == RevisionSpec::Kind::Head && target.offset == 0)
        return planTowards(RevisionSet());
    if (target.kind == RevisionSpec::Kind::Heads)
        return planTowards(RevisionSet(m_graph.size(), true));

    if (target.kind == RevisionSpec::Kind::Relative) {
        if (target.offset < 0)
            return rollback(-target.offset);
        RevisionSet desired = m_state.applied;
        int remaining = target.offset;
        for (int index : m_graph.topologicalOrder()) {
            if (remaining == 0)
                break;
            if (!desired[index]) {
                desired[index] = true;
                --remaining;
            }
        }
        if (remaining > 0)
            return fail(ErrorCode::Usage,
                        u"cannot apply %1 revisions: only %2 are pending"_s.arg(target.offset).arg(
                            target.offset - remaining),
                        u"run 'strata showmigrations' to see them"_s);
        return planTowards(desired);
    }

    STRATA_ASSIGN_OR_RETURN(resolved, resolveRevision(m_graph, target));
    if (!resolved->has_value())
        return planTowards(RevisionSet(m_graph.size(), false));
    const int index = **resolved;
    RevisionSet desired = m_state.applied;
    if (m_state.applied[index]) {
        const RevisionSet above = m_graph.descendants(index);
        for (int i = 0; i < m_graph.size(); ++i)
            desired[i] = desired[i] && !above[i];
    } else {
        const RevisionSet needed = m_graph.ancestors({index});
        for (int i = 0; i < m_graph.size(); ++i)
            desired[i] = desired[i] || needed[i];
    }
    return planTowards(desired);
}

Result<MigrationPlan> MigrationPlanner::rollback(int steps) const
{
    if (steps < 1)
        return fail(ErrorCode::Usage, u"the number of steps to roll back must be at least 1"_s,
                    u"'strata rollback' undoes one revision, 'strata rollback -s N' undoes N"_s);
    const int applied = m_state.appliedCount();
    if (applied < steps)
        return fail(ErrorCode::Usage,
                    u"cannot roll back %1 revisions: only %2 applied"_s.arg(steps).arg(applied),
                    applied == 0 ? u"the database is at base already"_s
                                 : u"use 'strata rollback -s %1' or 'strata migrate base'"_s.arg(applied));

    // Repeatedly revert the most recently applied revision among those with no applied
    // child; unknown times fall back to the topological order (latest first).
    MigrationPlan plan;
    plan.fromHeads = m_state.rows;
    RevisionSet remaining = m_state.applied;
    QList<int> leaves = m_graph.headsOf(remaining);
    for (int step = 0; step < steps; ++step) {
        const auto latest = std::max_element(leaves.begin(), leaves.end(), [this](int a, int b) {
            const qint64 ra = appliedRank(a);
            const qint64 rb = appliedRank(b);
            if (ra != rb)
                return ra < rb;
            return m_graph.topologicalPosition(a) < m_graph.topologicalPosition(b);
        });
        const int victim = *latest;
        leaves.erase(latest);
        remaining[victim] = false;
        plan.steps.append({victim, Direction::Down});
        for (int parent : m_graph.parents(victim)) {
            const QList<int> &siblings = m_graph.children(parent);
            const bool isLeafNow = std::none_of(siblings.begin(), siblings.end(),
                                                [&remaining](int child) { return remaining[child]; });
            if (remaining[parent] && isLeafNow && !leaves.contains(parent))
                leaves.append(parent);
        }
    }
    plan.toHeads = m_graph.headsOf(remaining);
    return plan;
}

Result<MigrationPlan> MigrationPlanner::rollbackTo(const RevisionSpec &target) const
{
    STRATA_ASSIGN_OR_RETURN(resolved, resolveRevision(m_graph, target));
    if (!resolved->has_value())
        return planTowards(RevisionSet(m_graph.size(), false));
    const int index = **resolved;
    if (!m_state.applied[index])
        return fail(ErrorCode::Usage,
                    u"%1 is not applied, so there is nothing to roll back to"_s.arg(m_graph.at(index).id),
                    u"rollback only goes down; use 'strata migrate %1' to go up"_s.arg(m_graph.at(index).id));
    return migrate(target);
}

Result<MigrationPlan> MigrationPlanner::stamp(const RevisionSpec &target) const
{
    if (target.kind == RevisionSpec::Kind::Heads)
        return planTowards(RevisionSet(m_graph.size(), true));
    if (target.kind == RevisionSpec::Kind::Relative)
        return fail(ErrorCode::Usage, u"stamp needs a revision, not a relative step"_s,
                    u"give an id, a prefix, head, heads or base"_s);
    STRATA_ASSIGN_OR_RETURN(resolved, resolveRevision(m_graph, target));
    if (!resolved->has_value())
        return planTowards(RevisionSet(m_graph.size(), false));
    return planTowards(m_graph.ancestors({**resolved}));
}

} // namespace strata
