// SPDX-License-Identifier: MIT
// Every lint rule, on the real parsers: a statement that fires it and a near miss that must
// not; the parse tree decides, not the words; ignores and settings.
#include "lint/linter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

/// The rules @p sql breaks, run after the migrations in @p history.
QStringList rulesFound(Dialect dialect, const QString &sql, bool transactional = true, const QString &history = {})
{
    LintInput input{dialect, sql, 1, transactional};
    input.columnTypes = replayColumnTypes(dialect, history, {});
    QStringList rules;
    for (const LintFinding &finding : lintSql(input))
        rules << finding.rule;
    return rules;
}

} // namespace

class TestLintRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAndMisses_data();
    void firesAndMisses();
    void narrowingIsJudgedAgainstEarlierMigrations_data();
    void narrowingIsJudgedAgainstEarlierMigrations();
    void columnTypesFollowRenamesAndDrops();
    void everyRuleHasACaseThatFiresIt();
    void wordsInLiteralsCommentsAndBodiesDoNotCount();
    void ignoreCommentsSilenceAndAreCheckedThemselves();
    void settingsDisableAndChangeSeverity();
    void aDisabledLockTimeoutIsReportedOncePerMigration();
    void findingsCarryTheirLineAndDetail();
};

void TestLintRules::firesAndMisses_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    const auto pg = [](const char *name, const QString &sql, const QStringList &expected, bool transactional = true) {
        QTest::newRow(name) << true << transactional << sql << expected;
    };
    const auto lite = [](const char *name, const QString &sql, const QStringList &expected, bool transactional = true) {
        QTest::newRow(name) << false << transactional << sql << expected;
    };
    const QStringList none;

    pg("drop table", u"DROP TABLE users;"_s, {u"drop-table"_s});
    pg("drop table created here", u"CREATE TABLE tmp (id bigint);\nDROP TABLE tmp;"_s, none);
    pg("drop column", u"ALTER TABLE users DROP COLUMN legacy;"_s, {u"drop-column"_s});
    pg("drop constraint is not drop column", u"ALTER TABLE users DROP CONSTRAINT users_legacy_check;"_s, none);
    pg("drop schema", u"DROP SCHEMA reporting CASCADE;"_s, {u"drop-schema"_s});
    pg("drop database", u"DROP DATABASE scratch;"_s, {u"drop-schema"_s});
    pg("drop view is not drop table", u"DROP VIEW active_users;"_s, none);
    pg("truncate", u"TRUNCATE sessions CASCADE;"_s, {u"truncate"_s});
    pg("delete is not truncate", u"DELETE FROM sessions WHERE expires_at < now();"_s, none);
    pg("drop not null", u"ALTER TABLE users ALTER COLUMN nick DROP NOT NULL;"_s, {u"drop-not-null"_s});
    pg("drop default is not drop not null", u"ALTER TABLE users ALTER COLUMN nick DROP DEFAULT;"_s, none);

    pg("create index", u"CREATE INDEX users_email_idx ON users (email);"_s, {u"create-index-non-concurrently"_s});
    pg("create index concurrently", u"CREATE INDEX CONCURRENTLY users_email_idx ON users (email);"_s, none, false);
    pg("create index on a new table", u"CREATE TABLE t (id bigint PRIMARY KEY, a text);\nCREATE INDEX t_a ON t (a);"_s,
       none);
    pg("concurrently in a transaction", u"CREATE INDEX CONCURRENTLY users_email_idx ON users (email);"_s,
       {u"concurrently-in-transaction"_s});
    pg("drop index", u"DROP INDEX users_email_idx;"_s, {u"drop-index-non-concurrently"_s});
    pg("drop index concurrently", u"DROP INDEX CONCURRENTLY users_email_idx;"_s, none, false);
    pg("drop index concurrently in a transaction", u"DROP INDEX CONCURRENTLY users_email_idx;"_s,
       {u"concurrently-in-transaction"_s});
    pg("reindex", u"REINDEX INDEX users_email_idx;"_s, {u"reindex-non-concurrently"_s});
    pg("reindex concurrently", u"REINDEX INDEX CONCURRENTLY users_email_idx;"_s, none, false);
    pg("add foreign key", u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);"_s,
       {u"add-constraint-without-not-valid"_s});
    pg("add foreign key not valid",
       u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"_s, none);
    pg("add check", u"ALTER TABLE orders ADD CONSTRAINT orders_total CHECK (total > 0);"_s,
       {u"add-constraint-without-not-valid"_s});
    pg("validate constraint", u"ALTER TABLE orders VALIDATE CONSTRAINT orders_total;"_s, none);
    pg("add unique", u"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"_s, {u"add-unique-constraint"_s});
    pg("add unique using index", u"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"_s,
       none);
    pg("add primary key", u"ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);"_s, {u"add-unique-constraint"_s});
    pg("alter column type", u"ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);"_s, {u"alter-column-type"_s});
    pg("alter column default", u"ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;"_s, none);
    pg("set not null", u"ALTER TABLE users ALTER COLUMN email SET NOT NULL;"_s, {u"set-not-null"_s});
    pg("add column volatile default", u"ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();"_s,
       {u"add-column-rewrites"_s});
    pg("add column constant default", u"ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';"_s, none);
    pg("add column now() default", u"ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT now();"_s, none);
    pg("add identity column", u"ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;"_s,
       {u"add-column-rewrites"_s});
    pg("add serial column", u"ALTER TABLE orders ADD COLUMN n bigserial;"_s, {u"add-column-rewrites"_s});
    pg("add stored generated column",
       u"ALTER TABLE orders ADD COLUMN total2 numeric GENERATED ALWAYS AS (total * 2) STORED;"_s,
       {u"add-column-rewrites"_s});
    pg("vacuum full", u"VACUUM FULL orders;"_s, {u"table-rewrite-lock"_s});
    pg("vacuum", u"VACUUM orders;"_s, none);
    pg("cluster", u"CLUSTER orders USING orders_pkey;"_s, {u"table-rewrite-lock"_s});
    pg("lock timeout off", u"SET lock_timeout = 0;"_s, {u"lock-timeout-disabled"_s});
    pg("lock timeout off as text", u"SET LOCAL lock_timeout TO '0ms';"_s, {u"lock-timeout-disabled"_s});
    pg("lock timeout raised", u"SET LOCAL lock_timeout = '30s';"_s, none);
    pg("statement timeout off", u"SET statement_timeout = 0;"_s, none);
    pg("lock timeout reset", u"RESET lock_timeout;"_s, {u"lock-timeout-disabled"_s});
    pg("lock timeout to default", u"SET LOCAL lock_timeout TO DEFAULT;"_s, {u"lock-timeout-disabled"_s});
    pg("reset all", u"RESET ALL;"_s, {u"lock-timeout-disabled"_s});
    pg("reset another setting", u"RESET search_path;"_s, none);
    pg("lock timeout off by set_config", u"SELECT set_config('lock_timeout', '0', true);"_s, {u"lock-timeout-disabled"_s});
    pg("lock timeout raised by set_config", u"SELECT set_config('lock_timeout', '10s', true);"_s, none);
    pg("set_config named in a string", u"SELECT 'set_config(''lock_timeout'', ''0'', true)';"_s, none);

    pg("rename table", u"ALTER TABLE clients RENAME TO customers;"_s, {u"rename-table"_s});
    pg("rename column", u"ALTER TABLE users RENAME COLUMN name TO full_name;"_s, {u"rename-column"_s});
    pg("rename constraint", u"ALTER TABLE users RENAME CONSTRAINT a TO b;"_s, none);
    pg("add not null column", u"ALTER TABLE users ADD COLUMN status text NOT NULL;"_s,
       {u"add-not-null-column-without-default"_s});
    pg("add not null column with default", u"ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';"_s,
       none);

    pg("timestamp", u"CREATE TABLE events (id bigint PRIMARY KEY, at timestamp);"_s, {u"timestamp-without-time-zone"_s});
    pg("timestamptz", u"CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz);"_s, none);
    pg("char", u"CREATE TABLE countries (code char(2) PRIMARY KEY);"_s, {u"char-type"_s});
    pg("varchar", u"CREATE TABLE countries (code varchar(2) PRIMARY KEY);"_s, none);
    pg("column becomes timestamp", u"ALTER TABLE events ALTER COLUMN at TYPE timestamp;"_s,
       {u"timestamp-without-time-zone"_s, u"alter-column-type"_s});
    pg("column becomes char", u"ALTER TABLE countries ALTER COLUMN code TYPE char(2);"_s,
       {u"char-type"_s, u"alter-column-type"_s});
    pg("int primary key", u"CREATE TABLE orders (id integer PRIMARY KEY, total numeric);"_s, {u"int-primary-key"_s});
    pg("serial primary key", u"CREATE TABLE orders (id serial, PRIMARY KEY (id));"_s, {u"int-primary-key"_s});
    pg("bigint primary key", u"CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"_s, none);
    pg("long identifier", u"CREATE INDEX CONCURRENTLY %1 ON users (email);"_s.arg(QString(64, u'i')),
       {u"identifier-too-long"_s}, false);
    pg("63-byte identifier", u"CREATE INDEX CONCURRENTLY %1 ON users (email);"_s.arg(QString(63, u'i')), none, false);
    pg("unnamed constraint", u"ALTER TABLE orders ADD CHECK (total > 0) NOT VALID;"_s, {u"unnamed-constraint"_s});
    pg("begin and commit", u"BEGIN;\nCREATE TABLE t (id bigint PRIMARY KEY);\nCOMMIT;"_s,
       {u"transaction-statement"_s, u"transaction-statement"_s});
    pg("savepoint", u"SAVEPOINT before_backfill;"_s, none);
    pg("begin and commit outside a transaction",
       u"BEGIN;\nUPDATE users SET a = 1;\nUPDATE users SET b = 2;\nCOMMIT;"_s, none, false);
    pg("prepare transaction outside a transaction", u"PREPARE TRANSACTION 'x';"_s, {u"transaction-statement"_s}, false);
    pg("parse error", u"ALTER TABLEX users ADD COLUMN x int;"_s, {u"parse-error"_s});

    lite("sqlite drop table", u"DROP TABLE IF EXISTS users;"_s, {u"drop-table"_s});
    lite("sqlite drop table created here", u"CREATE TABLE t (id INTEGER PRIMARY KEY);\nDROP TABLE t;"_s, none);
    lite("sqlite drop column", u"ALTER TABLE users DROP COLUMN legacy;"_s, {u"drop-column"_s});
    lite("sqlite drop index", u"DROP INDEX users_email_idx;"_s, none);
    lite("sqlite rename table", u"ALTER TABLE clients RENAME TO customers;"_s, {u"rename-table"_s});
    lite("sqlite rename column", u"ALTER TABLE users RENAME COLUMN name TO full_name;"_s, {u"rename-column"_s});
    lite("sqlite add not null column", u"ALTER TABLE users ADD COLUMN status TEXT NOT NULL;"_s,
         {u"add-not-null-column-without-default"_s});
    lite("sqlite add not null column with default", u"ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'a';"_s,
         none);
    lite("sqlite not null inside a check", u"ALTER TABLE users ADD COLUMN n INT CHECK (n IS NOT NULL OR 1);"_s, none);
    lite("sqlite begin and commit", u"BEGIN;\nCREATE TABLE t (id INTEGER PRIMARY KEY);\nCOMMIT;"_s,
         {u"transaction-statement"_s, u"transaction-statement"_s});
    lite("sqlite begin and commit outside a transaction", u"BEGIN;\nCREATE TABLE t (id INTEGER PRIMARY KEY);\nCOMMIT;"_s,
         none, false);
    lite("sqlite parse error", u"CREATE TABEL t (id INTEGER);"_s, {u"parse-error"_s});
    lite("sqlite missing table is no parse error", u"INSERT INTO nowhere VALUES (1);"_s, none);
}

