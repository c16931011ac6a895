// SPDX-License-Identifier: MIT
// Two real `strata migrate` processes against one database (DESIGN §4): PostgreSQL serialises
// them with the advisory lock, SQLite with BEGIN IMMEDIATE and the version compare-and-swap.
// Either way no revision is applied twice.
#include "database/migrationlock.h"
#include "migrationfixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString r1 = u"c0ffee000001"_s;
const QString r2 = u"c0ffee000002"_s;
const QString r3 = u"c0ffee000003"_s;

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const { return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(out, err); }
};

Finished waitFor(QProcess &process)
{
    Finished finished;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        finished.err = u"did not finish in time: "_s + process.errorString();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        finished.exitCode = process.exitCode();
    }
    finished.out += QString::fromUtf8(process.readAllStandardOutput());
    finished.err += QString::fromUtf8(process.readAllStandardError());
    return finished;
}

/// Problems with the history: any revision applied ("up") other than exactly once.
QStringList appliedOnce(MigrationFixture &db, const QStringList &revisions)
{
    auto history = db.historyRows();
    if (!history)
        return {describe(history.error())};
    QHash<QString, int> ups;
    QStringList problems;
    for (const HistoryRow &row : std::as_const(*history)) {
        if (!row.success)
            problems << u"failed history row for %1: %2"_s.arg(row.revision, row.error);
        if (row.direction == u"up"_s)
            ++ups[row.revision];
        else
            problems << u"unexpected %1 row for %2"_s.arg(row.direction, row.revision);
    }
    for (const QString &revision : revisions) {
        if (ups.value(revision) != 1)
            problems << u"%1 applied %2 times"_s.arg(revision).arg(ups.value(revision));
    }
    return problems;
}

} // namespace

class TestConcurrentMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondPostgresRunWaitsAndFindsNothingToDo();
    void postgresRunNamesLockHolderWhenLockTimeoutExpires();
    void concurrentFirstSqliteRunsCreateBookkeepingSafely();
    void concurrentSqliteRunsApplyEachRevisionOnce_data();
    void concurrentSqliteRunsApplyEachRevisionOnce();
};

void TestConcurrentMigrate::secondPostgresRunWaitsAndFindsNothingToDo()
{
    auto created = MigrationFixture::create(Dialect::Postgres);
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    db.writeRevision(r1, {}, u"SELECT pg_sleep(2);\nCREATE TABLE slow_t (id integer);"_s, u"DROP TABLE slow_t;"_s);
    db.writeRevision(r2, {r1}, u"CREATE TABLE second_t (id integer);"_s, u"DROP TABLE second_t;"_s);
    db.writeRevision(r3, {r2}, u"INSERT INTO second_t (id) VALUES (1);"_s, u"DELETE FROM second_t;"_s);

    const QStringList arguments{u"-d"_s, db.urlText(), u"migrate"_s};
    auto first = startStrata(db.files().path(), arguments);
    auto second = startStrata(db.files().path(), arguments);
    const Finished a = waitFor(*first);
    const Finished b = waitFor(*second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));

    // One applied everything; the other waited for the lock and then had nothing to do.
    const bool aIdle = a.out.contains(u"Nothing to do"_s);
    const bool bIdle = b.out.contains(u"Nothing to do"_s);
    QVERIFY2(aIdle != bIdle, qPrintable(a.describe() + u"\n----\n"_s + b.describe()));
    const Finished &worker = aIdle ? b : a;
    for (const QString &revision : {r1, r2, r3})
        QVERIFY2(worker.out.contains(revision), qPrintable(worker.describe()));

    const QStringList problems = appliedOnce(db, {r1, r2, r3});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));
    auto inserted = db.inspector().select(u"SELECT COUNT(*) FROM second_t"_s);
    STRATA_VERIFY_OK(inserted);
    QCOMPARE(inserted->value(0).value(0).toInt(), 1);
}

