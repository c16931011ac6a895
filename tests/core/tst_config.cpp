// SPDX-License-Identifier: MIT
// Configuration (DESIGN §2): database URLs, strata.toml, durations, choosing the connection,
// and redacting secrets before they reach a log.

#include "config/connectionchoice.h"
#include "config/databaseurl.h"
#include "config/projectconfig.h"
#include "log/logging.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace strata;

Q_DECLARE_METATYPE(strata::Dialect)

namespace {

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullMessage().toUtf8();
}

/// Everything an Error would show a user.
QString everything(const Error &error)
{
    return error.fullMessage() + u'\n' + error.hint() + u'\n' + error.detail() + u'\n'
        + error.context().join(u'\n');
}

const QString ConfigPath = u"/srv/project/strata.toml"_s;

QStringList parameterList(const DatabaseUrl &url)
{
    QStringList list;
    for (const auto &[key, value] : url.parameters())
        list << key + u'=' + value;
    return list;
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDatabaseUrl_data();
    void parsesDatabaseUrl();
    void rejectsDatabaseUrl_data();
    void rejectsDatabaseUrl();
    void urlErrorsNeverShowThePassword_data();
    void urlErrorsNeverShowThePassword();
    void fullUrlRoundTrips();
    void dropsEveryPassword_data();
    void dropsEveryPassword();
    void buildsUrlsFromParts();
    void resolvesSqlitePath_data();
    void resolvesSqlitePath();
    void fillsConfigDefaults();
    void readsEveryConfigKey();
    void readsConnections();
    void rejectsConfig_data();
    void rejectsConfig();
    void readsLockTimeout_data();
    void readsLockTimeout();
    void parsesDurations_data();
    void parsesDurations();
    void choosesConnection_data();
    void choosesConnection();
    void rejectsDatabaseUrlWithConnection();
    void unknownConnectionListsKnownOnes();
    void reportsMissingDatabase();
    void reportsBadChosenUrlWithItsSource();
    void redactsSecrets_data();
    void redactsSecrets();
};

void TestConfig::parsesDatabaseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("redacted");

    const Dialect pg = Dialect::Postgres;
    const Dialect lite = Dialect::Sqlite;
    QTest::newRow("postgresql with everything")
        << u"postgresql://user:p%40ss@host:5433/db?sslmode=require"_s << pg << u"host"_s << 5433 << u"user"_s
        << u"p@ss"_s << u"db"_s << QStringList { u"sslmode=require"_s }
        << u"postgresql://user:***@host:5433/db?sslmode=require"_s;
    QTest::newRow("postgres scheme, no password, no port")
        << u"postgres://app@db.internal/app"_s << pg << u"db.internal"_s << 0 << u"app"_s << QString()
        << u"app"_s << QStringList() << u"postgresql://app@db.internal/app"_s;
    QTest::newRow("SQLAlchemy driver suffix")
        << u"postgresql+psycopg2://app:secret@localhost/app"_s << pg << u"localhost"_s << 0 << u"app"_s
        << u"secret"_s << u"app"_s << QStringList() << u"postgresql://app:***@localhost/app"_s;
    QTest::newRow("IPv6 host with port")
        << u"postgresql://app@[::1]:5432/app"_s << pg << u"::1"_s << 5432 << u"app"_s << QString() << u"app"_s
        << QStringList() << u"postgresql://app@[::1]:5432/app"_s;
    QTest::newRow("IPv6 host without port")
        << u"postgresql://[fe80::1]/app"_s << pg << u"fe80::1"_s << 0 << QString() << QString() << u"app"_s
        << QStringList() << u"postgresql://[fe80::1]/app"_s;
    QTest::newRow("no user") << u"postgresql://localhost:5432/app"_s << pg << u"localhost"_s << 5432
                             << QString() << QString() << u"app"_s << QStringList()
                             << u"postgresql://localhost:5432/app"_s;
    QTest::newRow("several parameters")
        << u"postgresql://app@h/app?sslmode=verify-full&connect_timeout=5&application_name=strata"_s << pg
        << u"h"_s << 0 << u"app"_s << QString() << u"app"_s
        << QStringList { u"sslmode=verify-full"_s, u"connect_timeout=5"_s, u"application_name=strata"_s }
        << u"postgresql://app@h/app?sslmode=verify-full&connect_timeout=5&application_name=strata"_s;
    QTest::newRow("password as a parameter")
        << u"postgresql://app@h/app?password=hunter2&sslmode=require"_s << pg << u"h"_s << 0 << u"app"_s
        << QString() << u"app"_s << QStringList { u"password=hunter2"_s, u"sslmode=require"_s }
        << u"postgresql://app@h/app?password=***&sslmode=require"_s;
    QTest::newRow("password with reserved characters")
        << u"postgresql://app:p%3Aw%2Fd%40x@h/app"_s << pg << u"h"_s << 0 << u"app"_s << u"p:w/d@x"_s
        << u"app"_s << QStringList() << u"postgresql://app:***@h/app"_s;
    QTest::newRow("surrounding white space")
        << u"  postgresql://app@h/app \n"_s << pg << u"h"_s << 0 << u"app"_s << QString() << u"app"_s
        << QStringList() << u"postgresql://app@h/app"_s;
    QTest::newRow("sqlite relative") << u"sqlite:///rel.db"_s << lite << QString() << 0 << QString()
                                     << QString() << u"rel.db"_s << QStringList() << u"sqlite:///rel.db"_s;
    QTest::newRow("sqlite relative in a folder")
        << u"sqlite:///data/dev.db"_s << lite << QString() << 0 << QString() << QString() << u"data/dev.db"_s
        << QStringList() << u"sqlite:///data/dev.db"_s;
    QTest::newRow("sqlite absolute") << u"sqlite:////abs.db"_s << lite << QString() << 0 << QString()
                                     << QString() << u"/abs.db"_s << QStringList() << u"sqlite:////abs.db"_s;
    QTest::newRow("sqlite in memory") << u"sqlite://"_s << lite << QString() << 0 << QString() << QString()
                                      << QString() << QStringList() << u"sqlite://"_s;
}

