// SPDX-License-Identifier: MIT
// The migrator on real SQLite and PostgreSQL: applying, rolling back, the history it writes,
// atomic failure of a transactional migration, fake and stamp runs.
#include "migrationfixture.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString r1 = u"1a2b3c4d5e6f"_s;
const QString r2 = u"2b3c4d5e6f70"_s;
const QString r3 = u"3c4d5e6f7081"_s;

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

QStringList stepList(const MigrationFixture &db, const QList<PlanStep> &steps)
{
    QStringList list;
    for (const PlanStep &step : steps)
        list << (step.direction == Direction::Up ? u"up "_s : u"down "_s) + db.project().graph().at(step.revision).id;
    return list;
}

QStringList pendingIds(const MigrationFixture &db, const StatusReport &status)
{
    QStringList ids;
    for (int index : status.pending)
        ids << db.project().graph().at(index).id;
    return ids;
}

QStringList currentIds(const MigrationFixture &db, const StatusReport &status)
{
    QStringList ids;
    for (int index = 0; index < status.revisions.size(); ++index) {
        if (status.revisions.at(index).current)
            ids << db.project().graph().at(index).id;
    }
    ids.sort();
    return ids;
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesRollsBackAndRecordsEveryStep_data() { addDialectRows(); }
    void appliesRollsBackAndRecordsEveryStep();
    void rollsBackFailedMigrationAtomically_data();
    void rollsBackFailedMigrationAtomically();
    void reportsServerMessageWithoutDriverDecoration_data() { addDialectRows(); }
    void reportsServerMessageWithoutDriverDecoration();
    void fakeRecordsHistoryWithoutRunningSql_data() { addDialectRows(); }
    void fakeRecordsHistoryWithoutRunningSql();
    void stampRecordsHistoryWithoutRunningSql_data() { addDialectRows(); }
    void stampRecordsHistoryWithoutRunningSql();
};

