// SPDX-License-Identifier: MIT
// Reading a SQLite schema into the schema model (issue 4 groundwork): the pragmas, and what
// only the stored CREATE statements say (constraint names, CHECKs, collations, generated
// columns, index expressions).
#include "database/connection.h"
#include "schema/sqlitedefinition.h"
#include "schema/sqliteintrospector.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

const QStringList Ddl = {
    uR"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL COLLATE NOCASE CONSTRAINT customers_email_key UNIQUE,
        name TEXT DEFAULT 'anonymous',
        -- a comment with a comma, and (parentheses)
        "display name" TEXT GENERATED ALWAYS AS (upper(name)) STORED,
        CONSTRAINT customers_name_check CHECK (length(name) > 0)
    ))"_s,
    uR"(CREATE TABLE orders (
        id INTEGER NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        total NUMERIC(10, 2) NOT NULL CHECK (total >= 0),
        placed_at TEXT NOT NULL DEFAULT (datetime('now')),
        CONSTRAINT orders_pk PRIMARY KEY (id),
        UNIQUE (customer_id, placed_at),
        CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id, id) REFERENCES customers (id, id)
    ))"_s,
    u"CREATE INDEX orders_by_total ON orders (total DESC, lower(placed_at)) WHERE total > 100"_s,
    u"CREATE UNIQUE INDEX customers_by_name ON customers (name)"_s,
    u"CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100"_s,
    u"CREATE TABLE strata_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"_s,
};

} // namespace

class TestSqliteIntrospection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsAnEmptyDatabaseAsAnEmptySchema();
    void readsTablesAndColumns();
    void readsConstraintsWithTheirNames();
    void readsIndexesWithExpressionsAndPredicates();
    void readsAnIndexTheSameHoweverItIsLaidOut();
    void readsViews();
    void readsTheSameSchemaTwice();
    void unquotesIdentifiers_data();
    void unquotesIdentifiers();

private:
    Schema readLoaded();

    QTemporaryDir m_directory;
    std::unique_ptr<Connection> m_connection;
};

void TestSqliteIntrospection::init()
{
    m_connection.reset();
    QFile::remove(m_directory.filePath(u"schema.db"_s));
    auto connection = Connection::open(*DatabaseUrl::parse(u"sqlite:///schema.db"_s), {QDir(m_directory.path())});
    QVERIFY2(connection, test::errorText(connection));
    m_connection = *std::move(connection);
}

Schema TestSqliteIntrospection::readLoaded()
{
    for (const QString &statement : Ddl) {
        const auto done = m_connection->exec(statement);
        if (!done)
            qFatal("%s", test::errorText(done).constData());
    }
    auto schema = readSqliteSchema(*m_connection, {u"strata_version"_s});
    if (!schema)
        qFatal("%s", test::errorText(schema).constData());
    return *schema;
}

void TestSqliteIntrospection::readsAnEmptyDatabaseAsAnEmptySchema()
{
    const auto schema = readSqliteSchema(*m_connection);
    QVERIFY2(schema, test::errorText(schema));
    QVERIFY(schema->isEmpty());
}

void TestSqliteIntrospection::readsTablesAndColumns()
{
    const Schema schema = readLoaded();
    QCOMPARE(schema.tables.size(), 2); // not strata_version
    const Table *customers = schema.table(u"main"_s, u"customers"_s);
    QVERIFY(customers);
    QStringList names;
    for (const Column &column : customers->columns)
        names << column.name;
    QCOMPARE(names, (QStringList{u"id"_s, u"email"_s, u"name"_s, u"display name"_s}));
    QCOMPARE(customers->column(u"email"_s)->type, u"TEXT"_s);
    QVERIFY(customers->column(u"email"_s)->notNull);
    QCOMPARE(customers->column(u"email"_s)->collation, u"NOCASE"_s);
    QCOMPARE(customers->column(u"name"_s)->defaultExpression, u"'anonymous'"_s);
    QCOMPARE(customers->column(u"display name"_s)->generatedExpression, u"(upper(name))"_s);
    QVERIFY(customers->column(u"name"_s)->generatedExpression.isEmpty());

    const Table *orders = schema.table(u"main"_s, u"orders"_s);
    QCOMPARE(orders->column(u"total"_s)->type, u"NUMERIC(10, 2)"_s);
    QCOMPARE(orders->column(u"placed_at"_s)->defaultExpression, u"datetime('now')"_s);
}

