// SPDX-License-Identifier: MIT
// The round trip of issue 4 on PostgreSQL, for every schema pair under tests/data/diff:
// build A, apply the generated A -> B, introspect equals B; apply the downgrade,
// introspect equals A; and nothing is left to change after the upgrade.
#include "database/connection.h"
#include "database/sqlsplitter.h"
#include "diff/postgresrenderer.h"
#include "diff/schemadiff.h"
#include "schema/postgresintrospector.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

struct Database
{
    std::unique_ptr<test::ScratchPostgres> scratch;
    std::unique_ptr<Connection> connection;
};

/// A fresh database holding @p ddl (run statement by statement).
Result<Database> databaseWith(const QString &ddl)
{
    Database database;
    STRATA_ASSIGN_OR_RETURN(scratch, test::ScratchPostgres::create());
    database.scratch = *std::move(scratch);
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(database.scratch->url(), {}));
    database.connection = *std::move(connection);
    for (const SqlStatement &statement : splitStatements(Dialect::Postgres, ddl))
        STRATA_TRY(database.connection->exec(statement.text));
    return database;
}

/// As the migrator runs it: in one transaction unless the script says otherwise.
Result<void> apply(Connection &connection, const ChangeScript &script)
{
    if (script.transactional)
        STRATA_TRY(connection.exec(u"BEGIN"_s));
    for (const QString &statement : script.statements) {
        if (auto done = connection.exec(statement); !done) {
            if (script.transactional)
                (void)connection.exec(u"ROLLBACK"_s);
            return fail(done.error());
        }
    }
    if (script.transactional)
        STRATA_TRY(connection.exec(u"COMMIT"_s));
    return {};
}

} // namespace

class TestPostgresRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAndUndoesEveryPair_data();
    void appliesAndUndoesEveryPair();
    void quotesIdentifiersOnlyWhenNeeded();
};

void TestPostgresRoundTrip::appliesAndUndoesEveryPair_data()
{
    QTest::addColumn<QString>("directory");
    const QDir corpus(QStringLiteral(STRATA_TEST_DATA) + u"/diff"_s);
    const QStringList pairs = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(pairs.size() >= 12);
    for (const QString &pair : pairs)
        QTest::newRow(qPrintable(pair)) << corpus.filePath(pair);
}

void TestPostgresRoundTrip::appliesAndUndoesEveryPair()
{
    QFETCH(QString, directory);
    auto a = databaseWith(test::readFile(directory + u"/a.sql"_s));
    QVERIFY2(a, test::errorText(a));
    auto b = databaseWith(test::readFile(directory + u"/b.sql"_s));
    QVERIFY2(b, test::errorText(b));
    const auto schemaA = readPostgresSchema(*a->connection);
    QVERIFY2(schemaA, test::errorText(schemaA));
    const auto schemaB = readPostgresSchema(*b->connection);
    QVERIFY2(schemaB, test::errorText(schemaB));

    const QList<SchemaChange> upgrade = diffSchemas(*schemaA, *schemaB);
    QVERIFY(!upgrade.isEmpty());
    const ChangeScript up = renderPostgres(upgrade, *schemaA, *schemaB);
    const auto applied = apply(*a->connection, up);
    QVERIFY2(applied, QByteArray(test::errorText(applied) + "\n" + test::scriptListing(up)).constData());
    const auto upgraded = readPostgresSchema(*a->connection);
    QVERIFY2(upgraded, test::errorText(upgraded));
    QVERIFY2(*upgraded == *schemaB,
             QByteArray(test::schemaDifferences(*upgraded, *schemaB) + "\n--- upgrade:\n" + test::scriptListing(up)).constData());
    QVERIFY2(diffSchemas(*upgraded, *schemaB).isEmpty(), "changes left after the upgrade");

    const ChangeScript down = renderPostgres(downgradeOf(upgrade), *schemaB, *schemaA);
    const auto reverted = apply(*a->connection, down);
    QVERIFY2(reverted, QByteArray(test::errorText(reverted) + "\n" + test::scriptListing(down)).constData());
    const auto downgraded = readPostgresSchema(*a->connection);
    QVERIFY2(downgraded, test::errorText(downgraded));
    QVERIFY2(*downgraded == *schemaA,
             QByteArray(test::schemaDifferences(*downgraded, *schemaA) + "\n--- downgrade:\n" + test::scriptListing(down)).constData());
}

void TestPostgresRoundTrip::quotesIdentifiersOnlyWhenNeeded()
{
    QCOMPARE(postgresIdentifier(u"users"_s), u"users"_s);
    QCOMPARE(postgresIdentifier(u"created_at2"_s), u"created_at2"_s);
    QCOMPARE(postgresIdentifier(u"user"_s), u"\"user\""_s);
    QCOMPARE(postgresIdentifier(u"Users"_s), u"\"Users\""_s);
    QCOMPARE(postgresIdentifier(u"display name"_s), u"\"display name\""_s);
    QCOMPARE(postgresIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
}

QTEST_GUILESS_MAIN(TestPostgresRoundTrip)
#include "tst_postgresroundtrip.moc"
