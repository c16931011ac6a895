// SPDX-License-Identifier: MIT
// The log panel's model and the spdlog sink that feeds it from any thread.
#include "log/logmodel.h"
#include "log/logpanelsink.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <spdlog/logger.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace strata::ui;

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterWhileAppendingPastCapacity();
    void dropsTheOldestEntriesBeyondCapacity();
    void receivesMessagesLoggedOnAnotherThread();
    void dropsMessagesOnceTheModelIsGone();
};

void TestLogModel::passesTheModelTesterWhileAppendingPastCapacity()
{
    LogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        model.append({QDateTime::currentDateTimeUtc(), u"sql"_s, 2, u"statement %1"_s.arg(i)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLogModel::dropsTheOldestEntriesBeyondCapacity()
{
    LogModel model(3);
    for (int i = 0; i < 5; ++i)
        model.append({QDateTime::currentDateTimeUtc(), u"sql"_s, 2, u"statement %1"_s.arg(i)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0), LogModel::MessageRole).toString(), u"statement 2"_s);
    QCOMPARE(model.data(model.index(2), LogModel::MessageRole).toString(), u"statement 4"_s);
    QVERIFY(model.data(model.index(2)).toString().contains(u"[sql] statement 4"_s));
}

void TestLogModel::receivesMessagesLoggedOnAnotherThread()
{
    LogModel model;
    auto logger = std::make_shared<spdlog::logger>("core.migrate", std::make_shared<LogPanelSink>(&model));
    logger->set_level(spdlog::level::trace);
    std::thread worker([logger] {
        logger->info("applying {}", "abc123def456");
        logger->warn("slow statement");
    });
    worker.join();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), LogModel::LoggerRole).toString(), u"core.migrate"_s);
    QCOMPARE(model.data(model.index(0), LogModel::MessageRole).toString(), u"applying abc123def456"_s);
    QCOMPARE(model.data(model.index(0), LogModel::LevelRole).toInt(), int(spdlog::level::info));
    QCOMPARE(model.data(model.index(1), LogModel::LevelRole).toInt(), int(spdlog::level::warn));
    QVERIFY(model.data(model.index(1), LogModel::TimeRole).toDateTime().isValid());
}

void TestLogModel::dropsMessagesOnceTheModelIsGone()
{
    auto model = std::make_unique<LogModel>();
    auto logger = std::make_shared<spdlog::logger>("sql", std::make_shared<LogPanelSink>(model.get()));
    // A delivery is queued, then the model goes: the queued call and any later message must be
    // dropped (a dangling model would crash here, under the event loop).
    logger->info("queued before the model goes");
    model.reset();
    logger->info("after");
    QTest::qWait(20);
    // The sink still serves a new logger's life normally.
    LogModel other;
    spdlog::logger("sql", std::make_shared<LogPanelSink>(&other)).info("still works");
    QTRY_COMPARE(other.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
