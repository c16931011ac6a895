// SPDX-License-Identifier: MIT
// Reading a PostgreSQL schema from its catalogs into the schema model (issue 4 groundwork):
// every object kind, exactly as the server stores it, and nothing that is not the user's.
#include "database/connection.h"
#include "schema/postgresintrospector.h"
#include "schema/schemajson.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

const QString Ddl = uR"(
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE mood IS 'how it went';
CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 10;
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) COLLATE "C" NOT NULL,
    name text DEFAULT 'anonymous',
    mood mood,
    CONSTRAINT customers_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE customers IS 'people who buy';
COMMENT ON COLUMN customers.email IS 'login';
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    total numeric(10,2) NOT NULL CONSTRAINT orders_total_check CHECK (total >= 0),
    total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED,
    placed_at timestamptz NOT NULL DEFAULT now(),
    tags text[]
);
CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
CREATE UNIQUE INDEX orders_open_idx ON orders (customer_id) INCLUDE (total) WHERE total > 0;
CREATE INDEX customers_lower_email ON customers USING hash (lower(email));
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, number integer DEFAULT nextval('invoice_numbers'));
CREATE TABLE strata_version (version_num varchar(32) PRIMARY KEY);
)"_s;

} // namespace

class TestPostgresIntrospection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsAnEmptyDatabaseAsAnEmptySchema();
    void readsTablesAndColumns();
    void readsConstraints();
    void readsIndexesButNotThoseOfConstraints();
    void readsViewsSequencesAndEnums();
    void readsTheSameSchemaTwice();

private:
    Schema readLoaded();

    std::unique_ptr<test::ScratchPostgres> m_database;
    std::unique_ptr<Connection> m_connection;
};

void TestPostgresIntrospection::init()
{
    auto scratch = test::ScratchPostgres::create();
    QVERIFY2(scratch, test::errorText(scratch));
    m_database = *std::move(scratch);
    auto connection = Connection::open(m_database->url(), {});
    QVERIFY2(connection, test::errorText(connection));
    m_connection = *std::move(connection);
}

void TestPostgresIntrospection::cleanup()
{
    m_connection.reset();
    m_database.reset();
}

Schema TestPostgresIntrospection::readLoaded()
{
    for (const QString &statement : Ddl.split(u";\n"_s, Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty()) {
            const auto done = m_connection->exec(statement);
            if (!done)
                qFatal("%s", test::errorText(done).constData());
        }
    }
    auto schema = readPostgresSchema(*m_connection, {u"strata_version"_s});
    if (!schema)
        qFatal("%s", test::errorText(schema).constData());
    return *schema;
}

void TestPostgresIntrospection::readsAnEmptyDatabaseAsAnEmptySchema()
{
    const auto schema = readPostgresSchema(*m_connection);
    QVERIFY2(schema, test::errorText(schema));
    QVERIFY(schema->isEmpty());
}

void TestPostgresIntrospection::readsTablesAndColumns()
{
    const Schema schema = readLoaded();
    QStringList tables;
    for (const Table &table : schema.tables)
        tables << table.schema + u'.' + table.name;
    QCOMPARE(tables, (QStringList{u"billing.invoices"_s, u"public.customers"_s, u"public.orders"_s}));

    const Table *customers = schema.table(u"public"_s, u"customers"_s);
    QVERIFY(customers);
    QCOMPARE(customers->comment, u"people who buy"_s);
    QStringList columns;
    for (const Column &column : customers->columns)
        columns << column.name;
    QCOMPARE(columns, (QStringList{u"id"_s, u"email"_s, u"name"_s, u"mood"_s}));
    QCOMPARE(customers->column(u"id"_s)->identity, Column::Identity::Always);
    QVERIFY(customers->column(u"id"_s)->notNull);
    QCOMPARE(customers->column(u"email"_s)->type, u"character varying(200)"_s);
    QCOMPARE(customers->column(u"email"_s)->collation, u"C"_s);
    QCOMPARE(customers->column(u"email"_s)->comment, u"login"_s);
    QCOMPARE(customers->column(u"name"_s)->defaultExpression, u"'anonymous'::text"_s);
    QVERIFY(!customers->column(u"name"_s)->notNull);
    QVERIFY(customers->column(u"name"_s)->collation.isEmpty());
    QCOMPARE(customers->column(u"mood"_s)->type, u"mood"_s);

    const Table *orders = schema.table(u"public"_s, u"orders"_s);
    QVERIFY(orders);
    QCOMPARE(orders->column(u"id"_s)->defaultExpression, u"nextval('orders_id_seq'::regclass)"_s);
    QCOMPARE(orders->column(u"total"_s)->type, u"numeric(10,2)"_s);
    QCOMPARE(orders->column(u"total_cents"_s)->generatedExpression, u"((total * (100)::numeric))::bigint"_s);
    QVERIFY(orders->column(u"total_cents"_s)->defaultExpression.isEmpty());
    QCOMPARE(orders->column(u"placed_at"_s)->type, u"timestamp with time zone"_s);
    QCOMPARE(orders->column(u"placed_at"_s)->defaultExpression, u"now()"_s);
    QCOMPARE(orders->column(u"tags"_s)->type, u"text[]"_s);
    QVERIFY(!schema.table(u"public"_s, u"strata_version"_s)); // excluded: Strata's own
}

