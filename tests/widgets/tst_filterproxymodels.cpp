// SPDX-License-Identifier: MIT
// The filters over the timeline (text, pending on one connection) and the log panel
// (minimum level, logger family, text).
#include "log/logfilterproxymodel.h"
#include "log/logmodel.h"
#include "timeline/timelinefilterproxymodel.h"
#include "timeline/timelinemodel.h"

#include "common/statusstyle.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

/// a <- b <- m, a <- c <- m: a branch and its merge. The messages share no letter with
/// the ids searched for below, so that id and message matches can be told apart.
std::shared_ptr<const RevisionGraph> branchAndMerge()
{
    const QList<QPair<QString, QString>> specs = {{u"a@1"_s, u"new users"_s},
                                                  {u"b:a@2"_s, u"add Email to users"_s},
                                                  {u"c:a@3"_s, u"orders"_s},
                                                  {u"m:b,c@4"_s, u"join the two lines"_s}};
    QList<Revision> revisions;
    for (const auto &[spec, message] : specs) {
        Revision revision = test::revisionFromSpec(spec);
        revision.message = message;
        revisions << revision;
    }
    auto graph = RevisionGraph::build(revisions);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().message()));
    return std::make_shared<const RevisionGraph>(*std::move(graph));
}

StatusReport statusOf(const RevisionGraph &graph, const QStringList &rows, const QString &failed = {})
{
    return test::statusFromRows(graph, rows, failed);
}

/// The column of each row of @p model, top to bottom.
QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QStringList ids(const QAbstractItemModel &model)
{
    return column(model, TimelineModel::RevisionColumn);
}

QStringList messages(const QAbstractItemModel &model)
{
    return column(model, 0, LogModel::MessageRole);
}

/// dev has b applied (c and m pending); staging has everything; ci has nothing applied
/// and c failed.
void fillTimeline(TimelineModel &model)
{
    const auto graph = branchAndMerge();
    model.setGraph(graph);
    model.setConnections({{u"dev"_s, false, statusOf(*graph, {u"b"_s}), {}},
                          {u"staging"_s, false, statusOf(*graph, {u"m"_s}), {}},
                          {u"ci"_s, false, statusOf(*graph, {}, u"c"_s), {}},
                          {u"prod"_s, true, std::nullopt, u"connection refused"_s}});
}

constexpr int Dev = TimelineModel::FirstConnectionColumn;
constexpr int Staging = Dev + 1;
constexpr int Ci = Dev + 2;
constexpr int Prod = Dev + 3;

void fillLog(LogModel &model)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.append({now, u"core"_s, 1, u"reading strata.toml"_s});
    model.append({now, u"core.migrate"_s, 2, u"Applying b002"_s});
    model.append({now, u"corex"_s, 4, u"not the core family"_s});
    model.append({now, u"sql"_s, 0, u"SELECT 1"_s});
    model.append({now, u"ui.timeline"_s, 3, u"slow refresh"_s});
    model.append({now, u"core.graph.lanes"_s, 3, u"wide graph: APPLYING layout"_s});
}

} // namespace

class TestFilterProxyModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelinePassesTheModelTesterWhileFiltering();
    void timelineFiltersOnIdAndMessage_data();
    void timelineFiltersOnIdAndMessage();
    void timelineShowsOnlyPendingRevisions_data();
    void timelineShowsOnlyPendingRevisions();
    void timelineCombinesTextAndPending();
    void timelineRefiltersWhenAStatusChanges();
    void timelineReportsWhetherItFilters();

    void logPassesTheModelTesterWhileFiltering();
    void logKeepsAMinimumLevel();
    void logFiltersOnALoggerFamily_data();
    void logFiltersOnALoggerFamily();
    void logFiltersOnTextInAnyCase();
    void logCombinesItsFilters();
};

