// SPDX-License-Identifier: MIT
// Diffing two schema models into changes (issue 4 groundwork): what changes, in an order
// that applies, with a downgrade that undoes it, and a summary a reviewer can read.
#include "diff/schemadiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

Column column(const QString &name, const QString &type, bool notNull = false, const QString &defaultExpression = {})
{
    Column column;
    column.name = name;
    column.type = type;
    column.notNull = notNull;
    column.defaultExpression = defaultExpression;
    return column;
}

Table table(const QString &name, QList<Column> columns)
{
    Table table;
    table.schema = u"public"_s;
    table.name = name;
    table.columns = std::move(columns);
    table.primaryKey = PrimaryKey{name + u"_pkey"_s, {table.columns.isEmpty() ? u"id"_s : table.columns.first().name}};
    return table;
}

/// users(id, name); orders(id, user_id -> users, total) with an index; a view on orders.
Schema shop()
{
    Schema schema;
    schema.tables << table(u"users"_s, {column(u"id"_s, u"integer"_s, true), column(u"name"_s, u"text"_s)});
    Table orders = table(u"orders"_s, {column(u"id"_s, u"integer"_s, true), column(u"user_id"_s, u"integer"_s, true),
                                       column(u"total"_s, u"numeric(10,2)"_s, true, u"0"_s)});
    ForeignKey key;
    key.name = u"orders_user_id_fkey"_s;
    key.columns = {u"user_id"_s};
    key.referencedSchema = u"public"_s;
    key.referencedTable = u"users"_s;
    key.referencedColumns = {u"id"_s};
    orders.foreignKeys << key;
    Index index;
    index.name = u"orders_user_idx"_s;
    index.keys = {u"user_id"_s};
    index.definition = u"CREATE INDEX orders_user_idx ON public.orders USING btree (user_id)"_s;
    orders.indexes << index;
    schema.tables << orders;
    schema.views << View{u"public"_s, u"big_orders"_s, u"SELECT id FROM orders WHERE total > 100"_s, false, {},
                         {u"public.orders"_s}, {}};
    return schema;
}

QStringList summary(const QList<SchemaChange> &changes)
{
    QStringList lines;
    for (const SchemaChange &change : changes)
        lines << describe(change);
    return lines;
}

} // namespace

class TestSchemaDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNothingBetweenEqualSchemas();
    void createsTablesBeforeTheirIndexesAndForeignKeys();
    void dropsForeignKeysAndIndexesBeforeTheirTables();
    void changesColumnsInPlace();
    void recreatesAChangedViewAroundTheTableChanges();
    void keepsViewsOverUnchangedTables();
    void addsEnumValuesAndFlagsRemovedOnes();
    void matchesUnnamedConstraintsByWhatTheySay();
    void leavesSerialSequencesToTheirColumns();
    void downgradeUndoesEveryChangeInReverse();
    void flagsPossibleRenamesWithoutGuessing();
};

void TestSchemaDiff::findsNothingBetweenEqualSchemas()
{
    QVERIFY(diffSchemas(shop(), shop()).isEmpty());
    QVERIFY(diffSchemas({}, {}).isEmpty());
}

void TestSchemaDiff::createsTablesBeforeTheirIndexesAndForeignKeys()
{
    Schema target = shop();
    target.enums << EnumType{u"public"_s, u"mood"_s, {u"sad"_s, u"happy"_s}, {}};
    const QList<SchemaChange> changes = diffSchemas({}, target);
    QCOMPARE(summary(changes),
             (QStringList{u"+ type mood (sad, happy)"_s, u"+ table users"_s, u"+ table orders"_s,
                          u"+ index orders_user_idx on orders"_s,
                          u"~ orders: + foreign key orders_user_id_fkey (user_id) -> users(id)"_s,
                          u"+ view big_orders"_s}));
    // The created table carries its columns and own constraints, not its foreign keys or indexes.
    const auto &created = std::get<change::CreateTable>(changes.at(2)).table;
    QCOMPARE(created.columns.size(), 3);
    QVERIFY(created.primaryKey);
    QVERIFY(created.foreignKeys.isEmpty());
    QVERIFY(created.indexes.isEmpty());
    QVERIFY(std::none_of(changes.begin(), changes.end(), isDestructive));
}

void TestSchemaDiff::dropsForeignKeysAndIndexesBeforeTheirTables()
{
    const QList<SchemaChange> changes = diffSchemas(shop(), {});
    QCOMPARE(summary(changes),
             (QStringList{u"- view big_orders"_s, u"~ orders: - foreign key orders_user_id_fkey (user_id) -> users(id)"_s,
                          u"- index orders_user_idx"_s, u"- table users"_s, u"- table orders"_s}));
    QCOMPARE(std::count_if(changes.begin(), changes.end(), isDestructive), 2);
}

void TestSchemaDiff::changesColumnsInPlace()
{
    Schema target = shop();
    Table &users = target.tables[0];
    users.columns[1].type = u"character varying(80)"_s; // name: narrowed
    users.columns[1].notNull = true;
    users.columns << column(u"email"_s, u"text"_s);
    Table &orders = target.tables[1];
    orders.columns.removeAt(2); // total
    orders.comment = u"what people bought"_s;
    const QList<SchemaChange> changes = diffSchemas(shop(), target);
    QCOMPARE(summary(changes),
             (QStringList{u"- view big_orders"_s, u"~ users: ~ column name text -> name character varying(80) not null"_s,
                          u"~ users: + column email text"_s, u"~ orders: - column total"_s, u"~ orders: comment"_s,
                          u"+ view big_orders"_s}));
    QVERIFY(!isDestructive(changes.at(2)));                       // adding a column
    QVERIFY(isDestructive(changes.at(1)));                        // a type change
    QVERIFY(isDestructive(changes.at(3)));                        // dropping a column
    const auto &dropped = std::get<change::DropColumn>(changes.at(3));
    QCOMPARE(dropped.column.defaultExpression, u"0"_s); // kept, for the downgrade
}

