// SPDX-License-Identifier: MIT
// The revision-argument grammar (DESIGN §3) and the planner that turns `migrate TARGET`,
// `rollback`, `rollback --to` and `stamp` into steps, with Alembic's semantics: the applied
// set is every ancestor of a version-table row. Also the HeadTracker that keeps those rows.

#include "graph/appliedstate.h"
#include "graph/migrationplanner.h"
#include "graph/revisionspec.h"
#include "migrate/headtracker.h"

#include "testsupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace strata;

Q_DECLARE_METATYPE(RevisionSpec::Kind)

namespace {

using test::errorText;

Revision revision(const QString &spec)
{
    return test::revisionFromSpec(spec);
}

/// The graphs the tables use. Topological orders:
///   linear         a001 a002 a003 a004                 (a chain)
///   branched       b001 b002 b003 b004 b005            (b001 <- b002 <- b003, b001 <- b004 <- b005)
///   merged         m001 m002 m003 m004 m005            (m001 <- m002, m003 <- m004 (merge) <- m005)
///   several bases  s001 s002 s003 s004 s005            (s001 <- s002, s003 <- s004, s002 + s004 <- s005)
///   unmerged bases u001 u002 u003                      (u001 <- u002, u003 alone)
RevisionGraph graph(const QString &name)
{
    QStringList spec;
    if (name == u"linear"_s)
        spec = { u"a004:a003@4"_s, u"a001@1"_s, u"a003:a002@3"_s, u"a002:a001@2"_s };
    else if (name == u"branched"_s)
        spec = { u"b005:b004@5"_s, u"b001@1"_s, u"b003:b002@3"_s, u"b002:b001@2"_s, u"b004:b001@4"_s };
    else if (name == u"merged"_s)
        spec = { u"m004:m002,m003@4"_s, u"m001@1"_s, u"m003:m001@3"_s, u"m005:m004@5"_s, u"m002:m001@2"_s };
    else if (name == u"several bases"_s)
        spec = { u"s005:s002,s004@5"_s, u"s003@3"_s, u"s001@1"_s, u"s004:s003@4"_s, u"s002:s001@2"_s };
    else if (name == u"unmerged bases"_s)
        spec = { u"u003@3"_s, u"u002:u001@2"_s, u"u001@1"_s };
    QList<Revision> revisions;
    for (const QString &s : std::as_const(spec))
        revisions << revision(s);
    auto built = RevisionGraph::build(revisions);
    if (!built)
        qFatal("test graph %s does not build: %s", qPrintable(name), qPrintable(built.error().message()));
    return *std::move(built);
}

QStringList ids(const RevisionGraph &g, const QList<int> &indices)
{
    QStringList list;
    for (int index : indices)
        list << g.at(index).id;
    return list;
}

QStringList steps(const RevisionGraph &g, const MigrationPlan &plan)
{
    QStringList list;
    for (const PlanStep &step : plan.steps)
        list << (step.direction == Direction::Up ? u"+"_s : u"-"_s) + g.at(step.revision).id;
    return list;
}

/// appliedOrder as the planner takes it: a rank per graph index, -1 when unknown.
QList<qint64> ranks(const RevisionGraph &g, const QStringList &appliedOrder)
{
    if (appliedOrder.isEmpty())
        return {};
    QList<qint64> result(g.size(), -1);
    for (qsizetype i = 0; i < appliedOrder.size(); ++i)
        result[*g.indexOf(appliedOrder.at(i))] = 100 + i;
    return result;
}

bool isAncestorClosed(const RevisionGraph &g, const RevisionSet &set)
{
    for (int i = 0; i < g.size(); ++i) {
        if (!set.at(i))
            continue;
        for (int parent : g.parents(i)) {
            if (!set.at(parent))
                return false;
        }
    }
    return true;
}

/// Replays @p plan from @p state one step at a time; returns what went wrong, or nothing.
QString replayProblem(const RevisionGraph &g, const AppliedState &state, const MigrationPlan &plan)
{
    RevisionSet applied = state.applied;
    if (!isAncestorClosed(g, applied))
        return u"the starting state is not ancestor-closed"_s;
    for (const PlanStep &step : plan.steps) {
        const QString id = g.at(step.revision).id;
        if (step.direction == Direction::Up) {
            if (applied.at(step.revision))
                return u"applies %1, which is applied already"_s.arg(id);
            applied[step.revision] = true;
        } else {
            if (!applied.at(step.revision))
                return u"reverts %1, which is not applied"_s.arg(id);
            applied[step.revision] = false;
        }
        if (!isAncestorClosed(g, applied))
            return u"after %1%2 the applied set is not ancestor-closed"_s.arg(
                step.direction == Direction::Up ? u"+"_s : u"-"_s, id);
    }
    if (g.headsOf(applied) != plan.toHeads)
        return u"toHeads %1 but the replayed heads are %2"_s.arg(
            ids(g, plan.toHeads).join(u' '), ids(g, g.headsOf(applied)).join(u' '));
    if (plan.fromHeads != state.rows)
        return u"fromHeads %1 differ from the rows %2"_s.arg(
            ids(g, plan.fromHeads).join(u' '), ids(g, state.rows).join(u' '));
    return {};
}

struct PlanRequest
{
    QString action; ///< migrate, rollback, rollbackTo, stamp
    QString argument; ///< the target, or N for rollback
};

Result<MigrationPlan> plan(const MigrationPlanner &planner, const PlanRequest &request)
{
    if (request.action == u"rollback"_s)
        return planner.rollback(request.argument.toInt());
    auto spec = RevisionSpec::parse(request.argument);
    if (!spec)
        return fail(spec.error());
    if (request.action == u"migrate"_s)
        return planner.migrate(*spec);
    if (request.action == u"rollbackTo"_s)
        return planner.rollbackTo(*spec);
    if (request.action == u"stamp"_s)
        return planner.stamp(*spec);
    return fail(ErrorCode::Usage, u"unknown test action "_s + request.action);
}

// Row builders for the plan table.
void addColumns()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows"); // version-table rows before
    QTest::addColumn<QStringList>("appliedOrder"); // applied revisions, earliest first; empty = unknown
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QStringList>("steps"); // "+id" applies, "-id" reverts
    QTest::addColumn<QStringList>("toHeads");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QStringList>("errorParts"); // what the error's message or hint names
}