void TestMigrator::appliesRollsBackAndRecordsEveryStep()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    // On PostgreSQL the first migration sleeps, so that its recorded duration is measurable.
    const QString sleep = db.isPostgres() ? u"SELECT pg_sleep(0.3);\n"_s : QString();
    db.writeRevision(r1, {}, sleep + u"CREATE TABLE users (id integer PRIMARY KEY, name text);"_s,
                     u"DROP TABLE users;"_s);
    db.writeRevision(r2, {r1},
                     u"CREATE TABLE posts (id integer PRIMARY KEY, user_id integer);\n"
                     u"CREATE INDEX posts_user_idx ON posts (user_id);"_s,
                     u"DROP INDEX posts_user_idx;\nDROP TABLE posts;"_s);
    db.writeRevision(r3, {r2}, u"ALTER TABLE users ADD COLUMN email text;\nCREATE TABLE tags (name text);"_s,
                     u"DROP TABLE tags;\nALTER TABLE users DROP COLUMN email;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    auto before = (*service)->status();
    STRATA_VERIFY_OK(before);
    QCOMPARE(pendingIds(db, *before), QStringList({r1, r2, r3}));
    QVERIFY(!before->isUpToDate());
    QVERIFY(currentIds(db, *before).isEmpty());

    // Apply everything, watching the progress callbacks.
    QStringList started;
    QStringList finished;
    RunCallbacks callbacks;
    callbacks.stepStarted = [&](const PlanStep &step, int position, int total) {
        started << u"%1/%2 %3"_s.arg(position).arg(total).arg(db.project().graph().at(step.revision).id);
    };
    callbacks.stepFinished = [&](const StepReport &report) {
        finished << db.project().graph().at(report.step.revision).id;
    };
    auto applied = (*service)->run(migrateTo(u"head"_s), {}, callbacks);
    STRATA_VERIFY_OK(applied);
    QCOMPARE(stepList(db, applied->plan.steps),
             QStringList({u"up "_s + r1, u"up "_s + r2, u"up "_s + r3}));
    QCOMPARE(applied->steps.size(), 3);
    QCOMPARE(started, QStringList({u"0/3 "_s + r1, u"1/3 "_s + r2, u"2/3 "_s + r3}));
    QCOMPARE(finished, QStringList({r1, r2, r3}));
    QCOMPARE(applied->steps.at(1).statements, 2);
    if (db.isPostgres())
        QVERIFY2(applied->steps.at(0).durationMs >= 300, qPrintable(QString::number(applied->steps.at(0).durationMs)));

    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"posts"_s, u"tags"_s, u"users"_s}));
    auto indexes = db.userIndexes();
    STRATA_VERIFY_OK(indexes);
    QCOMPARE(*indexes, QStringList({u"posts_user_idx"_s}));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));

    auto after = (*service)->status();
    STRATA_VERIFY_OK(after);
    QVERIFY(after->isUpToDate());
    QVERIFY(!after->hasIntegrityProblems());
    QCOMPARE(currentIds(db, *after), QStringList({r3}));
    for (const QString &id : {r1, r2, r3}) {
        QVERIFY2(after->revisions.at(db.index(id)).applied, qPrintable(id));
        QVERIFY2(after->revisions.at(db.index(id)).lastRecord.has_value(), qPrintable(id));
        QCOMPARE(after->revisions.at(db.index(id)).lastRecord->direction, u"up"_s);
    }

    // Roll back one step.
    auto rolledBack = (*service)->run(rollbackSteps(1), {});
    STRATA_VERIFY_OK(rolledBack);
    QCOMPARE(stepList(db, rolledBack->plan.steps), QStringList({u"down "_s + r3}));
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"posts"_s, u"users"_s}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    after = (*service)->status();
    STRATA_VERIFY_OK(after);
    QCOMPARE(pendingIds(db, *after), QStringList({r3}));
    QCOMPARE(currentIds(db, *after), QStringList({r2}));

    // Roll back to base.
    auto toBase = (*service)->run(migrateTo(u"base"_s), {});
    STRATA_VERIFY_OK(toBase);
    QCOMPARE(stepList(db, toBase->plan.steps), QStringList({u"down "_s + r2, u"down "_s + r1}));
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));
    indexes = db.userIndexes();
    STRATA_VERIFY_OK(indexes);
    QVERIFY2(indexes->isEmpty(), qPrintable(indexes->join(u", "_s)));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QVERIFY2(rows->isEmpty(), qPrintable(rows->join(u", "_s)));
    after = (*service)->status();
    STRATA_VERIFY_OK(after);
    QCOMPARE(pendingIds(db, *after), QStringList({r1, r2, r3}));

    // Up to a prefix, then to head, then down to a prefix.
    auto upToPrefix = (*service)->run(migrateTo(r2.left(4)), {});
    STRATA_VERIFY_OK(upToPrefix);
    QCOMPARE(stepList(db, upToPrefix->plan.steps), QStringList({u"up "_s + r1, u"up "_s + r2}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    auto toHead = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(toHead);
    QCOMPARE(stepList(db, toHead->plan.steps), QStringList({u"up "_s + r3}));
    auto downToPrefix = (*service)->run(migrateTo(r1.left(5)), {});
    STRATA_VERIFY_OK(downToPrefix);
    QCOMPARE(stepList(db, downToPrefix->plan.steps), QStringList({u"down "_s + r3, u"down "_s + r2}));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"users"_s}));

    // Nothing to do is a success that changes nothing.
    auto nothing = (*service)->run(migrateTo(r1), {});
    STRATA_VERIFY_OK(nothing);
    QVERIFY(nothing->plan.isEmpty());

    // One history row per step, in order, each complete.
    const QStringList expected{
        u"up "_s + r1,   u"up "_s + r2,   u"up "_s + r3,   u"down "_s + r3, u"down "_s + r2, u"down "_s + r1,
        u"up "_s + r1,   u"up "_s + r2,   u"up "_s + r3,   u"down "_s + r3, u"down "_s + r2,
    };
    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QStringList actual;
    for (const HistoryRow &row : std::as_const(*history))
        actual << row.direction + u' ' + row.revision;
    QCOMPARE(actual, expected);
    const RevisionGraph &graph = db.project().graph();
    for (const HistoryRow &row : std::as_const(*history)) {
        const Revision &revision = graph.at(db.index(row.revision));
        const QString tag = u"history row %1 (%2 %3)"_s.arg(row.id).arg(row.direction, row.revision);
        QVERIFY2(row.success, qPrintable(tag));
        QVERIFY2(row.error.isEmpty(), qPrintable(tag + u": "_s + row.error));
        if (row.direction == u"up"_s)
            QCOMPARE(row.checksum.toString(), revision.checksum);
        else
            QVERIFY2(row.checksum.isNull() || row.checksum.toString() == revision.checksum, qPrintable(tag));
        QCOMPARE(row.downRevision, revision.parents.join(u", "_s));
        QCOMPARE(row.message, revision.message);
        QVERIFY2(!row.appliedBy.isEmpty() && row.appliedBy.contains(u'@'), qPrintable(tag + u": "_s + row.appliedBy));
        QVERIFY2(!row.appliedAt.isNull(), qPrintable(tag));
        QVERIFY2(!row.durationMs.isNull() && row.durationMs.toLongLong() >= 0, qPrintable(tag));
        QVERIFY2(row.toolVersion.startsWith(u"strata "_s), qPrintable(tag + u": "_s + row.toolVersion));
        if (db.isPostgres() && row.revision == r1 && row.direction == u"up"_s)
            QVERIFY2(row.durationMs.toLongLong() >= 300, qPrintable(tag + u": "_s + row.durationMs.toString()));
    }
    QVERIFY(history->constFirst().id < history->constLast().id);

    // The service reads the same rows, newest first.
    auto serviceHistory = (*service)->history(0);
    STRATA_VERIFY_OK(serviceHistory);
    QCOMPARE(serviceHistory->size(), history->size());
    QCOMPARE(serviceHistory->constFirst().id, history->constLast().id);
    QCOMPARE(serviceHistory->constFirst().direction, u"down"_s);
}

