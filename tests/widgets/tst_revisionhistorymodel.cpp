// SPDX-License-Identifier: MIT
// One revision's history across connections: newest first, each connection's rows replaced
// as they arrive, errors last.
#include "timeline/revisionhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

/// A history row of b002 applied at 10:@p minute UTC by @p by (which tells rows apart).
HistoryRecord record(const QString &by, int minute, bool success = true, const QString &error = {},
                     const QString &direction = u"up"_s)
{
    HistoryRecord r;
    r.id = minute;
    r.revision = u"b002"_s;
    r.downRevision = u"a001"_s;
    r.direction = direction;
    r.appliedAt = QDateTime(QDate(2026, 1, 13), QTime(10, minute), Qt::UTC);
    r.appliedBy = by;
    r.durationMs = 120 + minute;
    r.success = success;
    r.error = error;
    return r;
}

QStringList column(const RevisionHistoryModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column), role).toString();
    return values;
}

} // namespace

class TestRevisionHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughUpdates();
    void forgetsEveryRowForANewRevision();
    void mergesConnectionsNewestFirst();
    void replacesOnlyTheRowsOfTheConnectionSetAgain();
    void showsAnErrorRowLast();
    void showsHowARecordEnded();
};

void TestRevisionHistoryModel::passesTheModelTesterThroughUpdates()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    model.setRecords(u"dev"_s, {record(u"ann@laptop"_s, 0), record(u"bob@ci"_s, 20, false, u"boom"_s)}, {});
    model.setRecords(u"prod"_s, {}, u"connection refused"_s);
    model.setRecords(u"dev"_s, {}, {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RevisionHistoryModel::ColumnCount));
    model.setRevision(u"c003"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestRevisionHistoryModel::forgetsEveryRowForANewRevision()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    QCOMPARE(model.revisionId(), u"b002"_s);
    model.setRecords(u"dev"_s, {record(u"ann@laptop"_s, 0)}, {});
    model.setRecords(u"prod"_s, {}, u"connection refused"_s);
    QCOMPARE(model.rowCount(), 2);
    model.setRevision(u"c003"_s);
    QCOMPARE(model.revisionId(), u"c003"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestRevisionHistoryModel::mergesConnectionsNewestFirst()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    // Each connection's rows in the order the database gave them (oldest first).
    model.setRecords(u"dev"_s, {record(u"dev-0"_s, 0), record(u"dev-20"_s, 20)}, {});
    model.setRecords(u"prod"_s, {record(u"prod-10"_s, 10), record(u"prod-30"_s, 30)}, {});
    QCOMPARE(column(model, RevisionHistoryModel::ByColumn),
             (QStringList{u"prod-30"_s, u"dev-20"_s, u"prod-10"_s, u"dev-0"_s}));
    QCOMPARE(column(model, RevisionHistoryModel::ConnectionColumn),
             (QStringList{u"prod"_s, u"dev"_s, u"prod"_s, u"dev"_s}));
}

void TestRevisionHistoryModel::replacesOnlyTheRowsOfTheConnectionSetAgain()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    model.setRecords(u"dev"_s, {record(u"dev-0"_s, 0), record(u"dev-20"_s, 20)}, {});
    model.setRecords(u"prod"_s, {record(u"prod-10"_s, 10), record(u"prod-30"_s, 30)}, {});

    model.setRecords(u"dev"_s, {record(u"dev-5"_s, 5)}, {});
    QCOMPARE(column(model, RevisionHistoryModel::ByColumn),
             (QStringList{u"prod-30"_s, u"prod-10"_s, u"dev-5"_s}));

    model.setRecords(u"prod"_s, {}, {});
    QCOMPARE(column(model, RevisionHistoryModel::ByColumn), QStringList{u"dev-5"_s});
}