void TestSqliteIntrospection::readsConstraintsWithTheirNames()
{
    const Schema schema = readLoaded();
    const Table *customers = schema.table(u"main"_s, u"customers"_s);
    QCOMPARE(customers->primaryKey, (std::optional<PrimaryKey>(PrimaryKey{{}, {u"id"_s}})));
    QCOMPARE(customers->uniques.size(), 1);
    QCOMPARE(customers->uniques.first().name, u"customers_email_key"_s);
    QCOMPARE(customers->uniques.first().columns, QStringList{u"email"_s});
    QCOMPARE(customers->checks.size(), 1);
    QCOMPARE(customers->checks.first().name, u"customers_name_check"_s);
    QCOMPARE(customers->checks.first().expression, u"(length(name) > 0)"_s);

    const Table *orders = schema.table(u"main"_s, u"orders"_s);
    QCOMPARE(orders->primaryKey->name, u"orders_pk"_s);
    QCOMPARE(orders->primaryKey->columns, QStringList{u"id"_s});
    QCOMPARE(orders->uniques.size(), 1);
    QVERIFY(orders->uniques.first().name.isEmpty());
    QCOMPARE(orders->uniques.first().columns, (QStringList{u"customer_id"_s, u"placed_at"_s}));
    QCOMPARE(orders->checks.size(), 1);
    QVERIFY(orders->checks.first().name.isEmpty());
    QCOMPARE(orders->checks.first().expression, u"(total >= 0)"_s);

    QCOMPARE(orders->foreignKeys.size(), 2);
    const ForeignKey &inline_ = orders->foreignKeys.at(0);
    QVERIFY(inline_.name.isEmpty());
    QCOMPARE(inline_.columns, QStringList{u"customer_id"_s});
    QCOMPARE(inline_.referencedTable, u"customers"_s);
    QCOMPARE(inline_.referencedColumns, QStringList{u"id"_s});
    QCOMPARE(inline_.onDelete, u"CASCADE"_s);
    QCOMPARE(inline_.onUpdate, u"NO ACTION"_s);
    const ForeignKey &named = orders->foreignKeys.at(1);
    QCOMPARE(named.name, u"orders_customer_fk"_s);
    QCOMPARE(named.columns, (QStringList{u"customer_id"_s, u"id"_s}));
}

void TestSqliteIntrospection::readsIndexesWithExpressionsAndPredicates()
{
    const Schema schema = readLoaded();
    const Table *orders = schema.table(u"main"_s, u"orders"_s);
    QCOMPARE(orders->indexes.size(), 1); // the UNIQUE constraint's index is the constraint
    const Index &byTotal = orders->indexes.first();
    QCOMPARE(byTotal.name, u"orders_by_total"_s);
    QVERIFY(!byTotal.unique);
    QCOMPARE(byTotal.keys, (QStringList{u"total DESC"_s, u"lower(placed_at)"_s}));
    QCOMPARE(byTotal.predicate, u"total > 100"_s);
    QVERIFY(byTotal.definition.startsWith(u"CREATE INDEX orders_by_total"_s));

    const Table *customers = schema.table(u"main"_s, u"customers"_s);
    QCOMPARE(customers->indexes.size(), 1);
    QVERIFY(customers->indexes.first().unique);
    QCOMPARE(customers->indexes.first().keys, QStringList{u"name"_s});
    QVERIFY(customers->indexes.first().predicate.isEmpty());
}

void TestSqliteIntrospection::readsAnIndexTheSameHoweverItIsLaidOut()
{
    // A migration wraps a long CREATE INDEX over lines, the models file may not: SQLite keeps
    // each as written, and makemigrations must not see a change in that.
    QVERIFY(m_connection->exec(u"CREATE TABLE t (a INTEGER, b TEXT)"_s));
    QVERIFY(m_connection->exec(u"CREATE INDEX t_idx\n    ON t (a, b) -- both\n    WHERE b <> '  two  spaces'"_s));
    const auto wrapped = readSqliteSchema(*m_connection);
    QVERIFY2(wrapped, test::errorText(wrapped));
    QVERIFY(m_connection->exec(u"DROP INDEX t_idx"_s));
    QVERIFY(m_connection->exec(u"CREATE INDEX t_idx ON t (a, b) WHERE b <> '  two  spaces'"_s));
    const auto oneLine = readSqliteSchema(*m_connection);
    QVERIFY2(oneLine, test::errorText(oneLine));
    const Index &index = wrapped->table(u"main"_s, u"t"_s)->indexes.first();
    QCOMPARE(index.definition, u"CREATE INDEX t_idx ON t (a, b) WHERE b <> '  two  spaces'"_s);
    QCOMPARE(index, oneLine->table(u"main"_s, u"t"_s)->indexes.first());
}

void TestSqliteIntrospection::readsViews()
{
    const Schema schema = readLoaded();
    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(schema.views.first().name, u"big_orders"_s);
    QCOMPARE(schema.views.first().definition, u"SELECT id, total FROM orders WHERE total > 100"_s);
    QCOMPARE(schema.views.first().tables, QStringList{u"main.orders"_s});
}

void TestSqliteIntrospection::readsTheSameSchemaTwice()
{
    const Schema first = readLoaded();
    const auto second = readSqliteSchema(*m_connection, {u"strata_version"_s});
    QVERIFY2(second, test::errorText(second));
    QVERIFY(first == *second);
    QVERIFY(m_connection->exec(u"ALTER TABLE customers ADD COLUMN phone TEXT"_s));
    const auto changed = readSqliteSchema(*m_connection, {u"strata_version"_s});
    QVERIFY2(changed, test::errorText(changed));
    QVERIFY(!(first == *changed));
    QCOMPARE(changed->table(u"main"_s, u"customers"_s)->columns.last().name, u"phone"_s);
}

void TestSqliteIntrospection::unquotesIdentifiers_data()
{
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("name");
    QTest::newRow("bare") << u"users"_s << u"users"_s;
    QTest::newRow("double quotes") << u"\"display name\""_s << u"display name"_s;
    QTest::newRow("doubled quote inside") << u"\"a\"\"b\""_s << u"a\"b"_s;
    QTest::newRow("backticks") << u"`order`"_s << u"order"_s;
    QTest::newRow("brackets") << u"[group]"_s << u"group"_s;
}

void TestSqliteIntrospection::unquotesIdentifiers()
{
    QFETCH(QString, quoted);
    QFETCH(QString, name);
    QCOMPARE(SqliteDefinition::unquote(quoted), name);
}

QTEST_GUILESS_MAIN(TestSqliteIntrospection)
#include "tst_sqliteintrospection.moc"