void TestMigrator::rollsBackFailedMigrationAtomically_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("failure");
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s}) {
        for (const QString &failure : {u"missing table"_s, u"syntax error"_s, u"unique violation"_s,
                                       u"after a routine body"_s})
            QTest::addRow("%s, %s", qPrintable(dialect), qPrintable(failure)) << dialect << failure;
    }
}

void TestMigrator::rollsBackFailedMigrationAtomically()
{
    QFETCH(QString, dialect);
    QFETCH(QString, failure);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    const bool pg = db.isPostgres();

    // Three statements: the first two succeed, the third fails (its first line names it).
    const QString first = u"-- two statements that succeed, then one that fails\n"
                          u"CREATE TABLE atomic_a (\n"
                          u"    id integer PRIMARY KEY,\n"
                          u"    x integer\n"
                          u");\n"_s;
    QString second = u"CREATE INDEX atomic_a_x_idx ON atomic_a (x);\n"_s;
    QString third;
    QString serverText;
    if (failure == u"missing table"_s || failure == u"after a routine body"_s) {
        third = u"INSERT INTO missing_table (x)\nVALUES (1);"_s;
        serverText = pg ? u"relation \"missing_table\" does not exist"_s : u"no such table: missing_table"_s;
    } else if (failure == u"syntax error"_s) {
        third = u"INSERT INTO atomic_a (id, x) -- the third statement\nVALUES (1,, 2);"_s;
        serverText = pg ? u"syntax error at or near \",\""_s : u"near \",\": syntax error"_s;
    } else {
        third = u"INSERT INTO kept (id) -- the third statement\nVALUES (1);"_s;
        serverText = pg ? u"duplicate key value violates unique constraint \"kept_pkey\""_s
                        : u"UNIQUE constraint failed: kept.id"_s;
    }
    if (failure == u"after a routine body"_s) {
        // Semicolons inside a body must not split the statement (or shift the line count).
        second = pg ? u"CREATE FUNCTION atomic_touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                      u"BEGIN\n"
                      u"    NEW.x := NEW.x + 1;\n"
                      u"    RETURN NEW;\n"
                      u"END;\n"
                      u"$$;\n"_s
                    : u"CREATE TRIGGER atomic_touch AFTER INSERT ON atomic_a BEGIN\n"
                      u"    UPDATE atomic_a SET x = x + 1 WHERE id = NEW.id;\n"
                      u"    INSERT INTO kept (id) VALUES (NEW.id + 100);\n"
                      u"END;\n"_s;
    }

    db.writeRevision(r1, {}, u"CREATE TABLE kept (id integer PRIMARY KEY);"_s, u"DROP TABLE kept;"_s);
    db.writeRevision(r2, {r1}, u"CREATE TABLE also_kept (id integer);\nINSERT INTO kept (id) VALUES (1);"_s,
                     u"DROP TABLE also_kept;"_s);
    const QString downgrade = pg && failure == u"after a routine body"_s
        ? u"DROP FUNCTION atomic_touch();\nDROP TABLE atomic_a;"_s
        : u"DROP TABLE atomic_a;"_s;
    const QString failing = db.writeRevision(r3, {r2}, first + second + third, downgrade);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);
    auto applied = (*service)->run(migrateTo(r1), {});
    STRATA_VERIFY_OK(applied);

    // r2 succeeds and r3 fails in the same run; the snapshot is taken just before r3 starts.
    std::optional<Result<DatabaseSnapshot>> beforeFailing;
    QStringList finished;
    RunCallbacks callbacks;
    callbacks.stepStarted = [&](const PlanStep &step, int, int) {
        if (db.project().graph().at(step.revision).id == r3)
            beforeFailing = db.snapshot();
    };
    callbacks.stepFinished = [&](const StepReport &report) {
        finished << db.project().graph().at(report.step.revision).id;
    };
    auto failed = (*service)->run(migrateTo(u"head"_s), {}, callbacks);
    QVERIFY2(!failed, "a migration whose third statement fails must fail the run");
    QVERIFY2(beforeFailing.has_value(), "the run never started the failing revision");
    STRATA_VERIFY_OK(*beforeFailing);
    QCOMPARE(finished, QStringList({r2}));

    const Error &error = failed.error();
    QVERIFY2(error.code() == ErrorCode::Database, qPrintable(describe(error)));
    QCOMPARE(canonical(error.location().path), canonical(failing));
    const int failingLine = lineOf(failing, third.section(u'\n', 0, 0));
    QVERIFY(failingLine > lineOf(failing, u"-- migrate:upgrade"_s) + 6);
    QCOMPARE(error.location().line, failingLine);
    QVERIFY2(error.message().contains(serverText), qPrintable(describe(error)));
    QVERIFY2(error.fullMessage().contains(r3), qPrintable(describe(error)));

    // Schema, version table and history exactly as before r3.
    auto afterFailing = db.snapshot();
    STRATA_VERIFY_OK(afterFailing);
    const DatabaseSnapshot &expected = **beforeFailing;
    QVERIFY(!expected.schema.isEmpty());
    QCOMPARE(expected.history.size(), 2);
    QCOMPARE(afterFailing->schema, expected.schema);
    QCOMPARE(afterFailing->version, expected.version);
    QCOMPARE(afterFailing->history, expected.history);
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"also_kept"_s, u"kept"_s}));
    if (pg) {
        auto functions = db.inspector().select(u"SELECT COUNT(*) FROM pg_proc WHERE proname = 'atomic_touch'"_s);
        STRATA_VERIFY_OK(functions);
        QCOMPARE(functions->value(0).value(0).toInt(), 0);
    }

    // The earlier migration of the same run stays applied.
    QCOMPARE(expected.version, QStringList({r2}));
    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(pendingIds(db, *status), QStringList({r3}));
    QVERIFY(status->failed.isEmpty());
    QVERIFY(!status->revisions.at(db.index(r3)).lastRecord.has_value());

    // Nothing was left half-done: the fixed migration runs from the same state, on the same session.
    db.writeRevision(r3, {r2}, first + second + u"INSERT INTO atomic_a (id, x)\nVALUES (1, 1);"_s, downgrade);
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto retried = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(retried);
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));
    auto inserted = db.inspector().select(u"SELECT COUNT(*) FROM atomic_a"_s);
    STRATA_VERIFY_OK(inserted);
    QCOMPARE(inserted->value(0).value(0).toInt(), 1);
}