void TestLintRules::firesAndMisses()
{
    QFETCH(bool, postgres);
    QFETCH(bool, transactional);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(rulesFound(postgres ? Dialect::Postgres : Dialect::Sqlite, sql, transactional), expected);
}

void TestLintRules::narrowingIsJudgedAgainstEarlierMigrations_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    const QString products = u"CREATE TABLE products (id bigint PRIMARY KEY, code varchar(40), name text, "
                             u"qty integer, price numeric(10,2), weight double precision, made timestamptz(3));"_s;
    const auto alter = [](const QString &change) -> QString { return u"ALTER TABLE products ALTER COLUMN "_s + change + u';'; };
    const QStringList narrows{u"narrow-column-type"_s, u"alter-column-type"_s};
    const QStringList rewrites{u"alter-column-type"_s};
    const QStringList none;
    const auto row = [&](const char *name, const QString &change, const QStringList &expected) {
        QTest::newRow(name) << products << alter(change) << expected;
    };
    row("shorter varchar", u"code TYPE varchar(20)"_s, narrows);
    row("longer varchar", u"code TYPE varchar(80)"_s, none);
    row("varchar to text", u"code TYPE text"_s, none);
    row("text to varchar", u"name TYPE varchar(100)"_s, narrows);
    row("text to char", u"name TYPE char(3)"_s, QStringList{u"char-type"_s} + narrows);
    row("integer to smallint", u"qty TYPE smallint"_s, narrows);
    row("integer to bigint", u"qty TYPE bigint"_s, rewrites);
    row("integer to numeric with room", u"qty TYPE numeric(12,0)"_s, rewrites);
    row("integer to numeric without room", u"qty TYPE numeric(6,2)"_s, narrows);
    row("integer to real", u"qty TYPE real"_s, narrows);
    row("fewer decimals", u"price TYPE numeric(10,1)"_s, narrows);
    row("fewer whole digits", u"price TYPE numeric(8,2)"_s, narrows);
    row("more precision, same scale", u"price TYPE numeric(14,2)"_s, none);
    row("unconstrained numeric", u"price TYPE numeric"_s, none);
    row("numeric to integer", u"price TYPE integer"_s, narrows);
    row("double to real", u"weight TYPE real"_s, narrows);
    row("double to numeric", u"weight TYPE numeric"_s, rewrites);
    row("timestamp to date", u"made TYPE date"_s, narrows);
    row("fewer fractional seconds", u"made TYPE timestamptz(0)"_s, narrows);
    row("more fractional seconds", u"made TYPE timestamptz"_s, none);
    row("a USING clause rewrites", u"code TYPE varchar(80) USING upper(code)"_s, rewrites);
    row("across families nothing is claimed", u"code TYPE integer USING code::integer"_s, rewrites);
    QTest::newRow("unknown old type") << QString() << alter(u"code TYPE varchar(20)"_s) << rewrites;
    QTest::newRow("table created in the same migration")
        << QString() << products + u'\n' + alter(u"code TYPE varchar(20)"_s) << none;
    QTest::newRow("type set by a later migration")
        << products + u'\n' + alter(u"code TYPE varchar(10)"_s) << alter(u"code TYPE varchar(20)"_s) << none;
    QTest::newRow("added column") << products + u"\nALTER TABLE products ADD COLUMN sku varchar(12);"_s
                                  << u"ALTER TABLE products ALTER COLUMN sku TYPE varchar(8);"_s << narrows;
    QTest::newRow("serial is integer") << u"CREATE TABLE t (n serial PRIMARY KEY);"_s
                                       << u"ALTER TABLE t ALTER COLUMN n TYPE smallint;"_s << narrows;
    QTest::newRow("arrays of shorter strings") << u"CREATE TABLE t (id bigint PRIMARY KEY, tags varchar(30)[]);"_s
                                               << u"ALTER TABLE t ALTER COLUMN tags TYPE varchar(10)[];"_s << narrows;
}

