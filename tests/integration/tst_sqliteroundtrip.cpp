// SPDX-License-Identifier: MIT
// The round trip of issue 4 on SQLite, for every schema pair under tests/data/diff-sqlite:
// build A with its rows; apply the generated A -> B as the migrator runs it (foreign keys
// off, foreign_key_check before COMMIT); introspect equals B and every row is still there;
// apply the downgrade; introspect equals A, rows again. Nothing is left to change after the
// upgrade.
#include "database/connection.h"
#include "database/sqlsplitter.h"
#include "diff/schemadiff.h"
#include "diff/sqliterenderer.h"
#include "schema/sqliteintrospector.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

Result<void> runScript(Connection &connection, const QString &sql)
{
    for (const SqlStatement &statement : splitStatements(Dialect::Sqlite, sql))
        STRATA_TRY(connection.exec(statement.text));
    return {};
}

/// A database file in @p dir holding @p ddl and then @p rows, inserted with foreign keys on
/// so that the corpus itself holds no orphan.
Result<std::unique_ptr<Connection>> databaseWith(const QTemporaryDir &dir, const QString &name, const QString &ddl,
                                                 const QString &rows)
{
    STRATA_ASSIGN_OR_RETURN(url, DatabaseUrl::parse(u"sqlite:///"_s + name));
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(*url, {QDir(dir.path())}));
    STRATA_TRY((*connection)->exec(u"PRAGMA foreign_keys = ON"_s));
    STRATA_TRY(runScript(**connection, ddl));
    STRATA_TRY(runScript(**connection, rows));
    return connection;
}

/// As the migrator runs a transactional revision on SQLite.
Result<void> migrate(Connection &connection, const ChangeScript &script)
{
    STRATA_TRY(connection.exec(u"PRAGMA foreign_keys = OFF"_s));
    STRATA_TRY(connection.exec(u"BEGIN IMMEDIATE"_s));
    auto work = [&]() -> Result<void> {
        for (const QString &statement : script.statements)
            STRATA_TRY(connection.exec(statement));
        STRATA_ASSIGN_OR_RETURN(orphans, connection.select(u"PRAGMA foreign_key_check"_s));
        if (!orphans->isEmpty())
            return fail(ErrorCode::Database, u"%1 orphan row(s) after the migration"_s.arg(orphans->size()));
        STRATA_TRY(connection.exec(u"COMMIT"_s));
        return {};
    };
    if (auto done = work(); !done) {
        (void)connection.exec(u"ROLLBACK"_s);
        return done;
    }
    return {};
}

/// The rows of every table of @p schema, restricted to @p columns per table (those that
/// survive the change and keep their type), as sorted text: what must not change.
Result<QStringList> rowsOf(Connection &connection, const Schema &schema, const QMap<QString, QStringList> &columns)
{
    QStringList dump;
    for (const Table &table : schema.tables) {
        const QStringList kept = columns.value(table.name);
        STRATA_ASSIGN_OR_RETURN(count, connection.select(u"SELECT count(*) FROM %1"_s.arg(sqliteIdentifier(table.name))));
        dump << u"%1: %2 rows"_s.arg(table.name, count->first().first().toString());
        if (kept.isEmpty())
            continue;
        QStringList quoted;
        for (const QString &column : kept)
            quoted << u"quote(%1)"_s.arg(sqliteIdentifier(column));
        STRATA_ASSIGN_OR_RETURN(rows, connection.select(
            u"SELECT %1 FROM %2"_s.arg(quoted.join(u" || '|' || "_s), sqliteIdentifier(table.name))));
        QStringList lines;
        for (const QVariantList &row : *rows)
            lines << table.name + u": "_s + row.first().toString();
        lines.sort();
        dump << lines;
    }
    return dump;
}

/// Per table in both schemas, the columns in both with the same type and nullability: their
/// values must come through a change and its undoing unchanged. (A column that becomes
/// NOT NULL takes its default where it held NULL.)
QMap<QString, QStringList> survivingColumns(const Schema &a, const Schema &b)
{
    QMap<QString, QStringList> columns;
    for (const Table &table : a.tables) {
        const Table *other = b.table(table.schema, table.name);
        if (!other)
            continue;
        QStringList &kept = columns[table.name];
        for (const Column &column : table.columns) {
            const Column *after = other->column(column.name);
            if (after && after->type == column.type && after->notNull == column.notNull)
                kept << column.name;
        }
    }
    return columns;
}

/// SQLite checks a view's body only when it is read: read every view of @p schema.
Result<void> readEveryView(Connection &connection, const Schema &schema)
{
    for (const View &view : schema.views) {
        if (auto read = connection.select(u"SELECT * FROM %1 LIMIT 0"_s.arg(sqliteIdentifier(view.name))); !read)
            return fail(std::move(read.error().addContext(u"reading view "_s + view.name)));
    }
    return {};
}

} // namespace

class TestSqliteRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAndUndoesEveryPairKeepingRows_data();
    void appliesAndUndoesEveryPairKeepingRows();
    void altersWhatAlterTableCanDo();
    void rebuildKeepsTheAutoincrementCounter();
    void dropsANewTableWithItsForeignKeysWithoutARebuild();
    void quotesIdentifiersOnlyWhenNeeded();
};

void TestSqliteRoundTrip::appliesAndUndoesEveryPairKeepingRows_data()
{
    QTest::addColumn<QString>("directory");
    const QDir corpus(QStringLiteral(STRATA_TEST_DATA) + u"/diff-sqlite"_s);
    const QStringList pairs = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(pairs.size() >= 20);
    for (const QString &pair : pairs)
        QTest::newRow(qPrintable(pair)) << corpus.filePath(pair);
}

void TestSqliteRoundTrip::appliesAndUndoesEveryPairKeepingRows()
{
    QFETCH(QString, directory);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString rows = test::readFile(directory + u"/rows.sql"_s);
    auto a = databaseWith(dir, u"a.db"_s, test::readFile(directory + u"/a.sql"_s), rows);
    QVERIFY2(a, test::errorText(a));
    auto b = databaseWith(dir, u"b.db"_s, test::readFile(directory + u"/b.sql"_s), {});
    QVERIFY2(b, test::errorText(b));
    const auto schemaA = readSqliteSchema(**a);
    QVERIFY2(schemaA, test::errorText(schemaA));
    const auto schemaB = readSqliteSchema(**b);
    QVERIFY2(schemaB, test::errorText(schemaB));

    const QMap<QString, QStringList> surviving = survivingColumns(*schemaA, *schemaB);
    const auto rowsBefore = rowsOf(**a, *schemaA, surviving);
    QVERIFY2(rowsBefore, test::errorText(rowsBefore));

    const QList<SchemaChange> upgrade = diffSchemas(*schemaA, *schemaB);
    QVERIFY(!upgrade.isEmpty());
    const ChangeScript up = renderSqlite(upgrade, *schemaA, *schemaB);
    const auto applied = migrate(**a, up);
    QVERIFY2(applied, QByteArray(test::errorText(applied) + "\n" + test::scriptListing(up)).constData());
    const auto upgraded = readSqliteSchema(**a);
    QVERIFY2(upgraded, test::errorText(upgraded));
    QVERIFY2(*upgraded == *schemaB, QByteArray(test::schemaDifferences(*upgraded, *schemaB) + "\n--- upgrade:\n" + test::scriptListing(up)).constData());
    QVERIFY2(diffSchemas(*upgraded, *schemaB).isEmpty(), "changes left after the upgrade");
    const auto viewsAfter = readEveryView(**a, *upgraded);
    QVERIFY2(viewsAfter, test::errorText(viewsAfter));

    // Every row of a table that stays is still there, its surviving values unchanged.
    Schema kept = *schemaA;
    kept.tables.removeIf([&](const Table &table) { return !schemaB->table(table.schema, table.name); });
    const auto rowsAfter = rowsOf(**a, kept, surviving);
    QVERIFY2(rowsAfter, test::errorText(rowsAfter));
    QStringList expectedAfter = *rowsBefore;
    expectedAfter.removeIf([&](const QString &line) { return !schemaB->table(u"main"_s, line.section(u':', 0, 0)); });
    QCOMPARE(*rowsAfter, expectedAfter);

    const ChangeScript down = renderSqlite(downgradeOf(upgrade), *schemaB, *schemaA);
    const auto reverted = migrate(**a, down);
    QVERIFY2(reverted, QByteArray(test::errorText(reverted) + "\n" + test::scriptListing(down)).constData());
    const auto downgraded = readSqliteSchema(**a);
    QVERIFY2(downgraded, test::errorText(downgraded));
    QVERIFY2(*downgraded == *schemaA,
             QByteArray(test::schemaDifferences(*downgraded, *schemaA) + "\n--- downgrade:\n" + test::scriptListing(down)).constData());
    const auto viewsBack = readEveryView(**a, *downgraded);
    QVERIFY2(viewsBack, test::errorText(viewsBack));
    // Tables that stayed have their rows back; a table the upgrade dropped comes back empty.
    const auto rowsBack = rowsOf(**a, *schemaA, surviving);
    QVERIFY2(rowsBack, test::errorText(rowsBack));
    QStringList expectedBack;
    for (const QString &line : std::as_const(*rowsBefore)) {
        const QString table = line.section(u':', 0, 0);
        expectedBack << (schemaB->table(u"main"_s, table) ? line : table + u": 0 rows"_s);
    }
    QCOMPARE(*rowsBack, expectedBack);
}