void TestConfig::parsesDatabaseUrl()
{
    QFETCH(QString, text);
    QFETCH(Dialect, dialect);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QStringList, parameters);
    QFETCH(QString, redacted);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, errorText(url).constData());
    QCOMPARE(url->dialect(), dialect);
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->user(), user);
    QCOMPARE(url->password(), password);
    QCOMPARE(url->hasPassword(), !password.isEmpty() || text.contains(u"password="_s)); // either place counts
    QCOMPARE(url->database(), database);
    QCOMPARE(parameterList(*url), parameters);
    QCOMPARE(url->isInMemory(), dialect == Dialect::Sqlite && database.isEmpty());
    QCOMPARE(url->redacted(), redacted);

    // redacted() never shows a password, in any spelling.
    QStringList secrets;
    if (!password.isEmpty())
        secrets << password << QString::fromUtf8(QUrl::toPercentEncoding(password));
    for (const QString &parameter : parameters) {
        if (parameter.startsWith(u"password="_s))
            secrets << parameter.mid(9);
    }
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!url->redacted().contains(secret), qPrintable(url->redacted()));

    // The redacted form parses back to the same place.
    const auto again = DatabaseUrl::parse(url->redacted());
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(again->dialect(), dialect);
    QCOMPARE(again->host(), host);
    QCOMPARE(again->port(), port);
    QCOMPARE(again->database(), database);
}

void TestConfig::rejectsDatabaseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << u"not a database URL"_s;
    QTest::newRow("no scheme") << u"localhost/app"_s << u"not a database URL"_s;
    QTest::newRow("bad scheme") << u"mysql://app@h/app"_s << u"mysql"_s;
    QTest::newRow("another bad scheme") << u"oracle+cx://app@h/app"_s << u"oracle"_s;
    QTest::newRow("missing database") << u"postgresql://app@h"_s << u"no database"_s;
    QTest::newRow("missing database after slash") << u"postgresql://app@h:5432/"_s << u"no database"_s;
    QTest::newRow("missing database before parameters")
        << u"postgresql://app@h/?sslmode=require"_s << u"no database"_s;
    QTest::newRow("port not a number") << u"postgresql://app@h:abc/app"_s << u"port 'abc'"_s;
    QTest::newRow("port zero") << u"postgresql://app@h:0/app"_s << u"port '0'"_s;
    QTest::newRow("port too large") << u"postgresql://app@h:65536/app"_s << u"port '65536'"_s;
    QTest::newRow("negative port") << u"postgresql://app@h:-5/app"_s << u"port"_s;
    QTest::newRow("unterminated IPv6") << u"postgresql://app@[::1/app"_s << u"IPv6"_s;
    QTest::newRow("malformed parameter") << u"postgresql://app@h/app?sslmode"_s << u"sslmode"_s;
    QTest::newRow("sqlite with a host") << u"sqlite://host/dev.db"_s << u"host"_s;
}