void ok(const char *tag, const QString &g, const QStringList &rows, const QString &action,
    const QString &argument, const QStringList &expectedSteps, const QStringList &toHeads,
    const QStringList &appliedOrder = {})
{
    QTest::newRow(tag) << g << rows << appliedOrder << action << argument << expectedSteps << toHeads << false
                       << QStringList();
}

void error(const char *tag, const QString &g, const QStringList &rows, const QString &action,
    const QString &argument, const QStringList &errorParts, const QStringList &appliedOrder = {})
{
    QTest::newRow(tag) << g << rows << appliedOrder << action << argument << QStringList() << QStringList()
                       << true << errorParts;
}

void addPlanRows()
{
    addColumns();
    const QString L = u"linear"_s;
    const QString B = u"branched"_s;
    const QString M = u"merged"_s;
    const QString S = u"several bases"_s;
    const QString U = u"unmerged bases"_s;
    const QString migrate = u"migrate"_s;
    const QString rollback = u"rollback"_s;
    const QString rollbackTo = u"rollbackTo"_s;
    const QString stamp = u"stamp"_s;
    const QStringList none;
    using L_ = QStringList;

    // Linear history.
    ok("linear: head from empty", L, none, migrate, u"head"_s,
        L_ { u"+a001"_s, u"+a002"_s, u"+a003"_s, u"+a004"_s }, L_ { u"a004"_s });
    ok("linear: heads from empty", L, none, migrate, u"heads"_s,
        L_ { u"+a001"_s, u"+a002"_s, u"+a003"_s, u"+a004"_s }, L_ { u"a004"_s });
    ok("linear: head from the middle", L, L_ { u"a002"_s }, migrate, u"head"_s, L_ { u"+a003"_s, u"+a004"_s },
        L_ { u"a004"_s });
    ok("linear: head when up to date", L, L_ { u"a004"_s }, migrate, u"head"_s, none, L_ { u"a004"_s });
    ok("linear: base", L, L_ { u"a004"_s }, migrate, u"base"_s,
        L_ { u"-a004"_s, u"-a003"_s, u"-a002"_s, u"-a001"_s }, none);
    ok("linear: base when empty", L, none, migrate, u"base"_s, none, none);
    ok("linear: down to an id", L, L_ { u"a004"_s }, migrate, u"a002"_s, L_ { u"-a004"_s, u"-a003"_s },
        L_ { u"a002"_s });
    ok("linear: up to an id", L, L_ { u"a001"_s }, migrate, u"a003"_s, L_ { u"+a002"_s, u"+a003"_s },
        L_ { u"a003"_s });
    ok("linear: to the current revision", L, L_ { u"a002"_s }, migrate, u"a002"_s, none, L_ { u"a002"_s });
    ok("linear: +2", L, L_ { u"a001"_s }, migrate, u"+2"_s, L_ { u"+a002"_s, u"+a003"_s }, L_ { u"a003"_s });
    ok("linear: +1 from empty", L, none, migrate, u"+1"_s, L_ { u"+a001"_s }, L_ { u"a001"_s });
    ok("linear: -2", L, L_ { u"a003"_s }, migrate, u"-2"_s, L_ { u"-a003"_s, u"-a002"_s }, L_ { u"a001"_s });
    ok("linear: -N down to base", L, L_ { u"a002"_s }, migrate, u"-2"_s, L_ { u"-a002"_s, u"-a001"_s }, none);
    ok("linear: base+1 up", L, none, migrate, u"base+1"_s, L_ { u"+a001"_s }, L_ { u"a001"_s });
    ok("linear: base+2 down", L, L_ { u"a004"_s }, migrate, u"base+2"_s, L_ { u"-a004"_s, u"-a003"_s },
        L_ { u"a002"_s });
    ok("linear: head-1 up", L, L_ { u"a001"_s }, migrate, u"head-1"_s, L_ { u"+a002"_s, u"+a003"_s },
        L_ { u"a003"_s });
    ok("linear: head-1 down", L, L_ { u"a004"_s }, migrate, u"head-1"_s, L_ { u"-a004"_s }, L_ { u"a003"_s });
    ok("linear: rev+1", L, L_ { u"a004"_s }, migrate, u"a002+1"_s, L_ { u"-a004"_s }, L_ { u"a003"_s });
    ok("linear: rev-1", L, L_ { u"a001"_s }, migrate, u"a004-1"_s, L_ { u"+a002"_s, u"+a003"_s },
        L_ { u"a003"_s });
    ok("linear: base revision -1 is base", L, L_ { u"a004"_s }, migrate, u"a001-1"_s,
        L_ { u"-a004"_s, u"-a003"_s, u"-a002"_s, u"-a001"_s }, none);
    ok("linear: rev-2 reaching base", L, L_ { u"a003"_s }, migrate, u"a002-2"_s,
        L_ { u"-a003"_s, u"-a002"_s, u"-a001"_s }, none);
    error("linear: +N beyond what is pending", L, none, migrate, u"+5"_s, L_ { u"5"_s, u"4"_s });
    error("linear: +1 when up to date", L, L_ { u"a004"_s }, migrate, u"+1"_s, L_ { u"1"_s });
    error("linear: -N beyond what is applied", L, L_ { u"a004"_s }, migrate, u"-5"_s, L_ { u"5"_s, u"4"_s });
    error("linear: -1 at base", L, none, migrate, u"-1"_s, L_ { u"base"_s });
    error("linear: rev+1 past head", L, none, migrate, u"a004+1"_s, L_ { u"head"_s, u"a004"_s });
    error("linear: head+1 past head", L, none, migrate, u"head+1"_s, L_ { u"head"_s });
    error("linear: rev-2 past base", L, L_ { u"a001"_s }, migrate, u"a001-2"_s, L_ { u"base"_s, u"a001"_s });
    error("linear: unknown revision", L, none, migrate, u"beef"_s, L_ { u"beef"_s });
    error("linear: prefix too short", L, none, migrate, u"a00"_s, L_ { u"a00"_s });
    error("linear: invalid argument", L, none, migrate, u"a b"_s, none);
    ok("linear: rollback 1", L, L_ { u"a004"_s }, rollback, u"1"_s, L_ { u"-a004"_s }, L_ { u"a003"_s });
    ok("linear: rollback 3", L, L_ { u"a004"_s }, rollback, u"3"_s, L_ { u"-a004"_s, u"-a003"_s, u"-a002"_s },
        L_ { u"a001"_s });
    ok("linear: rollback everything", L, L_ { u"a004"_s }, rollback, u"4"_s,
        L_ { u"-a004"_s, u"-a003"_s, u"-a002"_s, u"-a001"_s }, none);
    error("linear: rollback beyond what is applied", L, L_ { u"a002"_s }, rollback, u"3"_s,
        L_ { u"3"_s, u"2"_s });
    error("linear: rollback at base", L, none, rollback, u"1"_s, L_ { u"base"_s });
    error("linear: rollback 0", L, L_ { u"a002"_s }, rollback, u"0"_s, none);
    ok("linear: rollback --to", L, L_ { u"a004"_s }, rollbackTo, u"a002"_s, L_ { u"-a004"_s, u"-a003"_s },
        L_ { u"a002"_s });
    ok("linear: rollback --to the current revision", L, L_ { u"a004"_s }, rollbackTo, u"a004"_s, none,
        L_ { u"a004"_s });
    ok("linear: rollback --to base", L, L_ { u"a003"_s }, rollbackTo, u"base"_s,
        L_ { u"-a003"_s, u"-a002"_s, u"-a001"_s }, none);
    ok("linear: rollback --to head-2", L, L_ { u"a004"_s }, rollbackTo, u"head-2"_s,
        L_ { u"-a004"_s, u"-a003"_s }, L_ { u"a002"_s });
    error("linear: rollback --to an unapplied revision", L, L_ { u"a002"_s }, rollbackTo, u"a003"_s,
        L_ { u"a003"_s, u"not applied"_s });
    error("linear: rollback --to heads", L, L_ { u"a002"_s }, rollbackTo, u"heads"_s, L_ { u"heads"_s });
    ok("linear: stamp up", L, L_ { u"a001"_s }, stamp, u"a003"_s, L_ { u"+a002"_s, u"+a003"_s },
        L_ { u"a003"_s });
    ok("linear: stamp down", L, L_ { u"a004"_s }, stamp, u"a002"_s, L_ { u"-a004"_s, u"-a003"_s },
        L_ { u"a002"_s });
    ok("linear: stamp base", L, L_ { u"a002"_s }, stamp, u"base"_s, L_ { u"-a002"_s, u"-a001"_s }, none);
    ok("linear: stamp heads", L, none, stamp, u"heads"_s,
        L_ { u"+a001"_s, u"+a002"_s, u"+a003"_s, u"+a004"_s }, L_ { u"a004"_s });
    error("linear: stamp a relative step", L, L_ { u"a002"_s }, stamp, u"+1"_s, none);

    // Two branches from b001.
    error(
        "branched: head is ambiguous", B, none, migrate, u"head"_s, L_ { u"b003"_s, u"b005"_s, u"merge"_s });
    error("branched: head is ambiguous on one branch", B, L_ { u"b003"_s }, migrate, u"head"_s,
        L_ { u"b003"_s, u"b005"_s, u"merge"_s });
    error("branched: head-1 is ambiguous", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"head-1"_s,
        L_ { u"b003"_s, u"b005"_s });
    ok("branched: heads from empty", B, none, migrate, u"heads"_s,
        L_ { u"+b001"_s, u"+b002"_s, u"+b003"_s, u"+b004"_s, u"+b005"_s }, L_ { u"b003"_s, u"b005"_s });
    ok("branched: heads from one branch", B, L_ { u"b003"_s }, migrate, u"heads"_s,
        L_ { u"+b004"_s, u"+b005"_s }, L_ { u"b003"_s, u"b005"_s });
    ok("branched: heads when up to date", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"heads"_s, none,
        L_ { u"b003"_s, u"b005"_s });
    ok("branched: down to the branch point", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b001"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s, u"-b002"_s }, L_ { u"b001"_s });
    ok("branched: down on one branch", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b004"_s, L_ { u"-b005"_s },
        L_ { u"b003"_s, u"b004"_s });
    ok("branched: down on the other branch", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b002"_s,
        L_ { u"-b003"_s }, L_ { u"b002"_s, u"b005"_s });
    ok("branched: up the other branch", B, L_ { u"b003"_s }, migrate, u"b005"_s,
        L_ { u"+b004"_s, u"+b005"_s }, L_ { u"b003"_s, u"b005"_s });
    ok("branched: up one step of the other branch", B, L_ { u"b003"_s }, migrate, u"b004"_s,
        L_ { u"+b004"_s }, L_ { u"b003"_s, u"b004"_s });
    ok("branched: base", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"base"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s, u"-b002"_s, u"-b001"_s }, none);
    ok("branched: base+1 down", B, L_ { u"b003"_s }, migrate, u"base+1"_s, L_ { u"-b003"_s, u"-b002"_s },
        L_ { u"b001"_s });
    error("branched: walking up a branch point", B, none, migrate, u"b001+1"_s,
        L_ { u"b001"_s, u"b002"_s, u"b004"_s });
    error("branched: base+2 walks up a branch point", B, none, migrate, u"base+2"_s, L_ { u"b001"_s });
    ok("branched: +1 takes the next pending revision", B, L_ { u"b003"_s }, migrate, u"+1"_s,
        L_ { u"+b004"_s }, L_ { u"b003"_s, u"b004"_s });
    ok("branched: +2 across branches", B, L_ { u"b002"_s }, migrate, u"+2"_s, L_ { u"+b003"_s, u"+b004"_s },
        L_ { u"b003"_s, u"b004"_s });
    ok("branched: -1 without history reverts the later branch", B, L_ { u"b003"_s, u"b005"_s }, migrate,
        u"-1"_s, L_ { u"-b005"_s }, L_ { u"b003"_s, u"b004"_s });
    ok("branched: -1 reverts the most recently applied", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"-1"_s,
        L_ { u"-b003"_s }, L_ { u"b002"_s, u"b005"_s },
        L_ { u"b001"_s, u"b002"_s, u"b004"_s, u"b005"_s, u"b003"_s });
    ok("branched: rev-1 on a branch", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b005-1"_s, L_ { u"-b005"_s },
        L_ { u"b003"_s, u"b004"_s });
    ok("branched: rev-2 to the branch point", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b003-2"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s, u"-b002"_s }, L_ { u"b001"_s });
    ok("branched: rev-3 to base", B, L_ { u"b003"_s, u"b005"_s }, migrate, u"b003-3"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s, u"-b002"_s, u"-b001"_s }, none);
    ok("branched: rollback 1 reverts the most recently applied", B, L_ { u"b003"_s, u"b005"_s }, rollback,
        u"1"_s, L_ { u"-b003"_s }, L_ { u"b002"_s, u"b005"_s },
        L_ { u"b001"_s, u"b002"_s, u"b004"_s, u"b005"_s, u"b003"_s });
    ok("branched: rollback 2 alternates branches by time", B, L_ { u"b003"_s, u"b005"_s }, rollback, u"2"_s,
        L_ { u"-b003"_s, u"-b005"_s }, L_ { u"b002"_s, u"b004"_s },
        L_ { u"b001"_s, u"b002"_s, u"b004"_s, u"b005"_s, u"b003"_s });
    ok("branched: rollback 3 follows the applied order", B, L_ { u"b003"_s, u"b005"_s }, rollback, u"3"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s }, L_ { u"b002"_s },
        L_ { u"b001"_s, u"b002"_s, u"b003"_s, u"b004"_s, u"b005"_s });
    ok("branched: rollback 4, left branch applied last", B, L_ { u"b003"_s, u"b005"_s }, rollback, u"4"_s,
        L_ { u"-b003"_s, u"-b002"_s, u"-b005"_s, u"-b004"_s }, L_ { u"b001"_s },
        L_ { u"b001"_s, u"b004"_s, u"b005"_s, u"b002"_s, u"b003"_s });
    ok("branched: rollback 2 without history", B, L_ { u"b003"_s, u"b005"_s }, rollback, u"2"_s,
        L_ { u"-b005"_s, u"-b004"_s }, L_ { u"b003"_s });
    ok("branched: rollback --to one branch", B, L_ { u"b003"_s, u"b005"_s }, rollbackTo, u"b004"_s,
        L_ { u"-b005"_s }, L_ { u"b003"_s, u"b004"_s });
    error("branched: rollback --to the unapplied branch", B, L_ { u"b003"_s }, rollbackTo, u"b005"_s,
        L_ { u"b005"_s, u"not applied"_s });
    ok("branched: stamp sets exactly the target's ancestors", B, L_ { u"b003"_s }, stamp, u"b005"_s,
        L_ { u"-b003"_s, u"-b002"_s, u"+b004"_s, u"+b005"_s }, L_ { u"b005"_s });
    ok("branched: stamp below both branches", B, L_ { u"b003"_s, u"b005"_s }, stamp, u"b002"_s,
        L_ { u"-b005"_s, u"-b004"_s, u"-b003"_s }, L_ { u"b002"_s });
    ok("branched: stamp heads", B, L_ { u"b003"_s }, stamp, u"heads"_s, L_ { u"+b004"_s, u"+b005"_s },
        L_ { u"b003"_s, u"b005"_s });
    error("branched: stamp head is ambiguous", B, none, stamp, u"head"_s, L_ { u"b003"_s, u"b005"_s });

    // A merge of two branches.
    ok("merged: head from empty", M, none, migrate, u"head"_s,
        L_ { u"+m001"_s, u"+m002"_s, u"+m003"_s, u"+m004"_s, u"+m005"_s }, L_ { u"m005"_s });
    ok("merged: head from both merge parents", M, L_ { u"m002"_s, u"m003"_s }, migrate, u"head"_s,
        L_ { u"+m004"_s, u"+m005"_s }, L_ { u"m005"_s });
    ok("merged: head from one merge parent", M, L_ { u"m002"_s }, migrate, u"head"_s,
        L_ { u"+m003"_s, u"+m004"_s, u"+m005"_s }, L_ { u"m005"_s });
    ok("merged: up to the merge", M, L_ { u"m002"_s }, migrate, u"m004"_s, L_ { u"+m003"_s, u"+m004"_s },
        L_ { u"m004"_s });
    ok("merged: down below the merge to one parent", M, L_ { u"m005"_s }, migrate, u"m002"_s,
        L_ { u"-m005"_s, u"-m004"_s }, L_ { u"m002"_s, u"m003"_s });
    ok("merged: down below the merge to the other parent", M, L_ { u"m005"_s }, migrate, u"m003"_s,
        L_ { u"-m005"_s, u"-m004"_s }, L_ { u"m002"_s, u"m003"_s });
    ok("merged: down to the branch point", M, L_ { u"m005"_s }, migrate, u"m001"_s,
        L_ { u"-m005"_s, u"-m004"_s, u"-m003"_s, u"-m002"_s }, L_ { u"m001"_s });
    ok("merged: head-1", M, L_ { u"m005"_s }, migrate, u"head-1"_s, L_ { u"-m005"_s }, L_ { u"m004"_s });
    error("merged: walking down a merge", M, L_ { u"m005"_s }, migrate, u"m004-1"_s,
        L_ { u"m004"_s, u"merge"_s, u"m002"_s, u"m003"_s });
    error("merged: walking down through a merge", M, L_ { u"m005"_s }, migrate, u"m005-2"_s,
        L_ { u"m004"_s, u"m002"_s, u"m003"_s });
    error("merged: walking up a branch point", M, L_ { u"m003"_s }, migrate, u"m001+1"_s,
        L_ { u"m001"_s, u"m002"_s, u"m003"_s });
    ok("merged: -2", M, L_ { u"m005"_s }, migrate, u"-2"_s, L_ { u"-m005"_s, u"-m004"_s },
        L_ { u"m002"_s, u"m003"_s });
    ok("merged: -3 without history", M, L_ { u"m005"_s }, migrate, u"-3"_s,
        L_ { u"-m005"_s, u"-m004"_s, u"-m003"_s }, L_ { u"m002"_s });
    ok("merged: rollback 3 by applied order", M, L_ { u"m005"_s }, rollback, u"3"_s,
        L_ { u"-m005"_s, u"-m004"_s, u"-m002"_s }, L_ { u"m003"_s },
        L_ { u"m001"_s, u"m003"_s, u"m002"_s, u"m004"_s, u"m005"_s });
    ok("merged: rollback 1 of two merge parents, later applied", M, L_ { u"m002"_s, u"m003"_s }, rollback,
        u"1"_s, L_ { u"-m002"_s }, L_ { u"m003"_s }, L_ { u"m001"_s, u"m003"_s, u"m002"_s });
    ok("merged: rollback 1 of two merge parents, other order", M, L_ { u"m002"_s, u"m003"_s }, rollback,
        u"1"_s, L_ { u"-m003"_s }, L_ { u"m002"_s }, L_ { u"m001"_s, u"m002"_s, u"m003"_s });
    ok("merged: stamp the merge", M, L_ { u"m002"_s }, stamp, u"m004"_s, L_ { u"+m003"_s, u"+m004"_s },
        L_ { u"m004"_s });
    ok("merged: stamp one parent", M, L_ { u"m005"_s }, stamp, u"m003"_s,
        L_ { u"-m005"_s, u"-m004"_s, u"-m002"_s }, L_ { u"m003"_s });

    // Two bases joined by a merge.
    ok("several bases: head from empty", S, none, migrate, u"head"_s,
        L_ { u"+s001"_s, u"+s002"_s, u"+s003"_s, u"+s004"_s, u"+s005"_s }, L_ { u"s005"_s });
    error("several bases: base+1 is ambiguous", S, none, migrate, u"base+1"_s, L_ { u"s001"_s, u"s003"_s });
    ok("several bases: up the second base", S, none, migrate, u"s004"_s, L_ { u"+s003"_s, u"+s004"_s },
        L_ { u"s004"_s });
    ok("several bases: below the merge", S, L_ { u"s005"_s }, migrate, u"s002"_s, L_ { u"-s005"_s },
        L_ { u"s002"_s, u"s004"_s });
    ok("several bases: base", S, L_ { u"s005"_s }, migrate, u"base"_s,
        L_ { u"-s005"_s, u"-s004"_s, u"-s003"_s, u"-s002"_s, u"-s001"_s }, none);
    ok("several bases: +1 starts the second base", S, L_ { u"s002"_s }, migrate, u"+1"_s, L_ { u"+s003"_s },
        L_ { u"s002"_s, u"s003"_s });
    ok("several bases: a base revision -1 is base", S, L_ { u"s004"_s }, migrate, u"s003-1"_s,
        L_ { u"-s004"_s, u"-s003"_s }, none);
    ok("several bases: to a current row", S, L_ { u"s002"_s, u"s004"_s }, migrate, u"s004"_s, none,
        L_ { u"s002"_s, u"s004"_s });
    ok("several bases: up through the merge", S, L_ { u"s002"_s }, migrate, u"s005"_s,
        L_ { u"+s003"_s, u"+s004"_s, u"+s005"_s }, L_ { u"s005"_s });
    ok("several bases: rollback 2 by applied order", S, L_ { u"s005"_s }, rollback, u"2"_s,
        L_ { u"-s005"_s, u"-s004"_s }, L_ { u"s002"_s, u"s003"_s },
        L_ { u"s001"_s, u"s002"_s, u"s003"_s, u"s004"_s, u"s005"_s });
    ok("several bases: rollback 2, first base applied later", S, L_ { u"s005"_s }, rollback, u"2"_s,
        L_ { u"-s005"_s, u"-s002"_s }, L_ { u"s001"_s, u"s004"_s },
        L_ { u"s003"_s, u"s004"_s, u"s001"_s, u"s002"_s, u"s005"_s });
    ok("several bases: stamp one base's line", S, L_ { u"s002"_s, u"s004"_s }, stamp, u"s004"_s,
        L_ { u"-s002"_s, u"-s001"_s }, L_ { u"s004"_s });

    // Two independent histories that were never merged.
    error("unmerged bases: head is ambiguous", U, none, migrate, u"head"_s,
        L_ { u"u002"_s, u"u003"_s, u"merge"_s });
    ok("unmerged bases: heads", U, none, migrate, u"heads"_s, L_ { u"+u001"_s, u"+u002"_s, u"+u003"_s },
        L_ { u"u002"_s, u"u003"_s });
    ok("unmerged bases: the other base", U, L_ { u"u002"_s }, migrate, u"u003"_s, L_ { u"+u003"_s },
        L_ { u"u002"_s, u"u003"_s });
    ok("unmerged bases: down one history only", U, L_ { u"u002"_s, u"u003"_s }, migrate, u"u001"_s,
        L_ { u"-u002"_s }, L_ { u"u001"_s, u"u003"_s });
    ok("unmerged bases: base", U, L_ { u"u002"_s, u"u003"_s }, migrate, u"base"_s,
        L_ { u"-u003"_s, u"-u002"_s, u"-u001"_s }, none);

    // No revisions at all.
    const QString E = u"empty"_s;
    ok("empty: head is a no-op", E, none, migrate, u"head"_s, none, none);
    error("empty: head-1", E, none, migrate, u"head-1"_s, none);
    ok("empty: heads", E, none, migrate, u"heads"_s, none, none);
    ok("empty: base", E, none, migrate, u"base"_s, none, none);
    error("empty: rollback", E, none, rollback, u"1"_s, none);
}

} // namespace

class TestMigrationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRevisionSpec_data();
    void parsesRevisionSpec();
    void rejectsRevisionSpec_data();
    void rejectsRevisionSpec();
    void derivesAppliedStateFromRows();
    void plans_data();
    void plans();
    void headTrackerRowsFollowEveryStep_data();
    void headTrackerRowsFollowEveryStep();
    void headTrackerReportsRowMoves();
};

void TestMigrationPlanner::parsesRevisionSpec_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<RevisionSpec::Kind>("kind");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<int>("offset");

    using K = RevisionSpec::Kind;
    QTest::newRow("prefix") << u"abcd"_s << K::Revision << u"abcd"_s << 0;
    QTest::newRow("full id") << u"abc123def456"_s << K::Revision << u"abc123def456"_s << 0;
    QTest::newRow("id with underscore") << u"ab_cd"_s << K::Revision << u"ab_cd"_s << 0;
    QTest::newRow("head") << u"head"_s << K::Head << QString() << 0;
    QTest::newRow("heads") << u"heads"_s << K::Heads << QString() << 0;
    QTest::newRow("base") << u"base"_s << K::Base << QString() << 0;
    QTest::newRow("+2") << u"+2"_s << K::Relative << QString() << 2;
    QTest::newRow("+10") << u"+10"_s << K::Relative << QString() << 10;
    QTest::newRow("-1") << u"-1"_s << K::Relative << QString() << -1;
    QTest::newRow("abcd+2") << u"abcd+2"_s << K::Revision << u"abcd"_s << 2;
    QTest::newRow("abcd-3") << u"abcd-3"_s << K::Revision << u"abcd"_s << -3;
    QTest::newRow("head-1") << u"head-1"_s << K::Head << QString() << -1;
    QTest::newRow("head+1") << u"head+1"_s << K::Head << QString() << 1;
    QTest::newRow("base+1") << u"base+1"_s << K::Base << QString() << 1;
    QTest::newRow("surrounding white space") << u"  head-2 "_s << K::Head << QString() << -2;
}