void TestFilterProxyModels::timelinePassesTheModelTesterWhileFiltering()
{
    TimelineModel model;
    TimelineFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillTimeline(model);
    proxy.setText(u"users"_s);
    proxy.setPendingColumn(Dev);
    proxy.setText({});
    model.setConnectionStatus(0, {u"dev"_s, false, statusOf(*model.graph(), {u"a"_s}), {}});
    proxy.setPendingColumn(-1);
    model.setGraph(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFilterProxyModels::timelineFiltersOnIdAndMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("id, other case") << u"C"_s << QStringList{u"c"_s};
    QTest::newRow("message, other case") << u"EMAIL"_s << QStringList{u"b"_s};
    QTest::newRow("several messages") << u"users"_s << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("id or message") << u"m"_s << QStringList{u"m"_s, u"b"_s}; // id m, "add Email to users"
    QTest::newRow("padded") << u"  orders "_s << QStringList{u"c"_s};
    QTest::newRow("no match") << u"payments"_s << QStringList();
    QTest::newRow("blank shows all") << u"   "_s << QStringList{u"m"_s, u"c"_s, u"b"_s, u"a"_s};
}

void TestFilterProxyModels::timelineFiltersOnIdAndMessage()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);

    TimelineModel model;
    fillTimeline(model);
    TimelineFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setText(text);
    QCOMPARE(::ids(proxy), ids);
}

void TestFilterProxyModels::timelineShowsOnlyPendingRevisions_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("some pending") << Dev << QStringList{u"m"_s, u"c"_s};
    QTest::newRow("up to date") << Staging << QStringList();
    // A failed revision is not pending: it needs attention, not a plain migrate.
    QTest::newRow("failed is not pending") << Ci << QStringList{u"m"_s, u"b"_s, u"a"_s};
    QTest::newRow("unknown status") << Prod << QStringList();
    QTest::newRow("no column") << -1 << QStringList{u"m"_s, u"c"_s, u"b"_s, u"a"_s};
}

void TestFilterProxyModels::timelineShowsOnlyPendingRevisions()
{
    QFETCH(int, column);
    QFETCH(QStringList, ids);

    TimelineModel model;
    fillTimeline(model);
    TimelineFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setPendingColumn(column);
    QCOMPARE(proxy.pendingColumn(), column);
    QCOMPARE(::ids(proxy), ids);
    // Every row left is pending in that column.
    if (column >= 0) {
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, column).data(TimelineModel::StatusKindRole).toInt(),
                     int(StatusKind::Pending));
    }
}

void TestFilterProxyModels::timelineCombinesTextAndPending()
{
    TimelineModel model;
    fillTimeline(model);
    TimelineFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setPendingColumn(Dev);
    proxy.setText(u"m"_s); // m by its id, b by its message; only m is pending on dev
    QCOMPARE(ids(proxy), QStringList{u"m"_s});
    proxy.setText(u"users"_s); // a and b, both applied on dev
    QCOMPARE(ids(proxy), QStringList());
    proxy.setPendingColumn(-1);
    QCOMPARE(ids(proxy), (QStringList{u"b"_s, u"a"_s}));
}

void TestFilterProxyModels::timelineRefiltersWhenAStatusChanges()
{
    TimelineModel model;
    fillTimeline(model);
    TimelineFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setPendingColumn(Dev);
    QCOMPARE(ids(proxy), (QStringList{u"m"_s, u"c"_s}));
    // dev migrates to head: a status refresh changes cells only, and nothing is pending now.
    model.setConnectionStatus(0, {u"dev"_s, false, statusOf(*model.graph(), {u"m"_s}), {}});
    QCOMPARE(ids(proxy), QStringList());
    // dev rolls back to a: b, c and m are pending again.
    model.setConnectionStatus(0, {u"dev"_s, false, statusOf(*model.graph(), {u"a"_s}), {}});
    QCOMPARE(ids(proxy), (QStringList{u"m"_s, u"c"_s, u"b"_s}));
}