void TestConfig::rejectsDatabaseUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url, qPrintable(u"parsed "_s + text));
    QCOMPARE(url.error().code(), ErrorCode::Config);
    QVERIFY2(url.error().message().contains(messagePart), qPrintable(url.error().message()));
    QVERIFY(!url.error().hint().isEmpty());
}

void TestConfig::urlErrorsNeverShowThePassword_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("bad scheme") << u"mysql://app:s3cretpw@h/app"_s;
    QTest::newRow("missing database") << u"postgresql://app:s3cretpw@h"_s;
    QTest::newRow("bad port") << u"postgresql://app:s3cretpw@h:99999/app"_s;
    QTest::newRow("unterminated IPv6") << u"postgresql://app:s3cretpw@[::1/app"_s;
    QTest::newRow("malformed parameter") << u"postgresql://app:s3cretpw@h/app?sslmode"_s;
    QTest::newRow("password parameter without database") << u"postgresql://app@h/?password=s3cretpw"_s;
    QTest::newRow("scheme typo") << u"postgresql:/app:s3cretpw@h/app"_s;
    QTest::newRow("sqlite with credentials") << u"sqlite://app:s3cretpw@h/dev.db"_s;
}

void TestConfig::urlErrorsNeverShowThePassword()
{
    QFETCH(QString, text);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url);
    QVERIFY2(!everything(url.error()).contains(u"s3cretpw"_s), qPrintable(everything(url.error())));
}

void TestConfig::fullUrlRoundTrips()
{
    const auto url
        = DatabaseUrl::parse(u"postgresql://app:p%3Aw%2Fd%40x@db.internal:6432/app?sslmode=require"_s);
    QVERIFY2(url, errorText(url).constData());
    const auto again = DatabaseUrl::parse(url->toString());
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(again->password(), u"p:w/d@x"_s);
    QCOMPARE(again->user(), u"app"_s);
    QCOMPARE(again->host(), u"db.internal"_s);
    QCOMPARE(again->port(), 6432);
    QCOMPARE(again->database(), u"app"_s);
    QCOMPARE(parameterList(*again), QStringList { u"sslmode=require"_s });

    const DatabaseUrl withPassword = url->withPassword(u"n3w"_s);
    QCOMPARE(withPassword.password(), u"n3w"_s);
    QVERIFY(!withPassword.redacted().contains(u"n3w"_s));
    QCOMPARE(url->withDatabase(u"scratch_1"_s).database(), u"scratch_1"_s);
    QCOMPARE(url->withDatabase(u"scratch_1"_s).host(), u"db.internal"_s);
}

void TestConfig::resolvesSqlitePath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    QTest::newRow("relative") << u"sqlite:///dev.db"_s << u"/srv/project/dev.db"_s;
    QTest::newRow("relative in a folder") << u"sqlite:///data/dev.db"_s << u"/srv/project/data/dev.db"_s;
    QTest::newRow("relative with ..") << u"sqlite:///../shared/dev.db"_s << u"/srv/shared/dev.db"_s;
    QTest::newRow("relative with .") << u"sqlite:///./x/../dev.db"_s << u"/srv/project/dev.db"_s;
    QTest::newRow("absolute") << u"sqlite:////var/lib/app/app.db"_s << u"/var/lib/app/app.db"_s;
    QTest::newRow("in memory") << u"sqlite://"_s << QString();
}

void TestConfig::resolvesSqlitePath()
{
    QFETCH(QString, text);
    QFETCH(QString, path);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, errorText(url).constData());
    QCOMPARE(url->sqlitePath(QDir(u"/srv/project"_s)), path);
}