void TestMigrationPlanner::parsesRevisionSpec()
{
    QFETCH(QString, input);
    QFETCH(RevisionSpec::Kind, kind);
    QFETCH(QString, revision);
    QFETCH(int, offset);

    const auto spec = RevisionSpec::parse(input);
    QVERIFY2(spec, errorText(spec).constData());
    QCOMPARE(spec->kind, kind);
    QCOMPARE(spec->revision, revision);
    QCOMPARE(spec->offset, offset);
    QCOMPARE(spec->text, input.trimmed());
}

void TestMigrationPlanner::rejectsRevisionSpec_data()
{
    QTest::addColumn<QString>("input");

    for (const char *input :
        { "", "   ", "+", "-", "heads+1", "heads-1", "base-1", "a b", "+0", "-0", "x+-1", "abcd+", "abcd+x",
            "abcd+2x", "abcd+0", "+2+3", "ab.cd", "abc!", "+ 2", "+2147483648", "head+-1" })
        QTest::newRow(input[0] ? input : "empty") << QString::fromLatin1(input);
}

void TestMigrationPlanner::rejectsRevisionSpec()
{
    QFETCH(QString, input);

    const auto spec = RevisionSpec::parse(input);
    QVERIFY2(!spec, "parsed");
    QCOMPARE(spec.error().code(), ErrorCode::Usage);
    QVERIFY(!spec.error().message().isEmpty());
    QVERIFY(!spec.error().hint().isEmpty());
}

