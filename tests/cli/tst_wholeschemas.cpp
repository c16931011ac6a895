// SPDX-License-Identifier: MIT
// Generation from empty for whole, realistic schemas (tests/data/schemas: a shop, a blog, a
// multi-tenant SaaS), end to end through the real binary: makemigrations from an empty
// history, migrate onto an empty database, and the result equals the same DDL loaded
// directly. The comparison does not use Strata's introspection: PostgreSQL by pg_dump
// --schema-only, SQLite by its pragmas and stored SQL. Then migrate base leaves nothing.
#include "clifixture.h"

#include "database/connection.h"
#include "database/sqlsplitter.h"
#include "schema/sqlitedefinition.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

namespace {

QString dataFile(const QString &name)
{
    return readFile(QStringLiteral(STRATA_TEST_DATA) + u"/schemas/"_s + name);
}

QString collapsed(QString sql)
{
    return sql.replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

/// pg_dump --schema-only of @p url without Strata's tables, less its comments and settings.
QStringList postgresDump(const QString &url)
{
    QProcess dump;
    dump.start(qEnvironmentVariable("STRATA_TEST_PG_BIN") + u"/pg_dump"_s,
               {u"--schema-only"_s, u"--no-owner"_s, u"--no-privileges"_s, u"--exclude-table=strata_version*"_s, url});
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0)
        return {u"pg_dump failed: "_s + QString::fromUtf8(dump.readAllStandardError())};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(dump.readAllStandardOutput()).split(u'\n')) {
        // \restrict and \unrestrict carry a random key per dump (pg_dump 15.14 and later).
        if (line.isEmpty() || line.startsWith(u"--"_s) || line.startsWith(u"SET "_s) || line.startsWith(u"\\restrict"_s)
            || line.startsWith(u"\\unrestrict"_s)
            || line.startsWith(u"SELECT pg_catalog.set_config"_s))
            continue;
        lines << line;
    }
    return lines;
}

/// A SQLite database's schema as SQLite itself reports it: every table's pragmas (columns,
/// keys, foreign keys, indexes) and options, its CHECKs, and the stored SQL of indexes,
/// views and triggers, white space collapsed. Strata's tables left out.
QStringList sqliteDump(Connection &connection)
{
    QStringList dump;
    const auto objects = connection.select(
        u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'strata%' AND name NOT LIKE 'sqlite%' "
        u"ORDER BY type, name"_s);
    if (!objects)
        return {u"error: "_s + objects.error().message()};
    const auto rows = [&](const QString &pragma) {
        QStringList lines;
        const auto result = connection.select(pragma);
        for (const QVariantList &row : result ? *result : QList<QVariantList>()) {
            QStringList values;
            for (const QVariant &value : row)
                values << (value.isNull() ? u"NULL"_s : value.toString());
            lines << u"  "_s + values.join(u'|');
        }
        return lines;
    };
    for (const QVariantList &object : *objects) {
        const QString type = object.at(0).toString();
        const QString name = object.at(1).toString();
        const QString sql = object.at(2).toString();
        if (type != u"table"_s) {
            // CREATE VIEW is written back with the body as the user wrote it.
            dump << type + u' ' + name + u": "_s
                    + (type == u"view"_s ? collapsed(SqliteDefinition::viewBody(sql)) : collapsed(sql));
            continue;
        }
        const SqliteDefinition::TableDetails details = SqliteDefinition::parseTable(sql);
        dump << u"table %1 %2"_s.arg(name, details.options.join(u", "_s));
        const QString quoted = u'"' + name + u'"';
        dump << rows(u"PRAGMA table_xinfo(%1)"_s.arg(quoted));
        dump << rows(u"PRAGMA foreign_key_list(%1)"_s.arg(quoted));
        // Automatic indexes are numbered in declaration order, which the DDL need not keep:
        // each index is told by its columns, and the list is sorted.
        QStringList indexes;
        for (const QString &index : rows(u"SELECT name, \"unique\", origin, partial FROM pragma_index_list(%1)"_s.arg(
                 quoted))) {
            const QString indexName = index.trimmed().section(u'|', 0, 0);
            const QString header = indexName.startsWith(u"sqlite_autoindex"_s) ? u"  autoindex|"_s + index.section(u'|', 1)
                                                                               : index;
            indexes << header + u'\n' + rows(u"PRAGMA index_xinfo(\"%1\")"_s.arg(indexName)).join(u'\n');
        }
        indexes.sort();
        dump << indexes;
        for (const auto &check : details.checks)
            dump << u"  check %1 %2"_s.arg(check.name, collapsed(check.expression));
        for (const auto &column : details.columns) {
            if (!column.collation.isEmpty() || column.autoincrement)
                dump << u"  column %1 collate %2 autoincrement %3"_s.arg(column.name, column.collation)
                            .arg(column.autoincrement);
        }
    }
    return dump;
}

} // namespace

