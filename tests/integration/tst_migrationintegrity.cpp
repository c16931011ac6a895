// SPDX-License-Identifier: MIT
// What blocks a run on real SQLite and PostgreSQL (DESIGN §4): a failed non-transactional
// migration, an applied revision whose file was edited, a version row without a file — and
// what clears each block.
#include "migrationfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

const QString r1 = u"a1b2c3d4e5f6"_s;
const QString r2 = u"b2c3d4e5f6a7"_s;
const QString r3 = u"c3d4e5f6a7b8"_s;

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

/// The upgrade section of a revision file's text with @p transform applied to each line.
QString transformUpgradeLines(const QString &text, const std::function<QString(const QString &)> &transform)
{
    const qsizetype start = text.indexOf(u"-- migrate:upgrade\n"_s) + qsizetype(strlen("-- migrate:upgrade\n"));
    const qsizetype end = text.indexOf(u"-- migrate:downgrade"_s);
    QStringList lines = text.mid(start, end - start).split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty())
            line = transform(line);
    }
    return text.left(start) + lines.join(u'\n') + text.mid(end);
}

/// Applies the change named in the _data() table to a revision file's text.
QString changeFile(const QString &text, const QString &change)
{
    QString changed = text;
    if (change == u"changed SQL"_s)
        changed.replace(u"CREATE TABLE edit_t (id integer);"_s, u"CREATE TABLE edit_t (id integer, extra text);"_s);
    else if (change == u"indented"_s)
        changed = transformUpgradeLines(text, [](const QString &line) -> QString { return u"    "_s + line; });
    else if (change == u"trailing white space"_s)
        changed = transformUpgradeLines(text, [](const QString &line) -> QString { return line + u"  \t "_s; });
    else if (change == u"CRLF line endings"_s)
        changed.replace(u"\n"_s, u"\r\n"_s);
    else if (change == u"CRLF and trailing spaces"_s)
        changed = transformUpgradeLines(text, [](const QString &line) -> QString { return line + u"   "_s; })
                      .replace(u"\n"_s, u"\r\n"_s);
    else if (change == u"blank lines around"_s)
        changed.replace(u"-- migrate:upgrade\n"_s, u"-- migrate:upgrade\n\n\n"_s)
            .replace(u"-- migrate:downgrade"_s, u"\n\n-- migrate:downgrade"_s);
    else if (change == u"downgrade changed"_s)
        changed.replace(u"DROP TABLE edit_t;"_s, u"DROP TABLE IF EXISTS edit_t;"_s);
    return changed;
}

} // namespace

class TestMigrationIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsFailedNonTransactionalMigrationAndBlocksRuns_data();
    void recordsFailedNonTransactionalMigrationAndBlocksRuns();
    void failedNonTransactionalDowngradeRunsAgainOnlyWhenRetried_data() { addDialectRows(); }
    void failedNonTransactionalDowngradeRunsAgainOnlyWhenRetried();
    void blocksRunsOverEditedAppliedRevision_data();
    void blocksRunsOverEditedAppliedRevision();
    void refusesRunsWhileVersionRowHasNoFile_data();
    void refusesRunsWhileVersionRowHasNoFile();
};

void TestMigrationIntegrity::recordsFailedNonTransactionalMigrationAndBlocksRuns_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("resolution");
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s}) {
        for (const QString &resolution : {u"edit"_s, u"retry"_s, u"stamp"_s})
            QTest::addRow("%s, resolved by %s", qPrintable(dialect), qPrintable(resolution)) << dialect << resolution;
    }
}