void TestConfig::fillsConfigDefaults()
{
    const auto config = ProjectConfig::parse(u"[database]\nurl = \"sqlite:///dev.db\"\n"_s, ConfigPath);
    QVERIFY2(config, errorText(config).constData());
    QCOMPARE(config->configPath, ConfigPath);
    QCOMPARE(config->rootDir.absolutePath(), u"/srv/project"_s);
    QCOMPARE(config->migrationsDir, u"/srv/project/migrations/versions"_s);
    QCOMPARE(config->modelPatterns, QStringList { u"models/*.sql"_s });
    QCOMPARE(config->versionTable, u"strata_version"_s);
    QCOMPARE(config->historyTable(), u"strata_version_history"_s);
    QCOMPARE(config->databaseUrl, u"sqlite:///dev.db"_s);
    QVERIFY(config->shadowUrl.isEmpty());
    QCOMPARE(config->lockTimeoutMs, 10'000);
    QCOMPARE(config->backupDir, u"/srv/project/.strata/backups"_s);
    QCOMPARE(config->backupKeep, 10);
    QVERIFY(config->connections.isEmpty());
    QCOMPARE(config->stateDir(), u"/srv/project/.strata"_s);

    // An empty file is valid too: every key is optional (the URL can come from elsewhere).
    const auto empty = ProjectConfig::parse(QString(), ConfigPath);
    QVERIFY2(empty, errorText(empty).constData());
    QVERIFY(empty->databaseUrl.isEmpty());
    QCOMPARE(empty->versionTable, u"strata_version"_s);
}

void TestConfig::readsEveryConfigKey()
{
    const QString text = u"# every key\n"
                         "[project]\n"
                         "migrations = \"db/revisions\"\n"
                         "models = [\"schema/a.sql\", \"schema/b/*.sql\"]\n"
                         "version_table = \"app.schema_version\"\n"
                         "\n"
                         "[database]\n"
                         "url = \"postgresql://app@localhost/app\"\n"
                         "shadow_url = \"postgresql://app@localhost/app_shadow\"\n"
                         "lock_timeout = \"2min\"\n"
                         "\n"
                         "[backup]\n"
                         "dir = \"/var/backups/app\"\n"
                         "keep = 3\n"_s;
    const auto config = ProjectConfig::parse(text, ConfigPath);
    QVERIFY2(config, errorText(config).constData());
    QCOMPARE(config->migrationsDir, u"/srv/project/db/revisions"_s);
    QCOMPARE(config->modelPatterns, (QStringList { u"schema/a.sql"_s, u"schema/b/*.sql"_s }));
    QCOMPARE(config->versionTable, u"app.schema_version"_s);
    QCOMPARE(config->historyTable(), u"app.schema_version_history"_s);
    QCOMPARE(config->databaseUrl, u"postgresql://app@localhost/app"_s);
    QCOMPARE(config->shadowUrl, u"postgresql://app@localhost/app_shadow"_s);
    QCOMPARE(config->lockTimeoutMs, 120'000);
    QCOMPARE(config->backupDir, u"/var/backups/app"_s);
    QCOMPARE(config->backupKeep, 3);

    // models may also be a single string.
    const auto single = ProjectConfig::parse(u"[project]\nmodels = \"models/schema.sql\"\n"_s, ConfigPath);
    QVERIFY2(single, errorText(single).constData());
    QCOMPARE(single->modelPatterns, QStringList { u"models/schema.sql"_s });
}

void TestConfig::readsConnections()
{
    const QString text = u"[database]\n"
                         "url = \"sqlite:///dev.db\"\n"
                         "\n"
                         "[connections.prod]\n"
                         "url = \"postgresql://app@db.internal:5432/app\"\n"
                         "production = true\n"
                         "\n"
                         "[connections.staging]\n"
                         "url = \"postgresql://app@staging/app\"\n"_s;
    const auto config = ProjectConfig::parse(text, ConfigPath);
    QVERIFY2(config, errorText(config).constData());
    QCOMPARE(config->connections.size(), 2);

    const auto prod = config->connection(u"prod"_s);
    QVERIFY(prod);
    QCOMPARE(prod->name, u"prod"_s);
    QCOMPARE(prod->url, u"postgresql://app@db.internal:5432/app"_s);
    QVERIFY(prod->production);

    const auto staging = config->connection(u"staging"_s);
    QVERIFY(staging);
    QCOMPARE(staging->url, u"postgresql://app@staging/app"_s);
    QVERIFY(!staging->production);

    QVERIFY(!config->connection(u"dev"_s));
}

void TestConfig::rejectsConfig_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line"); // -1: any line (the problem is a value, not a place)
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("hintPart");

    QTest::newRow("unknown key in [project]") << u"[project]\nmigrations = \"m\"\nversion_tabel = \"v\"\n"_s
                                              << 3 << u"version_tabel"_s << u"version_table"_s;
    QTest::newRow("unknown key in [database]") << u"[database]\nurl = \"sqlite://\"\nlock_timout = \"1s\"\n"_s
                                               << 3 << u"lock_timout"_s << u"lock_timeout"_s;
    QTest::newRow("unknown key in [backup]")
        << u"\n\n[backup]\nkeep = 2\nretention = 5\n"_s << 5 << u"retention"_s << u"keep"_s;
    QTest::newRow("unknown key in a connection")
        << u"[connections.prod]\nurl = \"sqlite://\"\nproduction = true\npasword = \"x\"\n"_s << 4
        << u"pasword"_s << u"production"_s;
    QTest::newRow("unknown table") << u"[database]\nurl = \"sqlite://\"\n\n[databse]\nurl = \"x\"\n"_s << 4
                                   << u"databse"_s << u"[database]"_s;
    QTest::newRow("unknown top-level key") << u"url = \"sqlite://\"\n"_s << 1 << u"url"_s << u"[database]"_s;
    QTest::newRow("migrations not a string")
        << u"[project]\nmigrations = 5\n"_s << 2 << u"[project].migrations must be a string"_s << QString();
    QTest::newRow("models not strings") << u"[project]\n\nmodels = [1, 2]\n"_s << 3
                                        << u"[project].models must be a list of strings"_s << QString();
    QTest::newRow("url not a string")
        << u"[database]\nurl = true\n"_s << 2 << u"[database].url must be a string"_s << QString();
    QTest::newRow("lock_timeout a number") << u"[database]\nlock_timeout = 10\n"_s << 2
                                           << u"[database].lock_timeout must be a string"_s << QString();
    QTest::newRow("keep not an integer")
        << u"[backup]\nkeep = \"ten\"\n"_s << 2 << u"[backup].keep must be an integer"_s << QString();
    QTest::newRow("production not a boolean")
        << u"[connections.prod]\nurl = \"sqlite://\"\nproduction = \"yes\"\n"_s << 3
        << u"production must be true or false"_s << QString();
    QTest::newRow("connection without url") << u"[connections.prod]\nproduction = true\n"_s << -1
                                            << u"[connections.prod] has no url"_s << u"url"_s;
    QTest::newRow("connection not a table") << u"[connections]\nprod = \"postgresql://app@h/app\"\n"_s << 2
                                            << u"[connections.prod] must be a table"_s << QString();
    QTest::newRow("keep below 1") << u"[backup]\nkeep = 0\n"_s << -1 << u"keep must be at least 1"_s
                                  << QString();
    QTest::newRow("version_table with a space") << u"[project]\nversion_table = \"my table\"\n"_s << -1
                                                << u"'my table' is not a plain SQL identifier"_s << QString();
    QTest::newRow("version_table starting with a digit")
        << u"[project]\nversion_table = \"1versions\"\n"_s << -1 << u"not a plain SQL identifier"_s
        << QString();
    QTest::newRow("version_table with injection") << u"[project]\nversion_table = \"v; DROP TABLE users\"\n"_s
                                                  << -1 << u"not a plain SQL identifier"_s << QString();
    QTest::newRow("version_table with two dots")
        << u"[project]\nversion_table = \"a.b.c\"\n"_s << -1 << u"not a plain SQL identifier"_s << QString();
    QTest::newRow("version_table empty")
        << u"[project]\nversion_table = \"\"\n"_s << -1 << u"not a plain SQL identifier"_s << QString();
    QTest::newRow("version_table quoted") << u"[project]\nversion_table = \"\\\"Versions\\\"\"\n"_s << -1
                                          << u"not a plain SQL identifier"_s << QString();
    QTest::newRow("invalid TOML: unterminated table header")
        << u"[project\nmigrations = \"m\"\n"_s << 1 << u"not valid TOML"_s << QString();
    QTest::newRow("invalid TOML: unterminated string")
        << u"[database]\n\nurl = \"sqlite:///dev.db\nshadow_url = \"\"\n"_s << 3 << u"not valid TOML"_s
        << QString();
    QTest::newRow("invalid TOML: duplicate key")
        << u"[database]\nurl = \"sqlite://\"\nurl = \"sqlite:///x.db\"\n"_s << 3 << u"not valid TOML"_s
        << QString();
    QTest::newRow("invalid TOML: missing value")
        << u"[backup]\nkeep =\n"_s << 2 << u"not valid TOML"_s << QString();
    QTest::newRow("lock_timeout without unit")
        << u"[database]\nlock_timeout = \"10\"\n"_s << -1 << u"'10'"_s << u"10s"_s;
    QTest::newRow("lock_timeout unknown unit")
        << u"[database]\nlock_timeout = \"10 fortnights\"\n"_s << -1 << u"'10 fortnights'"_s << QString();
}

void TestConfig::rejectsConfig()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    QFETCH(QString, hintPart);

    const auto config = ProjectConfig::parse(text, ConfigPath);
    QVERIFY2(!config, "parsed");
    const Error &error = config.error();
    QCOMPARE(error.code(), ErrorCode::Config);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QVERIFY2(error.hint().contains(hintPart), qPrintable(error.hint()));
    QCOMPARE(error.location().path, ConfigPath);
    if (line >= 0)
        QCOMPARE(error.location().line, line);
}

