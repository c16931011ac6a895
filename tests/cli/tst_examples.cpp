// SPDX-License-Identifier: MIT
// The example project's Makefile (examples/shop): every target, on a copy, with the real
// strata binary, on SQLite and on the test PostgreSQL through DATABASE_URL.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

struct MakeRun
{
    int exitCode = -1;
    QString out;
    QString err;
};


} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsEveryMakeTarget_data();
    void runsEveryMakeTarget();
    void makemigrationsAsksForAMessage();

private:
    /// `make TARGET VARIABLES...` in @p dir, with STRATA set to the built binary.
    MakeRun make(const QString &dir, const QStringList &arguments);

    QString m_databaseUrl; ///< empty: the example's own SQLite file
};

MakeRun TestExamples::make(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DATABASE_URL"_s);
    if (!m_databaseUrl.isEmpty())
        environment.insert(u"DATABASE_URL"_s, m_databaseUrl);
    environment.remove(u"MAKEFLAGS"_s);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dir);
    process.start(u"make"_s, QStringList{u"--no-print-directory"_s, u"STRATA="_s + QStringLiteral(STRATA_BINARY)} + arguments);
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestExamples::runsEveryMakeTarget_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestExamples::runsEveryMakeTarget()
{
    QFETCH(bool, postgres);
    std::unique_ptr<test::ScratchPostgres> database;
    m_databaseUrl.clear();
    if (postgres) {
        auto scratch = test::ScratchPostgres::create();
        QVERIFY2(scratch, test::errorText(scratch));
        database = *std::move(scratch);
        m_databaseUrl = database->url().toString();
    }
    QTemporaryDir dir;
    test::copyTree(QStringLiteral(STRATA_EXAMPLES_DIR) + u"/shop"_s, dir.path());
    const auto ok = [](const MakeRun &run) { return run.exitCode == 0; };

    MakeRun run = make(dir.path(), {u"migrate-check"_s});
    QCOMPARE(run.exitCode, 2); // make's own code: strata check exited 1
    QVERIFY2(run.out.contains(u"1 pending migration(s)"_s), qPrintable(run.out + run.err));

    run = make(dir.path(), {u"migrate"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    QVERIFY(ok(make(dir.path(), {u"migrate-check"_s})));

    // A model change becomes a migration through make, and is applied.
    QFile models(dir.filePath(u"models/schema.sql"_s));
    QVERIFY(models.open(QIODevice::ReadOnly));
    QString schema = QString::fromUtf8(models.readAll());
    models.close();
    schema.replace(u"    name TEXT NOT NULL,\n"_s, u"    name TEXT NOT NULL,\n    phone TEXT,\n"_s);
    QVERIFY(models.open(QIODevice::WriteOnly | QIODevice::Truncate));
    models.write(schema.toUtf8());
    models.close();
    run = make(dir.path(), {u"makemigrations"_s, u"msg=add phone to customers"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"add_phone_to_customers.sql"_s), qPrintable(run.out));

    run = make(dir.path(), {u"migrate-show"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"[X]"_s) && run.out.contains(u"[ ]"_s), qPrintable(run.out));
    QVERIFY(ok(make(dir.path(), {u"migrate"_s})));

    run = make(dir.path(), {u"migrate-history"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"add phone to customers"_s), qPrintable(run.out));
    run = make(dir.path(), {u"migrate-history"_s, u"limit=1"_s});
    QVERIFY2(ok(run) && !run.out.contains(u"create customers and orders"_s), qPrintable(run.out));

    run = make(dir.path(), {u"migrate-current"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    const QString newest = QDir(dir.filePath(u"migrations/versions"_s))
                               .entryList({u"*add_phone_to_customers.sql"_s}).value(0)
                               .section(u'-', 1).section(u'_', 0, 0);
    QVERIFY(!newest.isEmpty());
    QVERIFY2(run.out.contains(newest), qPrintable(run.out));

    run = make(dir.path(), {u"migrate-rollback"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    QCOMPARE(make(dir.path(), {u"migrate-check"_s}).exitCode, 2);
    run = make(dir.path(), {u"migrate-rollback"_s, u"steps=1"_s});
    QVERIFY2(ok(run), qPrintable(run.err));
    run = make(dir.path(), {u"migrate-current"_s});
    QVERIFY2(run.out.contains(u"<base>"_s), qPrintable(run.out));
}

void TestExamples::makemigrationsAsksForAMessage()
{
    QTemporaryDir dir;
    test::copyTree(QStringLiteral(STRATA_EXAMPLES_DIR) + u"/shop"_s, dir.path());
    const MakeRun run = make(dir.path(), {u"makemigrations"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"usage: make makemigrations msg="_s), qPrintable(run.err));
    QCOMPARE(QDir(dir.filePath(u"migrations/versions"_s)).entryList({u"*.sql"_s}).size(), 1);
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
