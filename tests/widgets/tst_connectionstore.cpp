// SPDX-License-Identifier: MIT
// Where the studio keeps a project's connections: strata.toml's own, then the user's from
// the settings, per project and never with a password. Also the rules a profile must meet.
#include "connections/connectionprofile.h"
#include "connections/connectionstore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

const QString Secret = u"hunter2SECRET"_s;

ProjectConfig configAt(const QString &configPath)
{
    const QString toml = u"[database]\n"
                         "url = \"sqlite:///dev.db\"\n"
                         "\n"
                         "[connections.prod]\n"
                         "url = \"postgresql://app@db.internal:5432/app\"\n"
                         "production = true\n"_s;
    auto config = ProjectConfig::parse(toml, configPath);
    if (!config)
        qFatal("%s", qPrintable(config.error().message()));
    return *std::move(config);
}

DatabaseUrl url(const QString &text)
{
    auto parsed = DatabaseUrl::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message()));
    return *std::move(parsed);
}

ConnectionProfile userProfile(const QString &name, const QString &urlText, bool production = false)
{
    return {name, url(urlText), production, ConnectionProfile::Origin::User};
}

QStringList names(const QList<ConnectionProfile> &profiles)
{
    QStringList result;
    for (const ConnectionProfile &profile : profiles)
        result << profile.name;
    return result;
}

/// The settings file as written on disk.
QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void listsTheProjectConnectionsFirst();
    void neverStoresAPassword();
    void skipsProjectConnectionsWhenSaving();
    void remembersTheShownConnections();
    void keepsEachProjectsConnectionsApart();
    void reportsProfileProblems_data();
    void reportsProfileProblems();
    void needsAPasswordOnlyForPostgresWithoutOne();
    void keysThePasswordWithoutThePassword();
};

void TestConnectionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StrataTests"_s);
    QCoreApplication::setApplicationName(u"tst_connectionstore_%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

void TestConnectionStore::init()
{
    QSettings().clear();
}

void TestConnectionStore::cleanupTestCase()
{
    QString fileName;
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        fileName = settings.fileName();
    }
    QFile::remove(fileName);
    QDir().rmdir(QFileInfo(fileName).absolutePath()); // the organization's directory, if now empty
}

void TestConnectionStore::listsTheProjectConnectionsFirst()
{
    const ConnectionStore store(configAt(u"/tmp/x/strata.toml"_s));
    store.save({userProfile(u"local"_s, u"postgresql://me@localhost/scratch"_s)});
    const QList<ConnectionProfile> profiles = store.load();
    QCOMPARE(names(profiles), (QStringList{u"default"_s, u"prod"_s, u"local"_s}));

    QCOMPARE(profiles.at(0).origin, ConnectionProfile::Origin::Project);
    QCOMPARE(profiles.at(0).url.toString(), u"sqlite:///dev.db"_s);
    QVERIFY(!profiles.at(0).production);
    QVERIFY(!profiles.at(0).isEditable());

    QCOMPARE(profiles.at(1).origin, ConnectionProfile::Origin::Project);
    QCOMPARE(profiles.at(1).url.toString(), u"postgresql://app@db.internal:5432/app"_s);
    QVERIFY(profiles.at(1).production);

    QCOMPARE(profiles.at(2).origin, ConnectionProfile::Origin::User);
    QVERIFY(profiles.at(2).isEditable());
}

void TestConnectionStore::neverStoresAPassword()
{
    const ConnectionStore store(configAt(u"/tmp/x/strata.toml"_s));
    const ConnectionProfile withPassword = userProfile(
        u"staging"_s, u"postgresql://deploy:"_s + Secret + u"@staging.internal:6543/shop"_s, true);
    QVERIFY(withPassword.url.hasPassword());
    store.save({withPassword});

    const QString text = settingsText();
    QVERIFY2(text.contains(u"staging.internal"_s), qPrintable(text)); // the profile was written
    QVERIFY2(!text.contains(Secret), qPrintable(text));

    const QList<ConnectionProfile> profiles = store.load();
    QCOMPARE(profiles.size(), 3);
    const ConnectionProfile &loaded = profiles.last();
    QCOMPARE(loaded.name, u"staging"_s);
    QVERIFY(loaded.production);
    QVERIFY(!loaded.url.hasPassword());
    QCOMPARE(loaded.url.toString(), u"postgresql://deploy@staging.internal:6543/shop"_s);
    ConnectionProfile expected = withPassword;
    expected.url = expected.url.withPassword({});
    QCOMPARE(loaded, expected);
}

void TestConnectionStore::skipsProjectConnectionsWhenSaving()
{
    const ConnectionStore store(configAt(u"/tmp/x/strata.toml"_s));
    QList<ConnectionProfile> profiles = store.load();
    QCOMPARE(profiles.size(), 2);
    profiles << userProfile(u"local"_s, u"sqlite:///local.db"_s);
    store.save(profiles);
    QCOMPARE(names(store.load()), (QStringList{u"default"_s, u"prod"_s, u"local"_s}));
    QVERIFY(!settingsText().contains(u"db.internal"_s));

    // Saving replaces the user's list: a removed connection is gone.
    store.save({userProfile(u"other"_s, u"sqlite:///other.db"_s)});
    QCOMPARE(names(store.load()), (QStringList{u"default"_s, u"prod"_s, u"other"_s}));
}