class TestWholeSchemas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesWholeSchemasFromEmpty_data();
    void generatesWholeSchemasFromEmpty();
};

void TestWholeSchemas::generatesWholeSchemasFromEmpty_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("dialect");
    for (const QString &schema : {u"shop"_s, u"blog"_s, u"saas"_s}) {
        for (const QString &dialect : {u"postgres"_s, u"sqlite"_s})
            QTest::newRow(qPrintable(schema + u'-' + dialect)) << schema << dialect;
    }
}

void TestWholeSchemas::generatesWholeSchemasFromEmpty()
{
    QFETCH(QString, schema);
    QFETCH(QString, dialect);
    const bool pg = dialect == u"postgres"_s;
    const QString ddl = dataFile(schema + u'.' + dialect + u".sql"_s);
    QVERIFY(!ddl.isEmpty());

    CliProject project;
    const QString problem = project.setUp(pg ? u"postgresql"_s : u"sqlite"_s, pg ? ViaUrlOption : ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(writeFile(project.filePath(u"models/schema.sql"_s), ddl));
    const CliRun made = project.run({u"makemigrations"_s, u"-m"_s, u"initial schema"_s});
    EXPECT_EXIT(made, 0);
    QVERIFY2(made.out.contains(u"+ table "_s), qPrintable(made.out));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    EXPECT_EXIT(project.run({u"makemigrations"_s, u"--check"_s}), 0);

    // The same DDL, loaded directly into a database of its own.
    std::unique_ptr<ScratchPostgres> direct;
    QString directUrl = u"sqlite:///direct.db"_s;
    if (pg) {
        auto created = ScratchPostgres::create();
        QVERIFY2(created, errorText(created));
        direct = *std::move(created);
        directUrl = direct->url().toString();
    }
    {
        auto connection = Connection::open(*DatabaseUrl::parse(directUrl), {QDir(project.dir())});
        QVERIFY2(connection, errorText(connection));
        for (const SqlStatement &statement : splitStatements(pg ? Dialect::Postgres : Dialect::Sqlite, ddl)) {
            const auto done = (*connection)->exec(statement.text);
            QVERIFY2(done, qPrintable(statement.text));
        }
    }

    const auto dumpOf = [&](const QString &url) {
        if (pg)
            return postgresDump(url);
        auto connection = Connection::open(*DatabaseUrl::parse(url), {QDir(project.dir())});
        return connection ? sqliteDump(**connection) : QStringList{u"cannot open "_s + url};
    };
    const QString migratedUrl = pg ? project.postgresUrl() : u"sqlite:///dev.db"_s;
    const QStringList expected = dumpOf(directUrl);
    QVERIFY2(expected.size() > 20, qPrintable(expected.join(u'\n')));
    QCOMPARE(dumpOf(migratedUrl), expected);

    EXPECT_EXIT(project.run({u"migrate"_s, u"base"_s}), 0);
    const QStringList left = dumpOf(migratedUrl);
    QVERIFY2(!left.join(u'\n').contains(u"CREATE"_s) && !left.join(u'\n').contains(u"table "_s),
             qPrintable(left.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWholeSchemas)
#include "tst_wholeschemas.moc"
