// SPDX-License-Identifier: MIT
// "Test connection": a server version and timings, or the exact reason it failed.
#include "database/connectionprobe.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsSqliteVersionWithoutCreatingTheFile();
    void reportsPostgresVersionAndTimings();
    void reportsAWrongPasswordAsSuch();
    void reportsAnUnreachableServer();
};

void TestConnectionProbe::reportsSqliteVersionWithoutCreatingTheFile()
{
    QTemporaryDir dir;
    const auto url = DatabaseUrl::parse(u"sqlite:///missing.db"_s);
    QVERIFY(url);
    const auto missing = probeConnection(*url, QDir(dir.path()));
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(u"does not exist"_s));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"missing.db"_s)));

    const auto memory = probeConnection(*DatabaseUrl::parse(u"sqlite://"_s), QDir(dir.path()));
    QVERIFY2(memory, test::errorText(memory).constData());
    QVERIFY(memory->serverVersion.startsWith(u"SQLite 3."_s));
}

void TestConnectionProbe::reportsPostgresVersionAndTimings()
{
    const auto server = test::postgresServerUrl();
    if (!server)
        QFAIL(test::errorText(server).constData());
    const auto probe = probeConnection(*server, QDir());
    QVERIFY2(probe, test::errorText(probe).constData());
    QVERIFY2(probe->serverVersion.startsWith(u"PostgreSQL "_s), qPrintable(probe->serverVersion));
    QVERIFY(probe->connectMs >= 0);
    QVERIFY(probe->roundTripMs >= 0);
}

void TestConnectionProbe::reportsAWrongPasswordAsSuch()
{
    const auto server = test::postgresServerUrl();
    if (!server)
        QFAIL(test::errorText(server).constData());
    const auto probe = probeConnection(server->withPassword(u"not-the-password"_s), QDir());
    QVERIFY(!probe);
    QCOMPARE(probe.error().code(), ErrorCode::Database);
    QVERIFY2(probe.error().message().contains(u"password authentication failed"_s),
             qPrintable(probe.error().message()));
    QVERIFY2(probe.error().hint().contains(u"password"_s), qPrintable(probe.error().hint()));
    const QString everything = probe.error().fullMessage() + probe.error().detail() + probe.error().hint();
    QVERIFY(!everything.contains(u"not-the-password"_s));
}

void TestConnectionProbe::reportsAnUnreachableServer()
{
    const auto url = DatabaseUrl::parse(u"postgresql://nobody@127.0.0.1:1/none"_s);
    QVERIFY(url);
    const auto probe = probeConnection(*url, QDir(), 2);
    QVERIFY(!probe);
    QCOMPARE(probe.error().code(), ErrorCode::Database);
    QVERIFY2(probe.error().fullMessage().contains(u"127.0.0.1"_s), qPrintable(probe.error().fullMessage()));
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