void TestConnectionStore::remembersTheShownConnections()
{
    const ConnectionStore store(configAt(u"/tmp/x/strata.toml"_s));
    QVERIFY(store.shownConnections().isEmpty());
    store.setShownConnections({u"prod"_s, u"local"_s});
    QCOMPARE(store.shownConnections(), (QStringList{u"prod"_s, u"local"_s}));
    QCOMPARE(ConnectionStore(configAt(u"/tmp/x/strata.toml"_s)).shownConnections(),
             (QStringList{u"prod"_s, u"local"_s}));
    store.setShownConnections({u"default"_s});
    QCOMPARE(store.shownConnections(), QStringList{u"default"_s});
}

void TestConnectionStore::keepsEachProjectsConnectionsApart()
{
    const ConnectionStore first(configAt(u"/tmp/x/strata.toml"_s));
    const ConnectionStore second(configAt(u"/tmp/y/strata.toml"_s));
    first.save({userProfile(u"mine"_s, u"sqlite:///mine.db"_s)});
    QCOMPARE(names(second.load()), (QStringList{u"default"_s, u"prod"_s}));

    second.save({userProfile(u"theirs"_s, u"sqlite:///theirs.db"_s)});
    QCOMPARE(names(first.load()), (QStringList{u"default"_s, u"prod"_s, u"mine"_s}));
    QCOMPARE(names(second.load()), (QStringList{u"default"_s, u"prod"_s, u"theirs"_s}));

    first.setShownConnections({u"mine"_s});
    QVERIFY(second.shownConnections().isEmpty());
}

void TestConnectionStore::reportsProfileProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database"); // the file for SQLite
    QTest::addColumn<QStringList>("problems");

    const QString noName = u"Give the connection a name."_s;
    QTest::newRow("valid PostgreSQL")
        << u"staging"_s << true << u"db"_s << u"app"_s << u"shop"_s << QStringList();
    QTest::newRow("valid SQLite") << u"scratch"_s << false << QString() << QString() << u"scratch.db"_s
                                  << QStringList();
    QTest::newRow("empty name")
        << QString() << true << u"db"_s << u"app"_s << u"shop"_s << QStringList{noName};
    QTest::newRow("blank name")
        << u"   "_s << false << QString() << QString() << u"a.db"_s << QStringList{noName};
    QTest::newRow("duplicate name, other case")
        << u"PROD"_s << true << u"db"_s << u"app"_s << u"shop"_s
        << QStringList{u"Another connection is already called 'PROD'."_s};
    QTest::newRow("duplicate name, padded")
        << u" local "_s << false << QString() << QString() << u"a.db"_s
        << QStringList{u"Another connection is already called 'local'."_s};
    QTest::newRow("PostgreSQL without host") << u"staging"_s << true << u"  "_s << u"app"_s << u"shop"_s
                                             << QStringList{u"Enter the server's host name or address."_s};
    QTest::newRow("PostgreSQL without database")
        << u"staging"_s << true << u"db"_s << u"app"_s << QString()
        << QStringList{u"Enter the database name."_s};
    QTest::newRow("PostgreSQL without user")
        << u"staging"_s << true << u"db"_s << QString() << u"shop"_s
        << QStringList{u"Enter the user name."_s};
    QTest::newRow("SQLite without path")
        << u"scratch"_s << false << QString() << QString() << u" "_s
        << QStringList{u"Choose the SQLite database file."_s};
    QTest::newRow("everything missing")
        << QString() << true << QString() << QString() << QString()
        << QStringList{noName, u"Enter the server's host name or address."_s, u"Enter the database name."_s,
                       u"Enter the user name."_s};
}

void TestConnectionStore::reportsProfileProblems()
{
    QFETCH(QString, name);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QStringList, problems);

    const QList<ConnectionProfile> others{
        {u"prod"_s, url(u"postgresql://app@db.internal/app"_s), true, ConnectionProfile::Origin::Project},
        {u"local"_s, url(u"sqlite:///local.db"_s), false, ConnectionProfile::Origin::User},
    };
    ConnectionProfile profile;
    profile.name = name;
    profile.url = postgres ? DatabaseUrl::postgres(host, 0, user, database) : DatabaseUrl::sqlite(database);
    QCOMPARE(profileProblems(profile, others), problems);
}

void TestConnectionStore::needsAPasswordOnlyForPostgresWithoutOne()
{
    QVERIFY(userProfile(u"a"_s, u"postgresql://app@db/shop"_s).needsPassword());
    QVERIFY(!userProfile(u"b"_s, u"postgresql://app:"_s + Secret + u"@db/shop"_s).needsPassword());
    QVERIFY(!userProfile(u"c"_s, u"sqlite:///dev.db"_s).needsPassword());
    QVERIFY(!userProfile(u"d"_s, u"sqlite://"_s).needsPassword());
}

void TestConnectionStore::keysThePasswordWithoutThePassword()
{
    const ConnectionProfile withPassword
        = userProfile(u"a"_s, u"postgresql://app:"_s + Secret + u"@db.internal:5432/shop?sslmode=require"_s);
    const ConnectionProfile without
        = userProfile(u"b"_s, u"postgresql://app@db.internal:5432/shop?sslmode=require"_s);
    QVERIFY(!withPassword.passwordKey().contains(Secret));
    QCOMPARE(withPassword.passwordKey(), u"postgresql://app@db.internal:5432/shop?sslmode=require"_s);
    // Profiles that share a server, user and database share the keychain entry.
    QCOMPARE(without.passwordKey(), withPassword.passwordKey());
    QVERIFY(userProfile(u"c"_s, u"postgresql://other@db.internal:5432/shop"_s).passwordKey()
            != withPassword.passwordKey());
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