void TestSqliteRoundTrip::altersWhatAlterTableCanDo()
{
    Table before;
    before.schema = u"main"_s;
    before.name = u"users"_s;
    for (const auto &[name, type] : {std::pair{u"id"_s, u"INTEGER"_s}, std::pair{u"nickname"_s, u"TEXT"_s}}) {
        Column column;
        column.name = name;
        column.type = type;
        before.columns.append(column);
    }
    before.primaryKey = PrimaryKey{{}, {u"id"_s}};
    Table after = before;
    after.columns.removeLast();
    Column email;
    email.name = u"email"_s;
    email.type = u"TEXT"_s;
    email.notNull = true;
    email.defaultExpression = u"''"_s;
    after.columns.append(email);
    Schema source;
    source.tables = {before};
    Schema target;
    target.tables = {after};
    const ChangeScript script = renderSqlite(diffSchemas(source, target), source, target);
    QCOMPARE(script.statements,
             QStringList({u"ALTER TABLE users DROP COLUMN nickname"_s,
                          u"ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT ''"_s}));
    QVERIFY(script.notes.isEmpty());

    // A default that is an expression is beyond ALTER TABLE: the table is rebuilt.
    after.columns.last().defaultExpression = u"datetime('now')"_s; // as the pragma prints it
    Schema rebuilt;
    rebuilt.tables = {after};
    const ChangeScript rebuild = renderSqlite(diffSchemas(source, rebuilt), source, rebuilt);
    QVERIFY(rebuild.statements.first().startsWith(u"CREATE TABLE strata_new_users"_s));
    QVERIFY(rebuild.statements.contains(u"INSERT INTO strata_new_users (id) SELECT id FROM users"_s));
    QVERIFY(rebuild.statements.contains(u"ALTER TABLE strata_new_users RENAME TO users"_s));
    QVERIFY(rebuild.notes.first().contains(u"not a constant"_s));
}

void TestSqliteRoundTrip::dropsANewTableWithItsForeignKeysWithoutARebuild()
{
    // The downgrade of "a table with foreign keys" drops the keys, then the table: on SQLite
    // the DROP TABLE alone, with no rebuild of a table about to go.
    Table parent;
    parent.schema = u"main"_s;
    parent.name = u"users"_s;
    Column id;
    id.name = u"id"_s;
    id.type = u"INTEGER"_s;
    parent.columns = {id};
    parent.primaryKey = PrimaryKey{{}, {u"id"_s}};
    Table child;
    child.schema = u"main"_s;
    child.name = u"wishlists"_s;
    Column user = id;
    user.name = u"user_id"_s;
    child.columns = {id, user};
    child.primaryKey = PrimaryKey{{}, {u"id"_s}};
    ForeignKey key;
    key.columns = {u"user_id"_s};
    key.referencedTable = u"users"_s;
    key.referencedColumns = {u"id"_s};
    child.foreignKeys = {key};
    Schema with;
    with.tables = {parent, child};
    Schema without;
    without.tables = {parent};
    const ChangeScript script = renderSqlite(diffSchemas(with, without), with, without);
    QCOMPARE(script.statements, QStringList{u"DROP TABLE wishlists"_s});
    QVERIFY2(script.notes.isEmpty(), qPrintable(script.notes.join(u'\n')));
}

void TestSqliteRoundTrip::rebuildKeepsTheAutoincrementCounter()
{
    QTemporaryDir dir;
    auto db = databaseWith(dir, u"seq.db"_s,
                           u"CREATE TABLE tickets (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT);"_s,
                           u"INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c'); DELETE FROM tickets WHERE id = 3;"_s);
    QVERIFY2(db, test::errorText(db));
    const auto before = readSqliteSchema(**db);
    QVERIFY(before);
    QCOMPARE(before->tables.first().columns.first().identity, Column::Identity::ByDefault);
    Schema after = *before;
    after.tables.first().columns.last().notNull = true;
    after.tables.first().columns.last().defaultExpression = u"'untitled'"_s;
    const auto migrated = migrate(**db, renderSqlite(diffSchemas(*before, after), *before, after));
    QVERIFY2(migrated, test::errorText(migrated));
    QVERIFY((*db)->exec(u"INSERT INTO tickets (title) VALUES ('d')"_s));
    const auto ids = (*db)->select(u"SELECT max(id) FROM tickets"_s);
    QVERIFY(ids);
    QCOMPARE(ids->first().first().toInt(), 4); // 3 was used once: AUTOINCREMENT never reuses it
}

void TestSqliteRoundTrip::quotesIdentifiersOnlyWhenNeeded()
{
    QCOMPARE(sqliteIdentifier(u"users"_s), u"users"_s);
    QCOMPARE(sqliteIdentifier(u"CamelCase"_s), u"CamelCase"_s);
    QCOMPARE(sqliteIdentifier(u"order"_s), u"\"order\""_s);
    QCOMPARE(sqliteIdentifier(u"display name"_s), u"\"display name\""_s);
    QCOMPARE(sqliteIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
}

QTEST_GUILESS_MAIN(TestSqliteRoundTrip)
#include "tst_sqliteroundtrip.moc"
