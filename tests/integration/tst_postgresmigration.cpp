// SPDX-License-Identifier: MIT
// PostgreSQL-only migrator behaviour: CREATE INDEX CONCURRENTLY under the run's advisory lock,
// and strata.toml's lock_timeout making a blocked migration fail fast and leave nothing behind.
#include "database/migrationlock.h"
#include "migrationfixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString r1 = u"e1e2e3e4e5e6"_s;
const QString r2 = u"f1f2f3f4f5f6"_s;

/// The pids of the sessions holding the migration lock of the default version table.
Result<QStringList> lockHolders(Connection &connection)
{
    const quint64 bits = quint64(MigrationLock::key(u"strata_version"_s));
    STRATA_ASSIGN_OR_RETURN(rows, connection.select(
        u"SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
        u"AND classid::bigint = %1 AND objid::bigint = %2 AND database = "
        u"(SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY pid"_s.arg(bits >> 32).arg(
            bits & 0xFFFFFFFFu)));
    QStringList pids;
    for (const QVariantList &row : *rows)
        pids << row.value(0).toString();
    return pids;
}

Result<QString> backendPid(Connection &connection)
{
    STRATA_ASSIGN_OR_RETURN(rows, connection.select(u"SELECT pg_backend_pid()"_s));
    return rows->value(0).value(0).toString();
}

} // namespace

class TestPostgresMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsIndexConcurrentlyUnderTheMigrationLock();
    void lockTimeoutFailsBlockedMigrationFast();
};