void TestFilterProxyModels::timelineReportsWhetherItFilters()
{
    TimelineFilterProxyModel proxy;
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.pendingColumn(), -1);
    proxy.setText(u"users"_s);
    QVERIFY(proxy.isFiltering());
    proxy.setText(u"  "_s);
    QVERIFY(!proxy.isFiltering());
    proxy.setPendingColumn(Dev);
    QVERIFY(proxy.isFiltering());
    proxy.setPendingColumn(-1);
    QVERIFY(!proxy.isFiltering());
}

void TestFilterProxyModels::logPassesTheModelTesterWhileFiltering()
{
    LogModel model(4);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLogger(u"core"_s);
    fillLog(model); // past capacity: the oldest rows fall off under the filter
    proxy.setMinimumLevel(3);
    proxy.setText(u"graph"_s);
    QCOMPARE(messages(proxy), QStringList{u"wide graph: APPLYING layout"_s});
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFilterProxyModels::logKeepsAMinimumLevel()
{
    LogModel model;
    fillLog(model);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setMinimumLevel(3);
    QCOMPARE(messages(proxy),
             (QStringList{u"not the core family"_s, u"slow refresh"_s, u"wide graph: APPLYING layout"_s}));
    proxy.setMinimumLevel(4);
    QCOMPARE(messages(proxy), QStringList{u"not the core family"_s});
    proxy.setMinimumLevel(5);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setMinimumLevel(0);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestFilterProxyModels::logFiltersOnALoggerFamily_data()
{
    QTest::addColumn<QString>("logger");
    QTest::addColumn<QStringList>("loggers");

    QTest::newRow("family and its members")
        << u"core"_s << QStringList{u"core"_s, u"core.migrate"_s, u"core.graph.lanes"_s};
    QTest::newRow("one member") << u"core.migrate"_s << QStringList{u"core.migrate"_s};
    QTest::newRow("a nested family") << u"core.graph"_s << QStringList{u"core.graph.lanes"_s};
    QTest::newRow("a name sharing the prefix") << u"corex"_s << QStringList{u"corex"_s};
    QTest::newRow("a prefix that is no family") << u"cor"_s << QStringList();
    QTest::newRow("ui") << u"ui"_s << QStringList{u"ui.timeline"_s};
    QTest::newRow("every logger") << QString()
                                  << QStringList{u"core"_s, u"core.migrate"_s, u"corex"_s, u"sql"_s,
                                                 u"ui.timeline"_s, u"core.graph.lanes"_s};
}

void TestFilterProxyModels::logFiltersOnALoggerFamily()
{
    QFETCH(QString, logger);
    QFETCH(QStringList, loggers);

    LogModel model;
    fillLog(model);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLogger(logger);
    QCOMPARE(column(proxy, 0, LogModel::LoggerRole), loggers);
}

void TestFilterProxyModels::logFiltersOnTextInAnyCase()
{
    LogModel model;
    fillLog(model);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setText(u"applying"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Applying b002"_s, u"wide graph: APPLYING layout"_s}));
    proxy.setText(u"select"_s);
    QCOMPARE(messages(proxy), QStringList{u"SELECT 1"_s});
    proxy.setText(u"nothing like it"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 6);
}

void TestFilterProxyModels::logCombinesItsFilters()
{
    LogModel model;
    fillLog(model);
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLogger(u"core"_s);
    proxy.setText(u"applying"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Applying b002"_s, u"wide graph: APPLYING layout"_s}));
    proxy.setMinimumLevel(3);
    QCOMPARE(messages(proxy), QStringList{u"wide graph: APPLYING layout"_s});
    proxy.setLogger(u"ui"_s);
    QCOMPARE(proxy.rowCount(), 0);
    // Rows appended later go through the same filters.
    model.append({QDateTime::currentDateTimeUtc(), u"ui.details"_s, 4, u"applying failed"_s});
    model.append({QDateTime::currentDateTimeUtc(), u"ui.details"_s, 2, u"applying again"_s});
    QCOMPARE(messages(proxy), QStringList{u"applying failed"_s});
}

QTEST_GUILESS_MAIN(TestFilterProxyModels)
#include "tst_filterproxymodels.moc"