void TestLintRules::narrowingIsJudgedAgainstEarlierMigrations()
{
    QFETCH(QString, history);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(rulesFound(Dialect::Postgres, sql, true, history), expected);
}

void TestLintRules::columnTypesFollowRenamesAndDrops()
{
    const ColumnTypes types = replayColumnTypes(
        Dialect::Postgres,
        u"CREATE TABLE a (id bigint PRIMARY KEY, code varchar(40), gone text);\n"
        u"CREATE TABLE b (x integer);\n"
        u"ALTER TABLE a RENAME COLUMN code TO sku;\n"
        u"ALTER TABLE a RENAME TO items;\n"
        u"ALTER TABLE items DROP COLUMN gone, ALTER COLUMN sku TYPE varchar(60);\n"
        u"DROP TABLE b;\n"
        u"-- the words in a function body are not statements\n"
        u"CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ CREATE TABLE c (y int) $$;"_s,
        {});
    QCOMPARE(types.columns(), QStringList({u"items.id"_s, u"items.sku"_s}));
    QCOMPARE(types.find(u"items"_s, u"sku"_s), std::optional(ColumnType{u"varchar"_s, {60}, false}));
    QCOMPARE(types.find(u"Items"_s, u"ID"_s), std::optional(ColumnType{u"int8"_s, {}, false}));
    // The detail names both types as a user writes them.
    LintInput input{Dialect::Postgres, u"ALTER TABLE items ALTER COLUMN sku TYPE varchar(8);"_s, 1, true};
    input.columnTypes = types;
    const QList<LintFinding> findings = lintSql(input);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.first().detail,
             u"items.sku becomes varchar(8) (was varchar(60)): longer values are refused or cut"_s);
    QVERIFY(replayColumnTypes(Dialect::Sqlite, u"CREATE TABLE t (a TEXT);"_s, {}).isEmpty());
}