void TestConfig::readsLockTimeout_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("ms");

    QTest::newRow("seconds") << u"10s"_s << 10'000;
    QTest::newRow("milliseconds") << u"500ms"_s << 500;
    QTest::newRow("minutes") << u"2min"_s << 120'000;
    QTest::newRow("hours") << u"1h"_s << 3'600'000;
    QTest::newRow("zero") << u"0"_s << 0;
}

void TestConfig::readsLockTimeout()
{
    QFETCH(QString, value);
    QFETCH(int, ms);

    const auto config = ProjectConfig::parse(u"[database]\nlock_timeout = \"%1\"\n"_s.arg(value), ConfigPath);
    QVERIFY2(config, errorText(config).constData());
    QCOMPARE(config->lockTimeoutMs, ms);
}

void TestConfig::parsesDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ms"); // -1: an error

    QTest::newRow("10s") << u"10s"_s << 10'000;
    QTest::newRow("500ms") << u"500ms"_s << 500;
    QTest::newRow("2min") << u"2min"_s << 120'000;
    QTest::newRow("1h") << u"1h"_s << 3'600'000;
    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("0s") << u"0s"_s << 0;
    QTest::newRow("white space") << u" 30 s "_s << 30'000;
    QTest::newRow("largest hours") << u"596h"_s << 2'145'600'000;
    QTest::newRow("bare number") << u"10"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("unit only") << u"s"_s << -1;
    QTest::newRow("negative") << u"-1s"_s << -1;
    QTest::newRow("fraction") << u"1.5s"_s << -1;
    QTest::newRow("unknown unit") << u"10xs"_s << -1;
    QTest::newRow("more than an int of ms") << u"600h"_s << -1;
    // Too many digits for any integer: an error, never a wrapped or zero duration (0 = no timeout).
    QTest::newRow("absurdly long") << u"100000000000000000000s"_s << -1;
}