void TestPostgresMigration::createsIndexConcurrentlyUnderTheMigrationLock()
{
    auto created = MigrationFixture::create(Dialect::Postgres);
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(r1, {},
                     u"CREATE TABLE items (id integer PRIMARY KEY, x integer);\n"
                     u"INSERT INTO items SELECT g, g % 97 FROM generate_series(1, 5000) g;"_s,
                     u"DROP TABLE items;"_s);
    db.writeRevision(r2, {r1}, u"CREATE INDEX CONCURRENTLY items_x_idx ON items (x);"_s,
                     u"DROP INDEX CONCURRENTLY items_x_idx;"_s, false);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);
    auto servicePid = backendPid((*service)->connection());
    STRATA_VERIFY_OK(servicePid);
    auto inspectorPid = backendPid(db.inspector());
    STRATA_VERIFY_OK(inspectorPid);

    // Just before the concurrent index is built: this run holds the lock, and a second run
    // (a real `strata migrate`) is started and left waiting for it. A waiter that blocked
    // inside a transaction would make CREATE INDEX CONCURRENTLY wait for it, and so deadlock.
    std::unique_ptr<QProcess> waiter;
    QStringList problems;
    QElapsedTimer indexTimer;
    RunCallbacks callbacks;
    callbacks.stepStarted = [&](const PlanStep &step, int, int) {
        if (db.project().graph().at(step.revision).id != r2)
            return;
        auto holders = lockHolders(db.inspector());
        if (!holders || *holders != QStringList({*servicePid}))
            problems << u"before CREATE INDEX CONCURRENTLY the lock is held by [%1], not by the run (%2)"_s.arg(
                holders ? holders->join(u", "_s) : describe(holders.error()), *servicePid);
        waiter = startStrata(db.files().path(), {u"-d"_s, db.urlText(), u"migrate"_s, u"--lock-timeout"_s, u"60"_s});
        const QString others = u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                               u"AND pid NOT IN (%1, %2)"_s.arg(*servicePid, *inspectorPid);
        QDeadlineTimer deadline(15'000);
        bool seen = false;
        while (!seen && !deadline.hasExpired()) {
            auto rows = db.inspector().select(others);
            seen = rows && rows->value(0).value(0).toInt() > 0;
            if (!seen)
                QThread::msleep(50);
        }
        if (!seen)
            problems << u"the second strata process never connected"_s;
        QThread::msleep(800); // let it try the lock a few times
        indexTimer.start();
    };
    callbacks.stepFinished = [&](const StepReport &report) {
        if (db.project().graph().at(report.step.revision).id != r2)
            return;
        auto holders = lockHolders(db.inspector());
        if (!holders || *holders != QStringList({*servicePid}))
            problems << u"after CREATE INDEX CONCURRENTLY the lock is held by [%1], not by the run (%2)"_s.arg(
                holders ? holders->join(u", "_s) : describe(holders.error()), *servicePid);
    };
    auto run = (*service)->run(migrateTo(u"head"_s), {}, callbacks);
    const qint64 indexMs = indexTimer.isValid() ? indexTimer.elapsed() : -1;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    STRATA_VERIFY_OK(run);
    QCOMPARE(run->steps.size(), 2);
    QVERIFY2(indexMs >= 0 && indexMs < 20'000, qPrintable(u"the index step took %1 ms"_s.arg(indexMs)));

    // The index is built and valid; the lock is released; the waiter found nothing to do.
    auto valid = db.inspector().select(u"SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                       u"WHERE c.relname = 'items_x_idx'"_s);
    STRATA_VERIFY_OK(valid);
    QCOMPARE(valid->size(), 1);
    QVERIFY(valid->constFirst().value(0).toBool());
    // The run let go of the lock; the waiter may hold it for a moment now, then lets go too.
    auto holders = lockHolders(db.inspector());
    STRATA_VERIFY_OK(holders);
    QVERIFY2(!holders->contains(*servicePid), qPrintable(holders->join(u", "_s)));
    QVERIFY(waiter);
    QVERIFY2(waiter->waitForFinished(60'000), "the waiting strata process did not finish");
    holders = lockHolders(db.inspector());
    STRATA_VERIFY_OK(holders);
    QVERIFY2(holders->isEmpty(), qPrintable(holders->join(u", "_s)));
    const QString waiterOut = QString::fromUtf8(waiter->readAllStandardOutput());
    const QString waiterErr = QString::fromUtf8(waiter->readAllStandardError());
    QVERIFY2(waiter->exitStatus() == QProcess::NormalExit && waiter->exitCode() == 0,
             qPrintable(u"exit %1\n%2\n%3"_s.arg(waiter->exitCode()).arg(waiterOut, waiterErr)));
    QVERIFY2(waiterOut.contains(u"Nothing to do"_s), qPrintable(waiterOut + waiterErr));

    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->constLast().success);
    // The non-transactional step's session-wide lock_timeout does not outlive it.
    auto lockTimeout = (*service)->connection().select(u"SHOW lock_timeout"_s);
    STRATA_VERIFY_OK(lockTimeout);
    QCOMPARE(lockTimeout->value(0).value(0).toString(), u"0"_s);

    // Its downgrade (DROP INDEX CONCURRENTLY) runs outside a transaction too.
    auto rolledBack = (*service)->run(rollbackSteps(1), {});
    STRATA_VERIFY_OK(rolledBack);
    auto indexes = db.userIndexes();
    STRATA_VERIFY_OK(indexes);
    QVERIFY2(indexes->isEmpty(), qPrintable(indexes->join(u", "_s)));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
}

void TestPostgresMigration::lockTimeoutFailsBlockedMigrationFast()
{
    auto created = MigrationFixture::create(Dialect::Postgres, u"lock_timeout = \"1s\""_s);
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    QCOMPARE(db.project().config().lockTimeoutMs, 1000);

    db.writeRevision(r1, {}, u"CREATE TABLE busy (id integer);"_s, u"DROP TABLE busy;"_s);
    const QString blocked = db.writeRevision(r2, {r1},
                                             u"CREATE TABLE busy_side (id integer);\n"
                                             u"CREATE INDEX busy_side_idx ON busy_side (id);\n"
                                             u"ALTER TABLE busy ADD COLUMN note text;"_s,
                                             u"ALTER TABLE busy DROP COLUMN note;\nDROP TABLE busy_side;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);
    auto first = (*service)->run(migrateTo(r1), {});
    STRATA_VERIFY_OK(first);

    // Another session holds a conflicting lock on the table r2 alters.
    auto holder = db.openConnection();
    STRATA_VERIFY_OK(holder);
    for (const QString &sql : {u"BEGIN"_s, u"LOCK TABLE busy IN ACCESS EXCLUSIVE MODE"_s}) {
        auto done = (*holder)->exec(sql);
        STRATA_VERIFY_OK(done);
    }

    auto before = db.snapshot();
    STRATA_VERIFY_OK(before);
    QElapsedTimer timer;
    timer.start();
    auto failed = (*service)->run(migrateTo(u"head"_s), {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!failed, "a migration blocked by another session's lock must fail at lock_timeout");
    QVERIFY2(failed.error().code() == ErrorCode::Database, qPrintable(describe(failed.error())));
    QVERIFY2(failed.error().message().contains(u"lock timeout"_s), qPrintable(describe(failed.error())));
    QCOMPARE(failed.error().location().line, lineOf(blocked, u"ALTER TABLE busy"_s));
    // 1 s from strata.toml, well below the 10 s default.
    QVERIFY2(elapsed >= 900 && elapsed < 6'000, qPrintable(u"failed after %1 ms"_s.arg(elapsed)));

    auto after = db.snapshot();
    STRATA_VERIFY_OK(after);
    QCOMPARE(after->schema, before->schema);
    QCOMPARE(after->version, before->version);
    QCOMPARE(after->history, before->history);
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"busy"_s}));
    auto holders = lockHolders(db.inspector());
    STRATA_VERIFY_OK(holders);
    QVERIFY2(holders->isEmpty(), qPrintable(holders->join(u", "_s)));

    // Once the other session lets go, the same migration runs.
    auto released = (*holder)->exec(u"ROLLBACK"_s);
    STRATA_VERIFY_OK(released);
    auto run = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(run);
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"busy"_s, u"busy_side"_s}));
}

QTEST_GUILESS_MAIN(TestPostgresMigration)
#include "tst_postgresmigration.moc"