void TestLintRules::everyRuleHasACaseThatFiresIt()
{
    // Every rule in the catalogue fires on real SQL: none is there for show.
    QSet<QString> fired;
    const QStringList samples{
        u"DROP TABLE a; ALTER TABLE a DROP COLUMN b; DROP SCHEMA s; TRUNCATE a; ALTER TABLE a ALTER COLUMN b DROP NOT NULL;"_s,
        u"CREATE INDEX i ON a (b); DROP INDEX i2; REINDEX INDEX i; CREATE INDEX CONCURRENTLY j ON a (b);"_s,
        u"ALTER TABLE a ADD CONSTRAINT c CHECK (b > 0); ALTER TABLE a ADD CONSTRAINT u UNIQUE (b);"_s,
        u"ALTER TABLE a ALTER COLUMN b TYPE int; ALTER TABLE a ALTER COLUMN b SET NOT NULL;"_s,
        u"ALTER TABLE a ADD COLUMN c uuid DEFAULT gen_random_uuid(); VACUUM FULL a; SET lock_timeout = 0;"_s,
        u"ALTER TABLE a RENAME TO b; ALTER TABLE b RENAME COLUMN c TO d; ALTER TABLE b ADD COLUMN e int NOT NULL;"_s,
        u"CREATE TABLE t (id int PRIMARY KEY, at timestamp, code char(2)); ALTER TABLE b ADD CHECK (d > 0) NOT VALID;"_s,
        u"CREATE INDEX CONCURRENTLY %1 ON b (d); BEGIN;"_s.arg(QString(70, u'x')),
        u"SELEC 1;"_s,
        u"-- strata:ignore truncate\nSELECT 1;"_s,
    };
    for (const QString &sample : samples) {
        for (const QString &rule : rulesFound(Dialect::Postgres, sample))
            fired.insert(rule);
    }
    for (const QString &rule : rulesFound(Dialect::Postgres, u"ALTER TABLE t ALTER COLUMN n TYPE smallint;"_s, true,
                                          u"CREATE TABLE t (n integer);"_s))
        fired.insert(rule);
    for (const LintRule &rule : lintRules())
        QVERIFY2(fired.contains(rule.id), qPrintable(rule.id));
}

