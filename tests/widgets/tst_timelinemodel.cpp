// SPDX-License-Identifier: MIT
// The timeline model: rows newest first, lanes from core, one status column per connection.
#include "timeline/timelinemodel.h"

#include "common/statusstyle.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

/// a <- b <- m, a <- c <- m: a branch and its merge.
std::shared_ptr<const RevisionGraph> branchAndMerge()
{
    return std::make_shared<const RevisionGraph>(
        test::graphFromSpecs({u"a@1"_s, u"b:a@2"_s, u"c:a@3"_s, u"m:b,c@4"_s}));
}

StatusReport statusOf(const RevisionGraph &graph, const QStringList &rows, const QString &failed = {},
                      const QString &edited = {})
{
    return test::statusFromRows(graph, rows, failed, edited);
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
    void listsVersionRowsWithoutAFileFirst();
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
    QCOMPARE(cell(model, 0, dev), statusName(statusKind(RevisionState::Current)));
    QCOMPARE(cell(model, 2, dev), statusName(statusKind(RevisionState::Edited)));
    QCOMPARE(cell(model, 3, dev), statusName(statusKind(RevisionState::Applied)));
    QCOMPARE(cell(model, 0, staging), statusName(statusKind(RevisionState::Pending)));
    QCOMPARE(cell(model, 1, staging), statusName(statusKind(RevisionState::Failed)));
    QVERIFY(cell(model, 1, staging, Qt::ToolTipRole).endsWith(u"line 3: boom"_s));
    QCOMPARE(cell(model, 2, staging), statusName(statusKind(RevisionState::Current)));
    QCOMPARE(model.data(model.index(1, staging), TimelineModel::StatusKindRole).toInt(), int(StatusKind::Failed));
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
    QVERIFY(model.headerData(first + 1, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(u"Production"_s));
}

void TestTimelineModel::explainsAnUnknownStatus()
{
    TimelineModel model;
    model.setGraph(branchAndMerge());
    model.setConnections({{u"prod"_s, true, std::nullopt, u"connection refused"_s}});
    const int prod = TimelineModel::FirstConnectionColumn;
    QCOMPARE(cell(model, 0, prod), u"?"_s);
    QCOMPARE(cell(model, 0, prod, Qt::ToolTipRole), u"connection refused"_s);
    QVERIFY(!model.data(model.index(0, prod), TimelineModel::StatusKindRole).isValid());
}

void TestTimelineModel::listsVersionRowsWithoutAFileFirst()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    StatusReport orphaned = statusOf(*graph, {u"b"_s});
    orphaned.state.unknownRows = {u"f00dfeed0001"_s};
    model.setConnections({{u"dev"_s, false, statusOf(*graph, {u"m"_s}), {}}, {u"prod"_s, true, {}, {}}});
    QCOMPARE(model.rowCount(), 4);

    model.setConnectionStatus(1, {u"prod"_s, true, orphaned, {}});
    QCOMPARE(model.rowCount(), 5);
    const int dev = TimelineModel::FirstConnectionColumn;
    const int prod = dev + 1;
    QCOMPARE(cell(model, 0, TimelineModel::RevisionColumn), u"f00dfeed0001"_s);
    QVERIFY(model.data(model.index(0, 0), TimelineModel::IsMissingFileRole).toBool());
    QVERIFY(!model.data(model.index(0, TimelineModel::GraphColumn), TimelineModel::LaneRowRole).isValid());
    QCOMPARE(model.data(model.index(0, prod), TimelineModel::StatusKindRole).toInt(), int(StatusKind::MissingFile));
    QVERIFY(!model.data(model.index(0, dev), TimelineModel::StatusKindRole).isValid());
    QCOMPARE(model.revisionAt(0), -1);
    QCOMPARE(graph->at(model.revisionAt(1)).id, u"m"_s);
    QCOMPARE(model.rowOf(u"m"), 1);
    QCOMPARE(model.rowOf(u"f00dfeed0001"), 0);
    QCOMPARE(cell(model, 3, prod), statusName(StatusKind::Current)); // b

    // Only the column changes while the rows stay: no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    StatusReport later = statusOf(*graph, {u"m"_s});
    later.state.unknownRows = orphaned.state.unknownRows;
    model.setConnectionStatus(1, {u"prod"_s, true, later, {}});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).value<QModelIndex>().column(), prod);
    QCOMPARE(cell(model, 1, prod), statusName(StatusKind::Current));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