void TestConcurrentMigrate::postgresRunNamesLockHolderWhenLockTimeoutExpires()
{
    auto created = MigrationFixture::create(Dialect::Postgres);
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    db.writeRevision(r1, {}, u"CREATE TABLE waited_t (id integer);"_s, u"DROP TABLE waited_t;"_s);

    auto holder = db.openConnection();
    STRATA_VERIFY_OK(holder);
    auto pid = (*holder)->select(u"SELECT pg_backend_pid()"_s);
    STRATA_VERIFY_OK(pid);
    const QString holderPid = pid->value(0).value(0).toString();
    auto locked = (*holder)->select(
        u"SELECT pg_advisory_lock(%1)"_s.arg(MigrationLock::key(u"strata_version"_s)));
    STRATA_VERIFY_OK(locked);

    QElapsedTimer timer;
    timer.start();
    const CliRun run = runStrata(db.files().path(), {u"-d"_s, db.urlText(), u"migrate"_s, u"--lock-timeout"_s, u"1"_s});
    const qint64 elapsed = timer.elapsed();
    const QString output = u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
    QVERIFY2(run.exitCode == 5, qPrintable(output));
    QVERIFY2(run.err.contains(u"pid "_s + holderPid), qPrintable(output));
    QVERIFY2(run.err.contains(u"strata: error:"_s), qPrintable(output));
    QVERIFY2(elapsed >= 1'000 && elapsed < 30'000, qPrintable(u"took %1 ms\n"_s.arg(elapsed) + output));
    // Passwords never appear in messages.
    const auto url = DatabaseUrl::parse(db.urlText());
    STRATA_VERIFY_OK(url);
    if (url->hasPassword())
        QVERIFY2(!run.err.contains(url->password()) && !run.out.contains(url->password()), qPrintable(output));

    // Nothing happened: not even the bookkeeping tables were created.
    auto bookkeeping = db.hasBookkeepingTables();
    STRATA_VERIFY_OK(bookkeeping);
    QVERIFY(!*bookkeeping);
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));

    // Once the holder lets go, the same command works.
    auto unlocked = (*holder)->select(
        u"SELECT pg_advisory_unlock(%1)"_s.arg(MigrationLock::key(u"strata_version"_s)));
    STRATA_VERIFY_OK(unlocked);
    const CliRun again = runStrata(db.files().path(), {u"-d"_s, db.urlText(), u"migrate"_s, u"--lock-timeout"_s, u"1"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
}

void TestConcurrentMigrate::concurrentFirstSqliteRunsCreateBookkeepingSafely()
{
    // Three runs start together on a new database, so they race to create the bookkeeping
    // tables. The window is short: repeat, and report every round that went wrong.
    QStringList problems;
    for (int round = 1; round <= 40; ++round) {
        auto created = MigrationFixture::create(Dialect::Sqlite);
        STRATA_VERIFY_OK(created);
        MigrationFixture &db = **created;
        db.writeRevision(r1, {}, u"CREATE TABLE first_t (id integer);"_s, u"DROP TABLE first_t;"_s);

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 3; ++i)
            processes.push_back(startStrata(db.files().path(), {u"migrate"_s}));
        QList<Finished> runs;
        for (const auto &process : processes)
            runs << waitFor(*process);

        int succeeded = 0;
        for (const Finished &run : std::as_const(runs)) {
            if (run.exitCode == 0)
                ++succeeded;
            else if (run.exitCode != 5)
                problems << u"round %1: %2"_s.arg(round).arg(run.describe());
        }
        if (succeeded == 0)
            problems << u"round %1: no run succeeded"_s.arg(round);
        for (const QString &problem : appliedOnce(db, {r1}))
            problems << u"round %1: %2"_s.arg(round).arg(problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestConcurrentMigrate::concurrentSqliteRunsApplyEachRevisionOnce_data()
{
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<int>("round");
    for (bool transactional : {true, false}) {
        for (int round = 1; round <= 3; ++round)
            QTest::addRow("sqlite, %s first revision, round %d", transactional ? "transactional" : "non-transactional",
                          round)
                << transactional << round;
    }
}

void TestConcurrentMigrate::concurrentSqliteRunsApplyEachRevisionOnce()
{
    QFETCH(bool, transactional);
    auto created = MigrationFixture::create(Dialect::Sqlite);
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    // SQLite has no sleep: the first migration writes enough rows to take a while, in several
    // statements (each its own transaction when the revision is not transactional).
    QString slow = u"CREATE TABLE big (x integer);\n"_s;
    for (int part = 0; part < 3; ++part)
        slow += u"INSERT INTO big (x) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                u"WHERE x < 500000) SELECT x FROM c;\n"_s;
    db.writeRevision(r1, {}, slow, u"DROP TABLE big;"_s, transactional);
    db.writeRevision(r2, {r1}, u"CREATE TABLE second_t (id integer);"_s, u"DROP TABLE second_t;"_s);
    db.writeRevision(r3, {r2}, u"INSERT INTO second_t (id) VALUES (1);"_s, u"DELETE FROM second_t;"_s);

    // Both use the project's own SQLite file (strata.toml: sqlite:///dev.db).
    auto first = startStrata(db.files().path(), {u"migrate"_s});
    auto second = startStrata(db.files().path(), {u"migrate"_s});
    const Finished a = waitFor(*first);
    const Finished b = waitFor(*second);
    const QString both = a.describe() + u"\n----\n"_s + b.describe();

    // Each either did the work, found nothing to do, or stopped on the other's change (exit 5).
    for (const Finished *run : {&a, &b}) {
        QVERIFY2(run->exitCode == 0 || run->exitCode == 5, qPrintable(both));
        if (run->exitCode == 5)
            QVERIFY2(run->err.contains(u"changed"_s) || run->err.contains(u"another"_s), qPrintable(both));
    }
    QVERIFY2(a.exitCode == 0 || b.exitCode == 0, qPrintable(both));

    const QStringList problems = appliedOnce(db, {r1, r2, r3});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s) + u"\n"_s + both));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));
    auto counted = db.inspector().select(u"SELECT (SELECT COUNT(*) FROM big), (SELECT COUNT(*) FROM second_t)"_s);
    STRATA_VERIFY_OK(counted);
    QCOMPARE(counted->value(0).value(0).toInt(), 1500000);
    QCOMPARE(counted->value(0).value(1).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestConcurrentMigrate)
#include "tst_concurrentmigrate.moc"