void TestMigrator::reportsServerMessageWithoutDriverDecoration()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;
    db.writeRevision(r1, {}, u"CREATE TABLE t (id integer);\nINSERT INTO missing_table VALUES (1);"_s, u"DROP TABLE t;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    auto failed = (*service)->run(migrateTo(u"head"_s), {});
    QVERIFY2(!failed, "the migration must fail");
    const Error &error = failed.error();
    // The message is the server's primary text, which the CLI prints after "strata: error: ...";
    // libpq's severity prefix ("ERROR:  ") would say "error" twice.
    const QString serverText = db.isPostgres() ? u"relation \"missing_table\" does not exist"_s
                                               : u"no such table: missing_table"_s;
    QCOMPARE(error.message(), serverText);
    // The SQLSTATE is given once.
    if (db.isPostgres())
        QCOMPARE(error.detail().count(u"42P01"_s), 1);
}

void TestMigrator::fakeRecordsHistoryWithoutRunningSql()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    // Run, the SQL would fail on its second statement: a fake must not run it at all.
    db.writeRevision(r1, {}, u"CREATE TABLE fake_t (id integer);\nSELECT * FROM no_such_table;"_s,
                     u"DROP TABLE no_such_table;"_s);
    db.writeRevision(r2, {r1}, u"CREATE TABLE fake_u (id integer);"_s, u"DROP TABLE no_such_table;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    RunOptions fake;
    fake.mode = RunMode::Fake;
    auto up = (*service)->run(migrateTo(u"head"_s), fake);
    STRATA_VERIFY_OK(up);
    QCOMPARE(stepList(db, up->plan.steps), QStringList({u"up "_s + r1, u"up "_s + r2}));
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QVERIFY(status->isUpToDate());
    QVERIFY(!status->hasIntegrityProblems());

    auto down = (*service)->run(migrateTo(u"base"_s), fake);
    STRATA_VERIFY_OK(down);
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QVERIFY2(rows->isEmpty(), qPrintable(rows->join(u", "_s)));

    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QStringList actual;
    for (const HistoryRow &row : std::as_const(*history)) {
        actual << row.direction + u' ' + row.revision;
        QVERIFY(row.success);
        QVERIFY(!row.appliedBy.isEmpty());
    }
    QCOMPARE(actual, QStringList({u"fake "_s + r1, u"fake "_s + r2, u"fake "_s + r2, u"fake "_s + r1}));
    // A fake that applies carries the file's checksum (it counts as applied with that content).
    QCOMPARE(history->at(0).checksum.toString(), db.project().graph().at(db.index(r1)).checksum);
    QCOMPARE(history->at(1).checksum.toString(), db.project().graph().at(db.index(r2)).checksum);
}