void TestPostgresIntrospection::readsConstraints()
{
    const Schema schema = readLoaded();
    const Table *customers = schema.table(u"public"_s, u"customers"_s);
    QVERIFY(customers->primaryKey);
    QCOMPARE(customers->primaryKey->name, u"customers_pkey"_s);
    QCOMPARE(customers->primaryKey->columns, QStringList{u"id"_s});
    QCOMPARE(customers->uniques.size(), 1);
    QCOMPARE(customers->uniques.first(), (UniqueConstraint{u"customers_email_key"_s, {u"email"_s}, true, true}));

    const Table *orders = schema.table(u"public"_s, u"orders"_s);
    QCOMPARE(orders->checks.size(), 1);
    QCOMPARE(orders->checks.first().name, u"orders_total_check"_s);
    QCOMPARE(orders->checks.first().expression, u"(total >= 0::numeric)"_s);
    QCOMPARE(orders->foreignKeys.size(), 1);
    const ForeignKey &key = orders->foreignKeys.first();
    QCOMPARE(key.name, u"orders_customer_id_fkey"_s);
    QCOMPARE(key.columns, QStringList{u"customer_id"_s});
    QCOMPARE(key.referencedSchema, u"public"_s);
    QCOMPARE(key.referencedTable, u"customers"_s);
    QCOMPARE(key.referencedColumns, QStringList{u"id"_s});
    QCOMPARE(key.onDelete, u"CASCADE"_s);
    QCOMPARE(key.onUpdate, u"NO ACTION"_s);
    QVERIFY(!key.deferrable);
}

void TestPostgresIntrospection::readsIndexesButNotThoseOfConstraints()
{
    const Schema schema = readLoaded();
    const Table *orders = schema.table(u"public"_s, u"orders"_s);
    QStringList names;
    for (const Index &index : orders->indexes)
        names << index.name;
    QCOMPARE(names, (QStringList{u"orders_customer_idx"_s, u"orders_open_idx"_s})); // not orders_pkey

    const Index *byCustomer = orders->index(u"orders_customer_idx"_s);
    QVERIFY(!byCustomer->unique);
    QCOMPARE(byCustomer->method, u"btree"_s);
    QCOMPARE(byCustomer->keys, (QStringList{u"customer_id"_s, u"placed_at"_s}));
    QVERIFY2(byCustomer->definition.contains(u"placed_at DESC"_s), qPrintable(byCustomer->definition));

    const Index *open = orders->index(u"orders_open_idx"_s);
    QVERIFY(open->unique);
    QCOMPARE(open->keys, QStringList{u"customer_id"_s});
    QCOMPARE(open->included, QStringList{u"total"_s});
    QCOMPARE(open->predicate, u"total > 0::numeric"_s);

    const Table *customers = schema.table(u"public"_s, u"customers"_s);
    QCOMPARE(customers->indexes.size(), 1); // the unique constraint's index is the constraint's
    QCOMPARE(customers->indexes.first().method, u"hash"_s);
    QCOMPARE(customers->indexes.first().keys, QStringList{u"lower(email::text)"_s});
}

void TestPostgresIntrospection::readsViewsSequencesAndEnums()
{
    const Schema schema = readLoaded();
    QCOMPARE(schema.views.size(), 1);
    const View *view = schema.view(u"public"_s, u"big_orders"_s);
    QVERIFY(view);
    QVERIFY(!view->materialized);
    QVERIFY2(view->definition.startsWith(u"SELECT orders.id"_s), qPrintable(view->definition));
    QVERIFY2(view->definition.contains(u"WHERE orders.total > 100::numeric"_s), qPrintable(view->definition));
    QCOMPARE(view->tables, QStringList{u"public.orders"_s});

    // The serial's sequence is owned by its column; the identity's is part of the column.
    QStringList sequences;
    for (const Sequence &sequence : schema.sequences)
        sequences << sequence.name + u'/' + sequence.ownedBy;
    QCOMPARE(sequences, (QStringList{u"invoice_numbers/"_s, u"orders_id_seq/orders.id"_s}));
    const Sequence &invoices = schema.sequences.first();
    QCOMPARE(invoices.start, 1000);
    QCOMPARE(invoices.increment, 10);
    QCOMPARE(invoices.type, u"bigint"_s);

    QCOMPARE(schema.enums.size(), 1);
    QCOMPARE(schema.enums.first(), (EnumType{u"public"_s, u"mood"_s, {u"sad"_s, u"ok"_s, u"happy"_s}, u"how it went"_s}));
}

void TestPostgresIntrospection::readsTheSameSchemaTwice()
{
    const Schema first = readLoaded();
    const auto second = readPostgresSchema(*m_connection, {u"strata_version"_s});
    QVERIFY2(second, test::errorText(second));
    QVERIFY(first == *second);
    QVERIFY(!first.isEmpty());
    // The head-schema cache keeps every field.
    const auto cached = SchemaJson::fromJson(SchemaJson::toJson(first));
    QVERIFY2(cached, test::errorText(cached));
    QVERIFY(*cached == first);
    QVERIFY(!SchemaJson::fromJson(QJsonObject{{u"format"_s, 99}}));
    // A change shows: the model compares by value.
    QVERIFY(m_connection->exec(u"ALTER TABLE customers ADD COLUMN phone text"_s));
    const auto changed = readPostgresSchema(*m_connection, {u"strata_version"_s});
    QVERIFY2(changed, test::errorText(changed));
    QVERIFY(!(first == *changed));
}

QTEST_GUILESS_MAIN(TestPostgresIntrospection)
#include "tst_postgresintrospection.moc"
