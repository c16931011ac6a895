// SPDX-License-Identifier: MIT
// Branches and merges on real SQLite and PostgreSQL: the version table keeps one row per head
// of the applied set (Alembic's shape) through every step of every run.
#include "migrationfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString base = u"0a0a0a0a0a01"_s;
const QString left = u"1b1b1b1b1b02"_s;
const QString right = u"2c2c2c2c2c03"_s;
const QString merge = u"3d3d3d3d3d04"_s;

/// Checks after every finished step that the version table holds exactly the heads of the
/// applied set, which it tracks step by step from the state the run started in.
class HeadsInvariant
{
public:
    HeadsInvariant(MigrationFixture &db, const StatusReport &start)
        : m_db(db)
        , m_applied(start.state.applied)
    {
    }

    RunCallbacks callbacks()
    {
        RunCallbacks callbacks;
        callbacks.stepFinished = [this](const StepReport &report) { check(report.step); };
        return callbacks;
    }

    const QStringList &violations() const { return m_violations; }
    int checkedSteps() const { return m_checked; }

private:
    void check(const PlanStep &step)
    {
        const RevisionGraph &graph = m_db.project().graph();
        m_applied[step.revision] = step.direction == Direction::Up;
        QStringList expected;
        for (int index : graph.headsOf(m_applied))
            expected << graph.at(index).id;
        expected.sort();
        auto rows = m_db.versionRows();
        const QString where = (step.direction == Direction::Up ? u"after up "_s : u"after down "_s)
            + graph.at(step.revision).id;
        if (!rows)
            m_violations << where + u": "_s + describe(rows.error());
        else if (*rows != expected)
            m_violations << u"%1: version rows [%2], heads of the applied set [%3]"_s.arg(where, rows->join(u", "_s),
                                                                                        expected.join(u", "_s));
        ++m_checked;
    }

    MigrationFixture &m_db;
    RevisionSet m_applied;
    QStringList m_violations;
    int m_checked = 0;
};

} // namespace

class TestBranchMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOneVersionRowPerAppliedHead_data() { addDialectRows(); }
    void keepsOneVersionRowPerAppliedHead();

private:
    /// Runs @p request with the heads invariant checked after each step; returns the steps run.
    QStringList runChecked(MigrationFixture &db, MigrationService &service,
                           const MigrationService::PlanRequest &request);
};

QStringList TestBranchMigration::runChecked(MigrationFixture &db, MigrationService &service,
                                            const MigrationService::PlanRequest &request)
{
    auto status = service.status();
    if (!status) {
        QTest::qFail(qPrintable(describe(status.error())), __FILE__, __LINE__);
        return {};
    }
    HeadsInvariant invariant(db, *status);
    auto report = service.run(request, {}, invariant.callbacks());
    if (!report) {
        QTest::qFail(qPrintable(describe(report.error())), __FILE__, __LINE__);
        return {};
    }
    if (!invariant.violations().isEmpty())
        QTest::qFail(qPrintable(invariant.violations().join(u"\n"_s)), __FILE__, __LINE__);
    if (invariant.checkedSteps() != report->steps.size())
        QTest::qFail("not every step was checked", __FILE__, __LINE__);
    QStringList steps;
    for (const PlanStep &step : std::as_const(report->plan.steps))
        steps << (step.direction == Direction::Up ? u"up "_s : u"down "_s) + db.project().graph().at(step.revision).id;
    return steps;
}

void TestBranchMigration::keepsOneVersionRowPerAppliedHead()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(base, {}, u"CREATE TABLE accounts (id integer PRIMARY KEY);"_s, u"DROP TABLE accounts;"_s);
    db.writeRevision(left, {base}, u"CREATE TABLE invoices (id integer);"_s, u"DROP TABLE invoices;"_s);
    db.writeRevision(right, {base}, u"CREATE TABLE payments (id integer);"_s, u"DROP TABLE payments;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto connected = db.connect();
    STRATA_VERIFY_OK(connected);
    MigrationService &service = **connected;

    // `head` is ambiguous with two heads; nothing runs.
    auto ambiguous = service.run(migrateTo(u"head"_s), {});
    QVERIFY2(!ambiguous, "migrating to head with two heads must be refused");
    QVERIFY2(ambiguous.error().code() == ErrorCode::Usage, qPrintable(describe(ambiguous.error())));
    QVERIFY2(ambiguous.error().message().contains(left) && ambiguous.error().message().contains(right),
             qPrintable(describe(ambiguous.error())));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QVERIFY2(rows->isEmpty(), qPrintable(rows->join(u", "_s)));

    // `heads` applies both branches: two rows.
    QStringList steps = runChecked(db, service, migrateTo(u"heads"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.constFirst(), u"up "_s + base);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({left, right}));

    // The merge revision joins them into one row.
    db.writeRevision(merge, {left, right}, u"CREATE VIEW ledger AS SELECT id FROM invoices;"_s, u"DROP VIEW ledger;"_s);
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto status = service.status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(status->pending, QList<int>({db.index(merge)}));
    steps = runChecked(db, service, migrateTo(u"head"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps, QStringList({u"up "_s + merge}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({merge}));

    // Rolling back the merge restores both rows.
    steps = runChecked(db, service, rollbackSteps(1));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps, QStringList({u"down "_s + merge}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({left, right}));

    // One more step back reverts the branch applied last.
    steps = runChecked(db, service, rollbackSteps(1));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps, QStringList({u"down "_s + right}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({left}));

    // Up to the merge from one branch: the missing branch comes first.
    steps = runChecked(db, service, migrateTo(u"head"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps, QStringList({u"up "_s + right, u"up "_s + merge}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({merge}));

    // And all the way down.
    steps = runChecked(db, service, migrateTo(u"base"_s));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.constFirst(), u"down "_s + merge);
    QCOMPARE(steps.constLast(), u"down "_s + base);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QVERIFY2(rows->isEmpty(), qPrintable(rows->join(u", "_s)));
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));

    // The history has the merge's parents as written.
    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    bool sawMerge = false;
    for (const HistoryRow &row : std::as_const(*history)) {
        QVERIFY(row.success);
        if (row.revision == merge && row.direction == u"up"_s) {
            sawMerge = true;
            QCOMPARE(row.downRevision, left + u", "_s + right);
        }
    }
    QVERIFY(sawMerge);
    QCOMPARE(history->size(), 3 + 1 + 1 + 1 + 2 + 4);
}

QTEST_GUILESS_MAIN(TestBranchMigration)
#include "tst_branchmigration.moc"