void TestMigrationIntegrity::recordsFailedNonTransactionalMigrationAndBlocksRuns()
{
    QFETCH(QString, dialect);
    QFETCH(QString, resolution);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(r1, {}, u"CREATE TABLE base_t (id integer);"_s, u"DROP TABLE base_t;"_s);
    const QString failing = db.writeRevision(r2, {r1},
                                             u"CREATE TABLE nt_first (id integer);\n"
                                             u"INSERT INTO missing_table (id) VALUES (1);\n"
                                             u"CREATE TABLE nt_third (id integer);"_s,
                                             u"DROP TABLE nt_third;\nDROP TABLE nt_first;"_s, false);
    db.writeRevision(r3, {r2}, u"CREATE TABLE after_t (id integer);"_s, u"DROP TABLE after_t;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    auto failed = (*service)->run(migrateTo(u"head"_s), {});
    QVERIFY2(!failed, "the non-transactional migration's second statement must fail the run");
    QVERIFY2(failed.error().code() == ErrorCode::Database, qPrintable(describe(failed.error())));
    const int failingLine = lineOf(failing, u"INSERT INTO missing_table"_s);
    QCOMPARE(canonical(failed.error().location().path), canonical(failing));
    QCOMPARE(failed.error().location().line, failingLine);
    const QString serverText = db.isPostgres() ? u"relation \"missing_table\" does not exist"_s
                                               : u"no such table: missing_table"_s;

    // The statement before the failure stays; the one after it never ran; r1 is applied.
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"base_t"_s, u"nt_first"_s}));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));

    // The failure is recorded.
    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    const HistoryRow &record = history->constLast();
    QCOMPARE(record.revision, r2);
    QCOMPARE(record.direction, u"up"_s);
    QVERIFY(!record.success);
    QVERIFY2(record.error.contains(serverText), qPrintable(record.error));
    QVERIFY2(record.error.contains(QString::number(failingLine)), qPrintable(record.error));
    QCOMPARE(record.checksum.toString(), db.project().graph().at(db.index(r2)).checksum);
    QVERIFY(!record.appliedBy.isEmpty());

    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QVERIFY(status->revisions.at(db.index(r2)).failed);
    QCOMPARE(status->failed, QList<int>({db.index(r2)}));
    QVERIFY(!status->revisions.at(db.index(r2)).applied);
    QVERIFY(status->hasIntegrityProblems());

    // The next run that includes r2 is refused and changes nothing.
    auto before = db.snapshot();
    STRATA_VERIFY_OK(before);
    auto refused = (*service)->run(migrateTo(u"head"_s), {});
    QVERIFY2(!refused, "a run over a failed non-transactional migration must be refused");
    QVERIFY2(refused.error().code() == ErrorCode::Integrity, qPrintable(describe(refused.error())));
    QVERIFY2(refused.error().message().contains(r2), qPrintable(describe(refused.error())));
    auto after = db.snapshot();
    STRATA_VERIFY_OK(after);
    QCOMPARE(after->schema, before->schema);
    QCOMPARE(after->version, before->version);
    QCOMPARE(after->history, before->history);

    QStringList expectedTables{u"after_t"_s, u"base_t"_s, u"nt_first"_s, u"nt_third"_s};
    QString lastR2Direction = u"up"_s;
    if (resolution == u"edit"_s) {
        // The user makes the file work from the database's current state.
        QString text = readText(failing);
        text.replace(u"CREATE TABLE nt_first"_s, u"CREATE TABLE IF NOT EXISTS nt_first"_s);
        text.replace(u"INSERT INTO missing_table"_s, u"INSERT INTO nt_first"_s);
        QVERIFY(writeText(failing, text));
        reloaded = db.reload();
        STRATA_VERIFY_OK(reloaded);
        auto fixedRun = (*service)->run(migrateTo(u"head"_s), {});
        STRATA_VERIFY_OK(fixedRun);
        QCOMPARE(fixedRun->steps.size(), 2);
    } else if (resolution == u"retry"_s) {
        // The user fixes the database by hand and re-runs the unchanged file.
        auto unchanged = (*service)->run(migrateTo(u"head"_s), {});
        QVERIFY2(!unchanged && unchanged.error().code() == ErrorCode::Integrity, "an unchanged file is not retried");
        for (const QString &sql : {u"DROP TABLE nt_first"_s, u"CREATE TABLE missing_table (id integer)"_s}) {
            auto done = db.inspector().exec(sql);
            STRATA_VERIFY_OK(done);
        }
        RunOptions retry;
        retry.retryFailed = true;
        auto retried = (*service)->run(migrateTo(u"head"_s), retry);
        STRATA_VERIFY_OK(retried);
        QCOMPARE(retried->steps.size(), 2);
        expectedTables.insert(2, u"missing_table"_s);
    } else {
        // The user finished r2 by hand and stamps it.
        RunOptions stamp;
        stamp.mode = RunMode::Stamp;
        auto stamped = (*service)->run(stampAt(r2), stamp);
        STRATA_VERIFY_OK(stamped);
        rows = db.versionRows();
        STRATA_VERIFY_OK(rows);
        QCOMPARE(*rows, QStringList({r2}));
        auto continued = (*service)->run(migrateTo(u"head"_s), {});
        STRATA_VERIFY_OK(continued);
        QCOMPARE(continued->steps.size(), 1);
        expectedTables.removeOne(u"nt_third"_s); // r2's SQL did not run again
        lastR2Direction = u"stamp"_s;
    }

    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, expectedTables);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));
    status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QVERIFY(status->failed.isEmpty());
    QVERIFY(!status->hasIntegrityProblems());
    QVERIFY(status->isUpToDate());
    history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QStringList r2Rows;
    for (const HistoryRow &row : std::as_const(*history)) {
        if (row.revision == r2)
            r2Rows << row.direction + (row.success ? u" ok"_s : u" failed"_s);
    }
    QCOMPARE(r2Rows, QStringList({u"up failed"_s, lastR2Direction + u" ok"_s}));
}