void TestMigrationPlanner::derivesAppliedStateFromRows()
{
    const RevisionGraph g = graph(u"branched"_s);
    const AppliedState state = AppliedState::fromRows(g, { u"b005"_s, u"gone00000000"_s, u"b002"_s });
    QCOMPARE(ids(g, state.rows), (QStringList { u"b002"_s, u"b005"_s })); // topological order
    QCOMPARE(state.unknownRows, QStringList { u"gone00000000"_s });
    QCOMPARE(state.appliedCount(), 4);
    QVERIFY(!state.isApplied(*g.indexOf(u"b003"_s)));
    for (const char *id : { "b001", "b002", "b004", "b005" })
        QVERIFY2(state.isApplied(*g.indexOf(QString::fromLatin1(id))), id);

    const AppliedState empty = AppliedState::fromRows(g, {});
    QCOMPARE(empty.appliedCount(), 0);
    QVERIFY(empty.rows.isEmpty());
    QCOMPARE(int(empty.applied.size()), g.size());
}

void TestMigrationPlanner::plans_data()
{
    addPlanRows();
}

void TestMigrationPlanner::plans()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, appliedOrder);
    QFETCH(QString, action);
    QFETCH(QString, argument);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, toHeads);
    QFETCH(bool, fails);
    QFETCH(QStringList, errorParts);

    const RevisionGraph g = ::graph(graph);
    const AppliedState state = AppliedState::fromRows(g, rows);
    const MigrationPlanner planner(g, state, ranks(g, appliedOrder));
    const auto result = plan(planner, { action, argument });

    if (fails) {
        QVERIFY2(!result, qPrintable(u"planned: "_s + (result ? ::steps(g, *result).join(u' ') : QString())));
        const Error &e = result.error();
        QCOMPARE(e.code(), ErrorCode::Usage);
        QVERIFY(!e.message().isEmpty());
        const QString text = e.message() + u'\n' + e.hint();
        for (const QString &part : errorParts)
            QVERIFY2(text.contains(part), qPrintable(text));
        return;
    }
    QVERIFY2(result, errorText(result).constData());
    QCOMPARE(::steps(g, *result), steps);
    QCOMPARE(ids(g, result->toHeads), toHeads);
    QCOMPARE(result->isEmpty(), steps.isEmpty());
    const auto ups
        = std::count_if(steps.cbegin(), steps.cend(), [](const QString &s) { return s.startsWith(u'+'); });
    QCOMPARE(result->count(Direction::Up), int(ups));
    QCOMPARE(result->count(Direction::Down), int(steps.size() - ups));
    // Every prefix of the plan leaves an ancestor-closed applied set, and it ends at toHeads.
    const QString problem = replayProblem(g, state, *result);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMigrationPlanner::headTrackerRowsFollowEveryStep_data()
{
    addPlanRows();
}