void TestRevisionHistoryModel::showsAnErrorRowLast()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    model.setRecords(u"prod"_s, {}, u"connection refused"_s);
    model.setRecords(u"dev"_s, {record(u"dev-0"_s, 0), record(u"dev-20"_s, 20)}, {});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(column(model, RevisionHistoryModel::ConnectionColumn),
             (QStringList{u"dev"_s, u"dev"_s, u"prod"_s}));

    const auto error = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(2, column), role);
    };
    QVERIFY(error(RevisionHistoryModel::OutcomeColumn).toString().contains(u"connection refused"_s));
    QVERIFY(error(RevisionHistoryModel::OutcomeColumn, Qt::ToolTipRole)
                .toString()
                .contains(u"connection refused"_s));
    QVERIFY(!error(RevisionHistoryModel::ConnectionColumn, RevisionHistoryModel::SuccessRole).toBool());
    QVERIFY(error(RevisionHistoryModel::OutcomeColumn, RevisionHistoryModel::SuccessRole).isValid());
    QVERIFY(error(RevisionHistoryModel::ActionColumn).toString().isEmpty());
    QVERIFY(error(RevisionHistoryModel::WhenColumn).toString().isEmpty());

    // Records arriving later for another connection still sort above the error.
    model.setRecords(u"staging"_s, {record(u"staging-1"_s, 1)}, {});
    QCOMPARE(column(model, RevisionHistoryModel::ConnectionColumn),
             (QStringList{u"dev"_s, u"staging"_s, u"dev"_s, u"prod"_s}));

    // The connection answers next time: its error row goes.
    model.setRecords(u"prod"_s, {record(u"prod-30"_s, 30)}, {});
    QCOMPARE(column(model, RevisionHistoryModel::ByColumn),
             (QStringList{u"prod-30"_s, u"dev-20"_s, u"staging-1"_s, u"dev-0"_s}));
}

void TestRevisionHistoryModel::showsHowARecordEnded()
{
    RevisionHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRevision(u"b002"_s);
    const HistoryRecord failed = record(u"bob@ci"_s, 20, false, u"line 3: relation \"users\" exists"_s);
    const HistoryRecord reverted = record(u"ann@laptop"_s, 10, true, {}, u"down"_s);
    model.setRecords(u"dev"_s, {reverted, failed}, {});

    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    // Row 0: the failed attempt, the newest.
    QCOMPARE(at(0, RevisionHistoryModel::OutcomeColumn).toString(),
             u"failed: line 3: relation \"users\" exists"_s);
    QCOMPARE(at(0, RevisionHistoryModel::OutcomeColumn, Qt::ToolTipRole).toString(), failed.error);
    QVERIFY(!at(0, RevisionHistoryModel::OutcomeColumn, RevisionHistoryModel::SuccessRole).toBool());
    QVERIFY(at(0, RevisionHistoryModel::ConnectionColumn, RevisionHistoryModel::SuccessRole).isValid());
    QVERIFY(at(0, RevisionHistoryModel::ActionColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(at(0, RevisionHistoryModel::ActionColumn).toString(), u"up"_s);
    QCOMPARE(at(0, RevisionHistoryModel::ByColumn).toString(), u"bob@ci"_s);
    QCOMPARE(at(0, RevisionHistoryModel::DurationColumn).toString(), u"140 ms"_s);

    // Row 1: the successful revert.
    QCOMPARE(at(1, RevisionHistoryModel::OutcomeColumn).toString(), u"ok"_s);
    QVERIFY(at(1, RevisionHistoryModel::OutcomeColumn, RevisionHistoryModel::SuccessRole).toBool());
    QVERIFY(!at(1, RevisionHistoryModel::ActionColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(at(1, RevisionHistoryModel::ActionColumn).toString(), u"down"_s);
    QCOMPARE(at(1, RevisionHistoryModel::WhenColumn).toString(),
             reverted.appliedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QTEST_GUILESS_MAIN(TestRevisionHistoryModel)
#include "tst_revisionhistorymodel.moc"