void TestLintRules::wordsInLiteralsCommentsAndBodiesDoNotCount()
{
    const QString sql = uR"(-- DROP TABLE users; TRUNCATE users;
INSERT INTO audit (note) VALUES ('DROP TABLE users; ALTER TABLE users DROP COLUMN email');
/* CREATE INDEX users_email_idx ON users (email); */
CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE sessions;
    DROP TABLE old_sessions;
END
$$;
COMMENT ON TABLE users IS 'SET lock_timeout = 0; BEGIN; COMMIT;';
INSERT INTO notes (body) VALUES ('%1'), ($tag$%1$tag$); -- %1
)"_s.arg(QString(80, u'x'));
    QCOMPARE(rulesFound(Dialect::Postgres, sql), QStringList());
    const QString sqlite = uR"(-- DROP TABLE users;
INSERT INTO audit (note) VALUES ('DROP TABLE users; ALTER TABLE users DROP COLUMN email; BEGIN;');
CREATE TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; END;
)"_s;
    QCOMPARE(rulesFound(Dialect::Sqlite, sqlite), QStringList());
}

void TestLintRules::ignoreCommentsSilenceAndAreCheckedThemselves()
{
    QCOMPARE(rulesFound(Dialect::Postgres, u"-- strata:ignore drop-column\nALTER TABLE users DROP COLUMN legacy;"_s),
             QStringList());
    QCOMPARE(rulesFound(Dialect::Postgres, u"ALTER TABLE users DROP COLUMN legacy; -- strata:ignore drop-column"_s),
             QStringList());
    // One comment for two rules, on a statement that breaks both.
    QCOMPARE(rulesFound(Dialect::Postgres,
                        u"-- strata:ignore drop-column, add-not-null-column-without-default\n"
                        u"ALTER TABLE users DROP COLUMN legacy, ADD COLUMN status text NOT NULL;"_s),
             QStringList());
    // An ignore silences only its own statement, not the next one.
    QCOMPARE(rulesFound(Dialect::Postgres,
                        u"ALTER TABLE users DROP COLUMN a; -- strata:ignore drop-column\nALTER TABLE users DROP COLUMN b;"_s),
             QStringList({u"drop-column"_s}));
    // An ignore that silences nothing, or names no rule, is a finding of its own.
    QCOMPARE(rulesFound(Dialect::Postgres, u"-- strata:ignore drop-table\nALTER TABLE users DROP COLUMN legacy;"_s),
             QStringList({u"drop-column"_s, u"unused-ignore"_s}));
    QCOMPARE(rulesFound(Dialect::Sqlite, u"-- strata:ignore drop-colum\nALTER TABLE users DROP COLUMN legacy;"_s),
             QStringList({u"drop-column"_s, u"unused-ignore"_s}));
}

