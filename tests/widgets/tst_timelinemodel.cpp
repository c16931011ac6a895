// SPDX-License-Identifier: MIT
// The timeline model: rows newest first, lanes from core, one status column per connection.
#include "timeline/timelinemodel.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

/// a <- b <- m, a <- c <- m: a branch and its merge.
std::shared_ptr<const RevisionGraph> branchAndMerge()
{
    QList<Revision> revisions;
    for (const QString &spec : {u"a@1"_s, u"b:a@2"_s, u"c:a@3"_s, u"m:b,c@4"_s})
        revisions << test::revisionFromSpec(spec);
    auto graph = RevisionGraph::build(revisions);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().message()));
    return std::make_shared<const RevisionGraph>(*std::move(graph));
}

/// A status snapshot with @p rows in the version table; @p failed and @p edited marked.
StatusReport statusOf(const RevisionGraph &graph, const QStringList &rows, const QString &failed = {},
                      const QString &edited = {})
{
    StatusReport report;
    report.database = u"sqlite:///dev.db"_s;
    report.state = AppliedState::fromRows(graph, rows);
    report.revisions.resize(graph.size());
    for (int i = 0; i < graph.size(); ++i) {
        RevisionStatus &status = report.revisions[i];
        status.applied = report.state.isApplied(i);
        status.current = report.state.rows.contains(i);
        if (graph.at(i).id == failed) {
            status.failed = true;
            status.lastRecord = LatestRecord{7, u"up"_s, {}, false, u"line 3: boom"_s};
        }
        status.edited = graph.at(i).id == edited;
    }
    return report;
}

QString cell(const TimelineModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughResets();
    void listsRevisionsNewestFirstWithTheirLanes();
    void showsOneStatusColumnPerConnection();
    void marksProductionConnectionsInTheHeader();
    void explainsAnUnknownStatus();
};

void TestTimelineModel::passesTheModelTesterThroughResets()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    model.setConnections({{u"dev"_s, false, statusOf(*graph, {u"b"_s}), {}},
                          {u"prod"_s, true, std::nullopt, u"connection refused"_s}});
    model.setConnections({});
    model.setGraph(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::listsRevisionsNewestFirstWithTheirLanes()
{
    TimelineModel model;
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    QCOMPARE(model.rowCount(), 4);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << cell(model, row, TimelineModel::RevisionColumn);
    QCOMPARE(ids, (QStringList{u"m"_s, u"c"_s, u"b"_s, u"a"_s}));

    const QList<LaneRow> expected = layoutLanes(*graph);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant lanes = model.data(model.index(row, TimelineModel::GraphColumn), TimelineModel::LaneRowRole);
        QVERIFY(lanes.canConvert<LaneRow>());
        QCOMPARE(lanes.value<LaneRow>(), expected.at(row));
    }
    QVERIFY(model.data(model.index(0, TimelineModel::MessageColumn), TimelineModel::IsHeadRole).toBool());
    QVERIFY(model.data(model.index(0, TimelineModel::MessageColumn), TimelineModel::IsMergeRole).toBool());
    QCOMPARE(cell(model, 3, TimelineModel::CreatedColumn), u"2026-01-13 12:01"_s);
    QCOMPARE(model.rowOf(u"c"), 1);
    QCOMPARE(model.rowOf(u"nope"), -1);
    QCOMPARE(graph->at(model.revisionAt(1)).id, u"c"_s);
}

void TestTimelineModel::showsOneStatusColumnPerConnection()
{
    TimelineModel model;
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    model.setConnections({{u"dev"_s, false, statusOf(*graph, {u"m"_s}, {}, u"b"_s), {}},
                          {u"staging"_s, false, statusOf(*graph, {u"b"_s}, u"c"_s), {}}});
    QCOMPARE(model.columnCount(), TimelineModel::FirstConnectionColumn + 2);
    const int dev = TimelineModel::FirstConnectionColumn;
    const int staging = dev + 1;
    // rows: m, c, b, a
    QCOMPARE(cell(model, 0, dev), TimelineModel::stateName(RevisionState::Current));
    QCOMPARE(cell(model, 2, dev), TimelineModel::stateName(RevisionState::Edited));
    QCOMPARE(cell(model, 3, dev), TimelineModel::stateName(RevisionState::Applied));
    QCOMPARE(cell(model, 0, staging), TimelineModel::stateName(RevisionState::Pending));
    QCOMPARE(cell(model, 1, staging), TimelineModel::stateName(RevisionState::Failed));
    QCOMPARE(cell(model, 1, staging, Qt::ToolTipRole), u"line 3: boom"_s);
    QCOMPARE(cell(model, 2, staging), TimelineModel::stateName(RevisionState::Current));
    QCOMPARE(model.data(model.index(1, staging), TimelineModel::RevisionStateRole).toInt(), int(RevisionState::Failed));
}

void TestTimelineModel::marksProductionConnectionsInTheHeader()
{
    TimelineModel model;
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    model.setConnections({{u"dev"_s, false, statusOf(*graph, {}), {}}, {u"prod"_s, true, statusOf(*graph, {}), {}}});
    const int first = TimelineModel::FirstConnectionColumn;
    QCOMPARE(model.headerData(first + 1, Qt::Horizontal).toString(), u"prod"_s);
    QVERIFY(model.headerData(first + 1, Qt::Horizontal, TimelineModel::ProductionRole).toBool());
    QVERIFY(!model.headerData(first, Qt::Horizontal, TimelineModel::ProductionRole).toBool());
    QCOMPARE(model.headerData(first, Qt::Horizontal, Qt::ToolTipRole).toString(), u"sqlite:///dev.db"_s);
}

void TestTimelineModel::explainsAnUnknownStatus()
{
    TimelineModel model;
    model.setGraph(branchAndMerge());
    model.setConnections({{u"prod"_s, true, std::nullopt, u"connection refused"_s}});
    const int prod = TimelineModel::FirstConnectionColumn;
    QCOMPARE(cell(model, 0, prod), u"?"_s);
    QCOMPARE(cell(model, 0, prod, Qt::ToolTipRole), u"connection refused"_s);
    QVERIFY(!model.data(model.index(0, prod), TimelineModel::RevisionStateRole).isValid());
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