void TestMigrationPlanner::headTrackerRowsFollowEveryStep()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, appliedOrder);
    QFETCH(QString, action);
    QFETCH(QString, argument);
    QFETCH(bool, fails);
    if (fails)
        return; // no plan to follow; plans() checks the error

    const RevisionGraph g = ::graph(graph);
    const AppliedState state = AppliedState::fromRows(g, rows);
    const MigrationPlanner planner(g, state, ranks(g, appliedOrder));
    const auto result = plan(planner, { action, argument });
    QVERIFY2(result, errorText(result).constData());

    // A row naming a revision file that is gone is carried along untouched.
    const QString unknown = u"gone00000000"_s;
    HeadTracker tracker(g, state.applied, rows + QStringList { unknown });
    RevisionSet applied = state.applied;
    for (const PlanStep &step : result->steps) {
        tracker.apply(step);
        applied[step.revision] = step.direction == Direction::Up;
        QStringList expected = ids(g, g.headsOf(applied));
        expected << unknown;
        expected.sort();
        QStringList actual = tracker.rows();
        actual.sort();
        QCOMPARE(actual, expected);
    }
    QStringList finalRows = tracker.rows();
    finalRows.removeOne(unknown);
    finalRows.sort();
    QStringList toHeads = ids(g, result->toHeads);
    toHeads.sort();
    QCOMPARE(finalRows, toHeads);
}