void TestConfig::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(int, ms);

    const auto duration = parseDurationMs(text);
    if (ms < 0) {
        QVERIFY2(!duration, qPrintable(u"parsed as %1 ms"_s.arg(duration ? *duration : 0)));
        QCOMPARE(duration.error().code(), ErrorCode::Config);
        return;
    }
    QVERIFY2(duration, errorText(duration).constData());
    QCOMPARE(*duration, ms);
}

void TestConfig::choosesConnection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("configUrl");
    QTest::addColumn<QString>("chosenName");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("production");
    QTest::addColumn<QString>("source");

    const QString cli = u"sqlite:///cli.db"_s;
    const QString env = u"sqlite:///env.db"_s;
    const QString file = u"sqlite:///file.db"_s;
    QTest::newRow("[database].url alone") << QString() << QString() << QString() << file << u"default"_s
                                          << u"file.db"_s << false << u"[database].url"_s;
    QTest::newRow("DATABASE_URL beats [database].url")
        << QString() << QString() << env << file << u"default"_s << u"env.db"_s << false << u"DATABASE_URL"_s;
    QTest::newRow("-c beats DATABASE_URL")
        << QString() << u"prod"_s << env << file << u"prod"_s << u"app"_s << true << u"--connection prod"_s;
    QTest::newRow("-c of a non-production connection")
        << QString() << u"staging"_s << env << file << u"staging"_s << u"app_staging"_s << false
        << u"--connection staging"_s;
    QTest::newRow("-d beats DATABASE_URL")
        << cli << QString() << env << file << u"default"_s << u"cli.db"_s << false << u"--database-url"_s;
    QTest::newRow("-d alone") << cli << QString() << QString() << QString() << u"default"_s << u"cli.db"_s
                              << false << u"--database-url"_s;
    QTest::newRow("DATABASE_URL without [database].url")
        << QString() << QString() << env << QString() << u"default"_s << u"env.db"_s << false
        << u"DATABASE_URL"_s;
}