void TestSchemaDiff::recreatesAChangedViewAroundTheTableChanges()
{
    Schema target = shop();
    target.views[0].definition = u"SELECT id FROM orders WHERE total > 500"_s;
    target.tables[1].indexes.clear();
    QCOMPARE(summary(diffSchemas(shop(), target)),
             (QStringList{u"- view big_orders"_s, u"- index orders_user_idx"_s, u"+ view big_orders"_s}));
}

void TestSchemaDiff::keepsViewsOverUnchangedTables()
{
    Schema target = shop();
    target.tables[0].columns << column(u"email"_s, u"text"_s); // users: the view does not read it
    QCOMPARE(summary(diffSchemas(shop(), target)), QStringList{u"~ users: + column email text"_s});
}

void TestSchemaDiff::addsEnumValuesAndFlagsRemovedOnes()
{
    Schema before;
    before.enums << EnumType{u"public"_s, u"mood"_s, {u"sad"_s, u"ok"_s}, {}};
    Schema added = before;
    added.enums[0].values << u"happy"_s;
    const QList<SchemaChange> adding = diffSchemas(before, added);
    QCOMPARE(summary(adding), QStringList{u"~ type mood: values sad, ok -> sad, ok, happy"_s});
    QVERIFY(!isDestructive(adding.first()));
    QVERIFY(isDestructive(downgradeOf(adding).first())); // removing "happy" again loses rows
}

void TestSchemaDiff::matchesUnnamedConstraintsByWhatTheySay()
{
    Schema before;
    Table items = table(u"items"_s, {column(u"id"_s, u"INTEGER"_s), column(u"price"_s, u"NUMERIC"_s)});
    items.schema = u"main"_s;
    items.primaryKey->name.clear();
    items.checks << CheckConstraint{{}, u"(price > 0)"_s};
    items.uniques << UniqueConstraint{{}, {u"price"_s}, false, false};
    before.tables << items;
    QVERIFY(diffSchemas(before, before).isEmpty());
    Schema after = before;
    after.tables[0].checks[0].expression = u"(price >= 0)"_s;
    QCOMPARE(summary(diffSchemas(before, after)),
             (QStringList{u"~ items: - check (price > 0)"_s, u"~ items: + check (price >= 0)"_s}));
}

void TestSchemaDiff::leavesSerialSequencesToTheirColumns()
{
    Schema before;
    Schema after;
    after.sequences << Sequence{u"public"_s, u"orders_id_seq"_s, u"integer"_s, 1, 1, 1, 2147483647, 1, false,
                                u"orders.id"_s};
    after.sequences << Sequence{u"public"_s, u"invoice_numbers"_s, u"bigint"_s, 1000, 10, 1, 0, 1, false, {}};
    QCOMPARE(summary(diffSchemas(before, after)), QStringList{u"+ sequence invoice_numbers"_s});
    QCOMPARE(summary(diffSchemas(after, before)), QStringList{u"- sequence invoice_numbers"_s});
}

void TestSchemaDiff::downgradeUndoesEveryChangeInReverse()
{
    Schema target = shop();
    target.tables[0].columns << column(u"email"_s, u"text"_s);
    target.tables.removeAt(1);
    target.views.clear();
    target.enums << EnumType{u"public"_s, u"mood"_s, {u"sad"_s}, {}};
    const QList<SchemaChange> upgrade = diffSchemas(shop(), target);
    const QList<SchemaChange> downgrade = downgradeOf(upgrade);
    QCOMPARE(downgrade.size(), upgrade.size());
    QCOMPARE(summary(downgrade),
             (QStringList{u"~ users: - column email"_s, u"- type mood"_s, u"+ table orders"_s,
                          u"+ index orders_user_idx on orders"_s,
                          u"~ orders: + foreign key orders_user_id_fkey (user_id) -> users(id)"_s,
                          u"+ view big_orders"_s}));
    // The recreated table is the one that was dropped, whole.
    const auto &recreated = std::get<change::CreateTable>(downgrade.at(2)).table;
    QCOMPARE(recreated.columns, shop().tables.at(1).columns);
    QCOMPARE(summary(downgradeOf(downgrade)), summary(upgrade));
}

void TestSchemaDiff::flagsPossibleRenamesWithoutGuessing()
{
    Schema target = shop();
    target.tables[0].columns[1].name = u"full_name"_s; // users.name, same type
    target.tables[0].columns << column(u"age"_s, u"integer"_s);
    Table archive = target.tables[1];
    archive.name = u"order_archive"_s;
    archive.foreignKeys.clear();
    archive.indexes.clear();
    target.tables[1] = archive; // orders, same columns, new name
    target.views.clear();
    const QList<SchemaChange> changes = diffSchemas(shop(), target);
    QCOMPARE(possibleRenames(changes), (QStringList{u"orders -> order_archive"_s, u"users.name -> users.full_name"_s}));
    // Still a drop and an add: nothing is renamed behind the reviewer's back.
    QVERIFY(std::any_of(changes.begin(), changes.end(),
                        [](const SchemaChange &c) { return std::holds_alternative<change::DropColumn>(c); }));
    QVERIFY(possibleRenames(diffSchemas(shop(), shop())).isEmpty());
}

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