void TestMigrationPlanner::headTrackerReportsRowMoves()
{
    const RevisionGraph g = graph(u"merged"_s);
    const int m003 = *g.indexOf(u"m003"_s);
    const int m004 = *g.indexOf(u"m004"_s);
    const AppliedState state = AppliedState::fromRows(g, { u"m002"_s, u"m003"_s });
    HeadTracker tracker(g, state.applied, { u"m002"_s, u"m003"_s });

    // Applying the merge replaces both parents' rows with one.
    HeadTracker::Move up = tracker.apply({ m004, Direction::Up });
    up.removed.sort();
    QCOMPARE(up.removed, (QStringList { u"m002"_s, u"m003"_s }));
    QCOMPARE(up.added, QStringList { u"m004"_s });
    QCOMPARE(tracker.rows(), QStringList { u"m004"_s });

    // Reverting it brings both back.
    HeadTracker::Move down = tracker.apply({ m004, Direction::Down });
    down.added.sort();
    QCOMPARE(down.removed, QStringList { u"m004"_s });
    QCOMPARE(down.added, (QStringList { u"m002"_s, u"m003"_s }));

    // Reverting one branch of two: the branch point stays below the other, so no row appears.
    HeadTracker::Move branch = tracker.apply({ m003, Direction::Down });
    QCOMPARE(branch.removed, QStringList { u"m003"_s });
    QVERIFY(branch.added.isEmpty());
    QCOMPARE(tracker.rows(), QStringList { u"m002"_s });

    // Applying a revision whose parent is below another row adds a row and removes none.
    HeadTracker::Move again = tracker.apply({ m003, Direction::Up });
    QVERIFY(again.removed.isEmpty());
    QCOMPARE(again.added, QStringList { u"m003"_s });
}

QTEST_GUILESS_MAIN(TestMigrationPlanner)
#include "tst_migrationplanner.moc"