void TestConfig::choosesConnection()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, environment);
    QFETCH(QString, configUrl);
    QFETCH(QString, chosenName);
    QFETCH(QString, database);
    QFETCH(bool, production);
    QFETCH(QString, source);

    ProjectConfig config;
    config.configPath = ConfigPath;
    config.databaseUrl = configUrl;
    config.connections = { { u"prod"_s, u"postgresql://app:s3cretpw@db.internal/app"_s, true },
        { u"staging"_s, u"postgresql://app@staging/app_staging"_s, false } };

    const auto choice = chooseConnection(config, { url, name, environment });
    QVERIFY2(choice, errorText(choice).constData());
    QCOMPARE(choice->name, chosenName);
    QCOMPARE(choice->url.database(), database);
    QCOMPARE(choice->production, production);
    QCOMPARE(choice->source, source);
}

void TestConfig::rejectsDatabaseUrlWithConnection()
{
    ProjectConfig config;
    config.configPath = ConfigPath;
    config.connections = { { u"prod"_s, u"postgresql://app@db/app"_s, true } };
    const auto choice = chooseConnection(config, { u"sqlite:///cli.db"_s, u"prod"_s, QString() });
    QVERIFY(!choice);
    QCOMPARE(choice.error().code(), ErrorCode::Usage);
    QVERIFY(!choice.error().hint().isEmpty());
}

void TestConfig::unknownConnectionListsKnownOnes()
{
    ProjectConfig config;
    config.configPath = ConfigPath;
    config.databaseUrl = u"sqlite:///dev.db"_s;
    config.connections = { { u"prod"_s, u"postgresql://app@db/app"_s, true },
        { u"staging"_s, u"postgresql://app@staging/app"_s, false } };
    const auto choice = chooseConnection(config, { QString(), u"produciton"_s, u"sqlite:///env.db"_s });
    QVERIFY(!choice);
    const QString text = choice.error().message() + u'\n' + choice.error().hint();
    QVERIFY2(text.contains(u"produciton"_s), qPrintable(text));
    QVERIFY2(text.contains(u"prod"_s), qPrintable(text));
    QVERIFY2(text.contains(u"staging"_s), qPrintable(text));
    QVERIFY(choice.error().code() == ErrorCode::Config || choice.error().code() == ErrorCode::Usage);
}

void TestConfig::reportsMissingDatabase()
{
    ProjectConfig config;
    config.configPath = ConfigPath;
    const auto choice = chooseConnection(config, {});
    QVERIFY(!choice);
    QCOMPARE(choice.error().code(), ErrorCode::Config);
    QVERIFY(!choice.error().hint().isEmpty());
}

void TestConfig::reportsBadChosenUrlWithItsSource()
{
    ProjectConfig config;
    config.configPath = ConfigPath;
    config.databaseUrl = u"sqlite:///dev.db"_s;
    const auto choice = chooseConnection(config, { QString(), QString(), u"mysql://app:s3cretpw@h/app"_s });
    QVERIFY(!choice);
    QCOMPARE(choice.error().code(), ErrorCode::Config);
    QVERIFY2(
        choice.error().fullMessage().contains(u"DATABASE_URL"_s), qPrintable(choice.error().fullMessage()));
    QVERIFY(!everything(choice.error()).contains(u"s3cretpw"_s));
}