void TestLintRules::settingsDisableAndChangeSeverity()
{
    LintSettings settings;
    settings.disabled.insert(u"char-type"_s);
    settings.severities.insert(u"drop-column"_s, Severity::Info);
    const QList<LintFinding> findings = lintSql(
        {Dialect::Postgres, u"CREATE TABLE c (code char(2) PRIMARY KEY);\nALTER TABLE u DROP COLUMN x;"_s, 1, true},
        settings);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, u"drop-column"_s);
    QCOMPARE(findings.first().severity, Severity::Info);
}

void TestLintRules::aDisabledLockTimeoutIsReportedOncePerMigration()
{
    LintInput input{Dialect::Postgres,
                    u"CREATE TABLE t (id bigint PRIMARY KEY);\nALTER TABLE t ADD COLUMN a text;\n"
                    u"ALTER TABLE users ADD COLUMN b text;\nALTER TABLE orders ADD COLUMN c text;"_s,
                    1, true, true};
    const QList<LintFinding> findings = lintSql(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, u"lock-timeout-disabled"_s);
    QCOMPARE(findings.first().line, 3); // the first statement that locks a table that was there before
    input.lockTimeoutDisabled = false;
    QVERIFY(lintSql(input).isEmpty());
    // A migration that only creates what it uses waits for no one.
    input.sql = u"CREATE TABLE t (id bigint PRIMARY KEY);\nCREATE INDEX t_id ON t (id);"_s;
    input.lockTimeoutDisabled = true;
    QVERIFY(lintSql(input).isEmpty());
}

void TestLintRules::findingsCarryTheirLineAndDetail()
{
    const QList<LintFinding> findings = lintSql(
        {Dialect::Postgres, u"CREATE TABLE t (id bigint PRIMARY KEY);\n\nALTER TABLE users\n    DROP COLUMN legacy;"_s, 10,
         true});
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().line, 12);
    QCOMPARE(findings.first().detail, u"drops column users.legacy"_s);
    QCOMPARE(findings.first().severity, Severity::Error);
    QVERIFY(findings.first().statement.startsWith(u"ALTER TABLE users"_s));
}

QTEST_GUILESS_MAIN(TestLintRules)
#include "tst_lintrules.moc"
