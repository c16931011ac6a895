// SPDX-License-Identifier: MIT
// The studio's verbs (migrate, migrate REV, roll back, stamp) as core requests, planned by
// the real MigrationPlanner.
#include "project/migrationaction.h"

#include "graph/appliedstate.h"
#include "graph/migrationplanner.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

Q_DECLARE_METATYPE(strata::ui::MigrationAction)
Q_DECLARE_METATYPE(strata::RunMode)

namespace {

/// a001 <- b002 <- m004, a001 <- c003 <- m004: a branch and its merge. Topological order
/// a001 b002 c003 m004.
RevisionGraph branchAndMerge()
{
    return test::graphFromSpecs({u"a001@1"_s, u"b002:a001@2"_s, u"c003:a001@3"_s, u"m004:b002,c003@4"_s});
}

/// What @p action plans for a database whose version table holds @p rows.
Result<MigrationPlan> plan(const MigrationAction &action, const RevisionGraph &graph, const QStringList &rows)
{
    const AppliedState state = AppliedState::fromRows(graph, rows);
    const MigrationPlanner planner(graph, state);
    return action.planRequest()(planner);
}

/// "up c003", "down m004", ... in plan order.
QStringList describeSteps(const RevisionGraph &graph, const MigrationPlan &plan)
{
    QStringList steps;
    for (const PlanStep &step : plan.steps)
        steps << (step.direction == Direction::Up ? u"up "_s : u"down "_s) + graph.at(step.revision).id;
    return steps;
}

} // namespace

class TestMigrationAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesItself_data();
    void describesItself();
    void describesARollBackByItsSteps();
    void stampsWithoutRunningSql_data();
    void stampsWithoutRunningSql();
    void plansAgainstTheRealPlanner_data();
    void plansAgainstTheRealPlanner();
    void refusesAnUnknownOrImpossibleTarget_data();
    void refusesAnUnknownOrImpossibleTarget();
};

void TestMigrationAction::describesItself_data()
{
    QTest::addColumn<MigrationAction>("action");
    QTest::addColumn<QString>("description");

    QTest::newRow("migrate to head") << MigrationAction::migrateToHead() << u"Migrate to head"_s;
    QTest::newRow("migrate to a revision") << MigrationAction::migrateTo(u"c003"_s) << u"Migrate to c003"_s;
    QTest::newRow("stamp") << MigrationAction::stamp(u"b002"_s) << u"Stamp at b002"_s;
}

void TestMigrationAction::describesItself()
{
    QFETCH(MigrationAction, action);
    QFETCH(QString, description);
    QCOMPARE(action.description(), description);
}

void TestMigrationAction::describesARollBackByItsSteps()
{
    // Without a translation loaded the plural reads "revision(s)"; either form is right.
    QVERIFY(MigrationAction::rollBack(1).description().startsWith(u"Roll back 1 revision"_s));
    QVERIFY(MigrationAction::rollBack(2).description().startsWith(u"Roll back 2 revision"_s));
    QVERIFY(!MigrationAction::rollBack(2).description().contains(u'%'));
}

void TestMigrationAction::stampsWithoutRunningSql_data()
{
    QTest::addColumn<MigrationAction>("action");
    QTest::addColumn<RunMode>("mode");

    QTest::newRow("migrate to head") << MigrationAction::migrateToHead() << RunMode::Execute;
    QTest::newRow("migrate to a revision") << MigrationAction::migrateTo(u"c003"_s) << RunMode::Execute;
    QTest::newRow("roll back") << MigrationAction::rollBack(2) << RunMode::Execute;
    QTest::newRow("stamp") << MigrationAction::stamp(u"b002"_s) << RunMode::Stamp;
}

void TestMigrationAction::stampsWithoutRunningSql()
{
    QFETCH(MigrationAction, action);
    QFETCH(RunMode, mode);
    const RunOptions options = action.runOptions();
    QCOMPARE(options.mode, mode);
    // The studio never overrides the integrity checks on its own.
    QVERIFY(!options.allowEdited);
    QVERIFY(!options.retryFailed);
}

void TestMigrationAction::plansAgainstTheRealPlanner_data()
{
    QTest::addColumn<MigrationAction>("action");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("head from one branch")
        << MigrationAction::migrateToHead() << QStringList{u"b002"_s}
        << QStringList{u"up c003"_s, u"up m004"_s};
    QTest::newRow("head from nothing") << MigrationAction::migrateToHead() << QStringList()
                                       << QStringList{u"up a001"_s, u"up b002"_s, u"up c003"_s, u"up m004"_s};
    QTest::newRow("head at head")
        << MigrationAction::migrateToHead() << QStringList{u"m004"_s} << QStringList();
    QTest::newRow("up to a pending revision")
        << MigrationAction::migrateTo(u"c003"_s) << QStringList{u"a001"_s} << QStringList{u"up c003"_s};
    QTest::newRow("down to an applied revision")
        << MigrationAction::migrateTo(u"a001"_s) << QStringList{u"m004"_s}
        << QStringList{u"down m004"_s, u"down c003"_s, u"down b002"_s};
    QTest::newRow("down to base") << MigrationAction::migrateTo(u"base"_s) << QStringList{u"b002"_s}
                                  << QStringList{u"down b002"_s, u"down a001"_s};
    QTest::newRow("roll back one") << MigrationAction::rollBack(1) << QStringList{u"m004"_s}
                                   << QStringList{u"down m004"_s};
    QTest::newRow("roll back two") << MigrationAction::rollBack(2) << QStringList{u"m004"_s}
                                   << QStringList{u"down m004"_s, u"down c003"_s};
    QTest::newRow("stamp another branch") << MigrationAction::stamp(u"c003"_s) << QStringList{u"b002"_s}
                                          << QStringList{u"down b002"_s, u"up c003"_s};
    QTest::newRow("stamp head") << MigrationAction::stamp(u"m004"_s) << QStringList()
                                << QStringList{u"up a001"_s, u"up b002"_s, u"up c003"_s, u"up m004"_s};
}

void TestMigrationAction::plansAgainstTheRealPlanner()
{
    QFETCH(MigrationAction, action);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, steps);

    const RevisionGraph graph = branchAndMerge();
    const auto planned = plan(action, graph, rows);
    QVERIFY2(planned, test::errorText(planned).constData());
    QCOMPARE(describeSteps(graph, *planned), steps);
}

void TestMigrationAction::refusesAnUnknownOrImpossibleTarget_data()
{
    QTest::addColumn<MigrationAction>("action");

    QTest::newRow("migrate to an unknown id") << MigrationAction::migrateTo(u"f00d"_s);
    QTest::newRow("stamp an unknown id") << MigrationAction::stamp(u"f00d"_s);
    QTest::newRow("migrate to a malformed id") << MigrationAction::migrateTo(u"not an id!"_s);
    QTest::newRow("stamp nothing") << MigrationAction::stamp(QString());
    QTest::newRow("roll back more than applied") << MigrationAction::rollBack(3);
}

void TestMigrationAction::refusesAnUnknownOrImpossibleTarget()
{
    QFETCH(MigrationAction, action);
    const RevisionGraph graph = branchAndMerge();
    const auto planned = plan(action, graph, {u"b002"_s});
    QVERIFY(!planned);
    QCOMPARE(planned.error().code(), ErrorCode::Usage);
    QVERIFY(!planned.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrationAction)
#include "tst_migrationaction.moc"