void TestMigrationIntegrity::failedNonTransactionalDowngradeRunsAgainOnlyWhenRetried()
{
    QFETCH(QString, dialect);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(r1, {}, u"CREATE TABLE base_t (id integer);"_s, u"DROP TABLE base_t;"_s);
    const QString path = db.writeRevision(r2, {r1}, u"CREATE TABLE nt_a (id integer);\nCREATE TABLE nt_b (id integer);"_s,
                                          u"DROP TABLE nt_b;\nDROP TABLE missing_table;\nDROP TABLE nt_a;"_s, false);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);
    auto applied = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(applied);

    // The downgrade fails on its second statement, outside a transaction.
    auto failed = (*service)->run(rollbackSteps(1), {});
    QVERIFY2(!failed, "the downgrade's second statement must fail the run");
    QVERIFY2(failed.error().code() == ErrorCode::Database, qPrintable(describe(failed.error())));
    QCOMPARE(failed.error().location().line, lineOf(path, u"DROP TABLE missing_table"_s));
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"base_t"_s, u"nt_a"_s}));
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    auto history = db.historyRows();
    STRATA_VERIFY_OK(history);
    QCOMPARE(history->constLast().revision, r2);
    QCOMPARE(history->constLast().direction, u"down"_s);
    QVERIFY(!history->constLast().success);
    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(status->failed, QList<int>({db.index(r2)}));

    // Unchanged, it is refused.
    auto refused = (*service)->run(rollbackSteps(1), {});
    QVERIFY2(!refused, "re-running an unchanged failed migration must be refused");
    QVERIFY2(refused.error().code() == ErrorCode::Integrity, qPrintable(describe(refused.error())));

    // Editing the downgrade does not release it: the checksum covers only the upgrade
    // (docs/bookkeeping.md). Retrying, after the fix, does.
    QString text = readText(path);
    text.replace(u"DROP TABLE nt_b;\nDROP TABLE missing_table;"_s, u"DROP TABLE IF EXISTS nt_b;"_s);
    QVERIFY(writeText(path, text));
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto stillRefused = (*service)->run(rollbackSteps(1), {});
    QVERIFY2(!stillRefused, "an edited downgrade is not detected, so the run stays refused");
    QVERIFY2(stillRefused.error().code() == ErrorCode::Integrity, qPrintable(describe(stillRefused.error())));
    QVERIFY2(stillRefused.error().hint().contains(u"--retry-failed"_s), qPrintable(describe(stillRefused.error())));
    RunOptions retry;
    retry.retryFailed = true;
    auto fixed = (*service)->run(rollbackSteps(1), retry);
    STRATA_VERIFY_OK(fixed);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
    tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"base_t"_s}));
    status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QVERIFY(status->failed.isEmpty());
}

void TestMigrationIntegrity::blocksRunsOverEditedAppliedRevision_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("isEdit");
    const QList<std::pair<QString, bool>> changes{
        {u"changed SQL"_s, true},
        {u"indented"_s, true},
        {u"trailing white space"_s, false},
        {u"CRLF line endings"_s, false},
        {u"CRLF and trailing spaces"_s, false},
        {u"blank lines around"_s, false},
        {u"downgrade changed"_s, false},
    };
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s}) {
        for (const auto &[change, isEdit] : changes)
            QTest::addRow("%s, %s", qPrintable(dialect), qPrintable(change)) << dialect << change << isEdit;
    }
}

void TestMigrationIntegrity::blocksRunsOverEditedAppliedRevision()
{
    QFETCH(QString, dialect);
    QFETCH(QString, change);
    QFETCH(bool, isEdit);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    const QString edited = db.writeRevision(r1, {}, u"CREATE TABLE edit_t (id integer);\nINSERT INTO edit_t (id) VALUES (1);"_s,
                                            u"DROP TABLE edit_t;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);
    auto applied = (*service)->run(migrateTo(u"head"_s), {});
    STRATA_VERIFY_OK(applied);

    const QString original = readText(edited);
    const QString changed = changeFile(original, change);
    QVERIFY2(changed != original, "the change must alter the file");
    QVERIFY(writeText(edited, changed));
    db.writeRevision(r2, {r1}, u"CREATE TABLE edit_next (id integer);"_s, u"DROP TABLE edit_next;"_s);
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);

    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(status->revisions.at(db.index(r1)).edited, isEdit);
    QCOMPARE(status->edited, isEdit ? QList<int>({db.index(r1)}) : QList<int>());
    QCOMPARE(status->hasIntegrityProblems(), isEdit);

    if (isEdit) {
        auto refused = (*service)->run(migrateTo(u"head"_s), {});
        QVERIFY2(!refused, "a run over an edited applied revision must be refused");
        QVERIFY2(refused.error().code() == ErrorCode::Integrity, qPrintable(describe(refused.error())));
        QVERIFY2(refused.error().message().contains(r1), qPrintable(describe(refused.error())));
        auto rows = db.versionRows();
        STRATA_VERIFY_OK(rows);
        QCOMPARE(*rows, QStringList({r1}));
        auto tables = db.userTables();
        STRATA_VERIFY_OK(tables);
        QCOMPARE(*tables, QStringList({u"edit_t"_s}));
    }

    RunOptions options;
    options.allowEdited = isEdit;
    auto run = (*service)->run(migrateTo(u"head"_s), options);
    STRATA_VERIFY_OK(run);
    QCOMPARE(run->steps.size(), 1);
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r2}));
    auto tables = db.userTables();
    STRATA_VERIFY_OK(tables);
    QCOMPARE(*tables, QStringList({u"edit_next"_s, u"edit_t"_s}));
}

