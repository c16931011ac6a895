// SPDX-License-Identifier: MIT
// strata::checkOnStartup(), the startup check an application calls, and the example
// service built on it, on SQLite and on the test PostgreSQL.
#include "migrate/migrationservice.h"
#include "project/project.h"
#include "project/startupcheck.h"

#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

class TestStartupCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPendingMigrationsInOrderThenNone_data();
    void listsPendingMigrationsInOrderThenNone();
    void reportsAnEditedMigration();
    void explainsAProjectThatDoesNotRead();
    void explainsADatabaseThatCannotBeReached();
    void theExampleServiceRefusesToStartWhilePending();

private:
    /// Two revisions, b on a; @p url as [database].url.
    static void writeProject(test::TempProject &project, const QString &url);
    static bool migrate(const QString &projectDir, const QString &target = u"head"_s);
};

void TestStartupCheck::writeProject(test::TempProject &project, const QString &url)
{
    project.setDatabaseUrl(url);
    project.writeRevision(u"aaaa00000001"_s, {}, u"CREATE TABLE t (id INTEGER PRIMARY KEY);"_s, u"DROP TABLE t;"_s);
    project.writeRevision(u"bbbb00000002"_s, {u"aaaa00000001"_s}, u"ALTER TABLE t ADD COLUMN name TEXT;"_s,
                          u"ALTER TABLE t DROP COLUMN name;"_s);
}

bool TestStartupCheck::migrate(const QString &projectDir, const QString &target)
{
    const test::CliRun run = test::runStrata(projectDir, {u"migrate"_s, target});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0;
}

void TestStartupCheck::listsPendingMigrationsInOrderThenNone_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestStartupCheck::listsPendingMigrationsInOrderThenNone()
{
    QFETCH(bool, postgres);
    std::unique_ptr<test::ScratchPostgres> database;
    QString url = u"sqlite:///app.db"_s;
    if (postgres) {
        auto scratch = test::ScratchPostgres::create();
        QVERIFY2(scratch, test::errorText(scratch));
        database = *std::move(scratch);
        url = database->url().toString();
    }
    test::TempProject project;
    writeProject(project, url);

    // A fresh database: both pending, in the order migrate applies them; nothing created.
    auto check = checkOnStartup({}, project.filePath(u"migrations"_s)); // a directory below the project
    QVERIFY2(check, test::errorText(check));
    QVERIFY(!check->isUpToDate());
    QCOMPARE(check->pending, (QStringList{u"aaaa00000001"_s, u"bbbb00000002"_s}));
    QVERIFY(check->current.isEmpty());
    QVERIFY2(check->summary().contains(u"2 pending migration(s): aaaa00000001, bbbb00000002"_s),
             qPrintable(check->summary()));
    QVERIFY(!check->database.contains(u"strata-test-pw"_s)); // the password never shows
    if (!postgres)
        QVERIFY(!QFile::exists(project.filePath(u"app.db"_s)));

    QVERIFY(migrate(project.path(), u"aaaa"_s));
    check = checkOnStartup({}, project.path());
    QVERIFY2(check, test::errorText(check));
    QCOMPARE(check->pending, QStringList{u"bbbb00000002"_s});
    QCOMPARE(check->current, QStringList{u"aaaa00000001"_s});

    QVERIFY(migrate(project.path()));
    check = checkOnStartup({}, project.path());
    QVERIFY2(check, test::errorText(check));
    QVERIFY(check->isUpToDate());
    QVERIFY(check->pending.isEmpty());
    QCOMPARE(check->current, QStringList{u"bbbb00000002"_s});
    QVERIFY2(check->summary().contains(u"up to date at bbbb00000002"_s), qPrintable(check->summary()));

    // An explicit URL wins over the project's, as -d does (a relative SQLite path would be
    // the other project's file).
    test::TempProject other;
    writeProject(other, u"sqlite:///other.db"_s);
    check = checkOnStartup(postgres ? url : u"sqlite:///"_s + project.filePath(u"app.db"_s), other.path());
    QVERIFY2(check, test::errorText(check));
    QVERIFY(check->isUpToDate());
}

void TestStartupCheck::reportsAnEditedMigration()
{
    test::TempProject project;
    writeProject(project, u"sqlite:///app.db"_s);
    QVERIFY(migrate(project.path()));
    const auto loaded = Project::discover(project.path());
    QVERIFY2(loaded, test::errorText(loaded));
    const QString path = loaded->graph().at(*loaded->graph().indexOf(u"aaaa00000001"_s)).path;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("CREATE TABLE t (id INTEGER PRIMARY KEY);", "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT);");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();

    const auto check = checkOnStartup({}, project.path());
    QVERIFY2(check, test::errorText(check));
    QVERIFY(check->pending.isEmpty());
    QCOMPARE(check->edited, QStringList{u"aaaa00000001"_s});
    QVERIFY(!check->isUpToDate());
    QVERIFY2(check->summary().contains(u"edited"_s), qPrintable(check->summary()));
}

void TestStartupCheck::explainsAProjectThatDoesNotRead()
{
    QTemporaryDir empty;
    const auto check = checkOnStartup({}, empty.path());
    QVERIFY(!check);
    QVERIFY2(check.error().fullMessage().contains(u"strata.toml"_s), qPrintable(check.error().fullMessage()));
}

void TestStartupCheck::explainsADatabaseThatCannotBeReached()
{
    test::TempProject project;
    writeProject(project, u"postgresql://nobody@127.0.0.1:1/none"_s);
    const auto check = checkOnStartup({}, project.path());
    QVERIFY(!check);
    QCOMPARE(check.error().code(), ErrorCode::Database);
}

void TestStartupCheck::theExampleServiceRefusesToStartWhilePending()
{
    test::TempProject project;
    writeProject(project, u"sqlite:///app.db"_s);
    QProcess service;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DATABASE_URL"_s);
    service.setProcessEnvironment(environment);
    service.start(QStringLiteral(STRATA_STARTUP_CHECK_EXAMPLE), {project.path()});
    QVERIFY(service.waitForFinished(30'000));
    QCOMPARE(service.exitCode(), 1);
    QVERIFY(QString::fromUtf8(service.readAllStandardError()).contains(u"not starting"_s));

    QVERIFY(migrate(project.path()));
    service.start(QStringLiteral(STRATA_STARTUP_CHECK_EXAMPLE), {project.path()});
    QVERIFY(service.waitForFinished(30'000));
    QCOMPARE(service.exitCode(), 0);
    QVERIFY(QString::fromUtf8(service.readAllStandardOutput()).contains(u"up to date"_s));
}

QTEST_GUILESS_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"