void TestConfig::redactsSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("URL password") << u"postgresql://app:s3cret@db:5432/app"_s
                                  << u"postgresql://app:***@db:5432/app"_s;
    QTest::newRow("URL inside a sentence") << u"cannot connect to postgres://u:pw@h/d (timeout)"_s
                                           << u"cannot connect to postgres://u:***@h/d (timeout)"_s;
    QTest::newRow("two URLs") << u"from postgresql://a:one@h1/d to postgresql://b:two@h2/d"_s
                              << u"from postgresql://a:***@h1/d to postgresql://b:***@h2/d"_s;
    QTest::newRow("driver scheme") << u"postgresql+psycopg2://app:pw@h/app"_s
                                   << u"postgresql+psycopg2://app:***@h/app"_s;
    QTest::newRow("percent-encoded password")
        << u"postgresql://app:p%40ss@h/app"_s << u"postgresql://app:***@h/app"_s;
    // DatabaseUrl::parse accepts an unencoded '@' in a password (the last '@' ends it), so
    // redaction must mask all of it.
    QTest::newRow("URL password containing @")
        << u"postgresql://app:p@ss@db/app"_s << u"postgresql://app:***@db/app"_s;
    QTest::newRow("keyword password") << u"host=db port=5432 password=s3cret dbname=app"_s
                                      << u"host=db port=5432 password=*** dbname=app"_s;
    QTest::newRow("quoted keyword password")
        << u"host=db password='se cret' dbname=app"_s << u"host=db password=*** dbname=app"_s;
    QTest::newRow("keyword password with spaces")
        << u"password = s3cret host=db"_s << u"password = *** host=db"_s;
    QTest::newRow("upper-case keyword") << u"PASSWORD=s3cret"_s << u"PASSWORD=***"_s;
    QTest::newRow("query parameter") << u"postgresql://app@h/app?sslmode=require&password=s3cret&x=1"_s
                                     << u"postgresql://app@h/app?sslmode=require&password=***&x=1"_s;
    QTest::newRow("SQL PASSWORD") << u"ALTER ROLE app WITH PASSWORD 's3cret';"_s
                                  << u"ALTER ROLE app WITH PASSWORD '***';"_s;
    QTest::newRow("SQL password with doubled quote")
        << u"CREATE ROLE app LOGIN PASSWORD 'it''s secret' VALID UNTIL 'x'"_s
        << u"CREATE ROLE app LOGIN PASSWORD '***' VALID UNTIL 'x'"_s;
    QTest::newRow("SQL ENCRYPTED PASSWORD, lower case")
        << u"create role app encrypted password 'md5abc'"_s << u"create role app encrypted password '***'"_s;
    QTest::newRow("URL without password unchanged")
        << u"postgresql://app@db:5432/app"_s << u"postgresql://app@db:5432/app"_s;
    QTest::newRow("URL with port, no user, unchanged")
        << u"postgresql://db:5432/app"_s << u"postgresql://db:5432/app"_s;
    QTest::newRow("sqlite URL unchanged") << u"sqlite:///dev.db"_s << u"sqlite:///dev.db"_s;
    QTest::newRow("plain SQL unchanged") << u"ALTER TABLE users ADD COLUMN password_hash text;"_s
                                         << u"ALTER TABLE users ADD COLUMN password_hash text;"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestConfig::redactsSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, redacted);

    QCOMPARE(log::redact(text), redacted);
    // Redacting twice changes nothing more.
    QCOMPARE(log::redact(log::redact(text)), redacted);
}

void TestConfig::dropsEveryPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("without");
    QTest::newRow("in the user part") << u"postgresql://app:pw@db/app"_s << true << u"postgresql://app@db/app"_s;
    QTest::newRow("as a parameter") << u"postgresql://app@db/app?sslmode=require&PASSWORD=pw"_s << true
                                    << u"postgresql://app@db/app?sslmode=require"_s;
    QTest::newRow("none") << u"postgresql://app@db/app"_s << false << u"postgresql://app@db/app"_s;
    QTest::newRow("sqlite") << u"sqlite:///dev.db"_s << false << u"sqlite:///dev.db"_s;
}

void TestConfig::dropsEveryPassword()
{
    QFETCH(QString, url);
    QFETCH(bool, hasPassword);
    QFETCH(QString, without);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed);
    QCOMPARE(parsed->hasPassword(), hasPassword);
    QCOMPARE(parsed->withoutPassword().toString(), without);
    QVERIFY(!parsed->withoutPassword().hasPassword());
}

void TestConfig::buildsUrlsFromParts()
{
    QCOMPARE(DatabaseUrl::postgres(u"db.internal"_s, 6432, u"deploy"_s, u"shop"_s, {{u"sslmode"_s, u"require"_s}})
                 .toString(),
             u"postgresql://deploy@db.internal:6432/shop?sslmode=require"_s);
    QCOMPARE(DatabaseUrl::postgres(u"localhost"_s, 0, u"app"_s, u"app"_s).toString(), u"postgresql://app@localhost/app"_s);
    QCOMPARE(DatabaseUrl::sqlite(u"dev.db"_s).toString(), u"sqlite:///dev.db"_s);
    QCOMPARE(DatabaseUrl::sqlite(u"/srv/dev.db"_s).toString(), u"sqlite:////srv/dev.db"_s);
    const auto reparsed = DatabaseUrl::parse(DatabaseUrl::sqlite(u"/srv/dev.db"_s).toString());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->database(), u"/srv/dev.db"_s);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