void TestMigrator::stampRecordsHistoryWithoutRunningSql()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(r1, {}, u"CREATE TABLE stamp_t (id integer);\nSELECT * FROM no_such_table;"_s,
                     u"DROP TABLE no_such_table;"_s);
    db.writeRevision(r2, {r1}, u"CREATE TABLE stamp_u (id integer);"_s, u"DROP TABLE no_such_table;"_s);
    db.writeRevision(r3, {r2}, u"CREATE TABLE stamp_v (id integer);"_s, u"DROP TABLE stamp_v;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    RunOptions stamp;
    stamp.mode = RunMode::Stamp;
    auto up = (*service)->run(stampAt(r2), stamp);
    STRATA_VERIFY_OK(up);
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));

    auto down = (*service)->run(stampAt(r1), stamp);
    STRATA_VERIFY_OK(down);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(u", "_s)));

    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QStringList actual;
    for (const HistoryRow &row : std::as_const(*history)) {
        actual << row.direction + u' ' + row.revision;
        QVERIFY(row.success);
    }
    QCOMPARE(actual, QStringList({u"stamp "_s + r1, u"stamp "_s + r2, u"stamp "_s + r2}));

    // After the stamp, a real run continues from the stamped revision.
    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(pendingIds(db, *status), QStringList({r2, r3}));
    auto run = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(run);
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"stamp_u"_s, u"stamp_v"_s}));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