void TestMigrationIntegrity::refusesRunsWhileVersionRowHasNoFile_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("cause");
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s}) {
        for (const QString &cause : {u"deleted file"_s, u"foreign row"_s})
            QTest::addRow("%s, %s", qPrintable(dialect), qPrintable(cause)) << dialect << cause;
    }
}

void TestMigrationIntegrity::refusesRunsWhileVersionRowHasNoFile()
{
    QFETCH(QString, dialect);
    QFETCH(QString, cause);
    auto created = MigrationFixture::create(dialectFromTag(dialect));
    STRATA_VERIFY_OK(created);
    MigrationFixture &db = **created;

    db.writeRevision(r1, {}, u"CREATE TABLE kept_t (id integer);"_s, u"DROP TABLE kept_t;"_s);
    const QString second = db.writeRevision(r2, {r1}, u"CREATE TABLE gone_t (id integer);"_s, u"DROP TABLE gone_t;"_s);
    auto reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto service = db.connect();
    STRATA_VERIFY_OK(service);

    QString missing;
    if (cause == u"deleted file"_s) {
        auto applied = (*service)->run(migrateTo(u"head"_s), {});
        STRATA_VERIFY_OK(applied);
        QVERIFY(QFile::remove(second));
        missing = r2;
    } else {
        auto applied = (*service)->run(migrateTo(r1), {});
        STRATA_VERIFY_OK(applied);
        // A row another branch or another tool wrote.
        missing = u"deadbeef0000"_s;
        auto inserted = db.inspector().exec(u"INSERT INTO strata_version (version_num) VALUES ('deadbeef0000')"_s);
        STRATA_VERIFY_OK(inserted);
    }
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);

    auto status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QCOMPARE(status->missingFiles(), QStringList({missing}));
    QVERIFY(status->hasIntegrityProblems());

    auto before = db.snapshot();
    STRATA_VERIFY_OK(before);
    auto refused = (*service)->run(migrateTo(u"head"_s), {});
    QVERIFY2(!refused, "a run while a version row names no file must be refused");
    QVERIFY2(refused.error().code() == ErrorCode::Integrity, qPrintable(describe(refused.error())));
    QVERIFY2(refused.error().message().contains(missing), qPrintable(describe(refused.error())));
    auto after = db.snapshot();
    STRATA_VERIFY_OK(after);
    QCOMPARE(after->schema, before->schema);
    QCOMPARE(after->version, before->version);
    QCOMPARE(after->history, before->history);

    // Stamping rewrites the version table: the row without a file goes.
    RunOptions stamp;
    stamp.mode = RunMode::Stamp;
    auto stamped = (*service)->run(stampAt(r1), stamp);
    STRATA_VERIFY_OK(stamped);
    auto rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r1}));
    status = (*service)->status();
    STRATA_VERIFY_OK(status);
    QVERIFY(status->missingFiles().isEmpty());
    QVERIFY(!status->hasIntegrityProblems());

    // And runs work again.
    db.writeRevision(r3, {r1}, u"CREATE TABLE new_t (id integer);"_s, u"DROP TABLE new_t;"_s);
    reloaded = db.reload();
    STRATA_VERIFY_OK(reloaded);
    auto run = (*service)->run(migrateTo(r3), {});
    STRATA_VERIFY_OK(run);
    QCOMPARE(run->steps.size(), 1);
    rows = db.versionRows();
    STRATA_VERIFY_OK(rows);
    QCOMPARE(*rows, QStringList({r3}));
}

QTEST_GUILESS_MAIN(TestMigrationIntegrity)
#include "tst_migrationintegrity.moc"
