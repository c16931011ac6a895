// SPDX-License-Identifier: MIT
// Splitting a migration section into statements the way each server reads them: PostgreSQL
// with libpg_query (dollar quotes, DO blocks, BEGIN ATOMIC), SQLite with sqlite3_complete()
// (triggers with BEGIN ... END), each statement with the file line it starts on.

#include "database/sqlsplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

Q_DECLARE_METATYPE(strata::Dialect)

namespace {

/// A statement's text without the surrounding white space and terminating ';', so that the
/// tests do not depend on whether the splitter keeps the semicolon.
QString normalised(const QString &text)
{
    QString result = text.trimmed();
    while (result.endsWith(u';'))
        result = result.chopped(1).trimmed();
    return result;
}

} // namespace

class TestSqlSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsScript_data();
    void splitsScript();
    void statementsRejoinToTheScript_data();
    void statementsRejoinToTheScript();
};

void TestSqlSplitter::splitsScript_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QList<int>>("lines");

    const QString twoTables = u"CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"_s;
    const QStringList twoTableStatements = { u"CREATE TABLE a (id int)"_s, u"CREATE TABLE b (id int)"_s };

    for (const Dialect dialect : { Dialect::Postgres, Dialect::Sqlite }) {
        const QByteArray d = dialect == Dialect::Postgres ? "postgres: " : "sqlite: ";
        auto row = [&d, dialect](const char *tag) -> QTestData & {
            return QTest::newRow(QByteArray(d + tag).constData()) << dialect;
        };

        row("simple statements") << twoTables << 1 << twoTableStatements << QList<int> { 1, 2 };
        row("firstLine offset") << twoTables << 8 << twoTableStatements << QList<int> { 8, 9 };
        row("lines skip comments and blank lines")
            << u"\n-- create a\nCREATE TABLE a (id int);\n\n/* then b */\nCREATE TABLE b (id int);\n"_s << 10
            << twoTableStatements << QList<int> { 12, 15 };
        row("multi-line statement") << u"CREATE TABLE a (\n    id int\n);\n\nINSERT INTO a VALUES (1);\n"_s
                                    << 1
                                    << QStringList { u"CREATE TABLE a (\n    id int\n)"_s,
                                           u"INSERT INTO a VALUES (1)"_s }
                                    << QList<int> { 1, 5 };
        row("two statements on one line")
            << u"SELECT 1; SELECT 2;"_s << 3 << QStringList { u"SELECT 1"_s, u"SELECT 2"_s }
            << QList<int> { 3, 3 };
        row("empty script") << QString() << 1 << QStringList() << QList<int>();
        row("white space only") << u"  \n\t\n"_s << 1 << QStringList() << QList<int>();
        row("comments only") << u"-- nothing to do\n/* really\n nothing; */\n-- ;\n"_s << 1 << QStringList()
                             << QList<int>();
        row("comment after the last statement") << u"SELECT 1;\n-- done; nothing else\n"_s << 1
                                                << QStringList { u"SELECT 1"_s } << QList<int> { 1 };
        row("semicolon in a string") << u"INSERT INTO t VALUES ('a;b');\nSELECT 'x;\ny';\n"_s << 1
                                     << QStringList { u"INSERT INTO t VALUES ('a;b')"_s, u"SELECT 'x;\ny'"_s }
                                     << QList<int> { 1, 2 };
        row("doubled quote in a string")
            << u"SELECT 'it''s; fine';\nSELECT 2;"_s << 1
            << QStringList { u"SELECT 'it''s; fine'"_s, u"SELECT 2"_s } << QList<int> { 1, 2 };
        row("semicolon in a quoted identifier")
            << u"CREATE TABLE \"a;b\" (id int);\nSELECT 1;"_s << 1
            << QStringList { u"CREATE TABLE \"a;b\" (id int)"_s, u"SELECT 1"_s } << QList<int> { 1, 2 };
        row("semicolons in comments")
            << u"-- a; b\nSELECT 1; /* c; d */\nSELECT 2 -- e; f\n;"_s << 1
            << QStringList { u"SELECT 1"_s, u"SELECT 2 -- e; f"_s } << QList<int> { 2, 3 };
        row("last statement without semicolon")
            << u"SELECT 1;\nSELECT 2"_s << 1 << QStringList { u"SELECT 1"_s, u"SELECT 2"_s }
            << QList<int> { 1, 2 };
        row("single statement without semicolon")
            << u"\n\nSELECT 1\n"_s << 5 << QStringList { u"SELECT 1"_s } << QList<int> { 7 };
        row("CRLF line endings") << u"SELECT 1;\r\nSELECT 2;\r\n\r\nSELECT 3;\r\n"_s << 1
                                 << QStringList { u"SELECT 1"_s, u"SELECT 2"_s, u"SELECT 3"_s }
                                 << QList<int> { 1, 2, 4 };
        row("non-ASCII text before") << u"-- café ☕\nINSERT INTO t VALUES ('ü; ö');\nSELECT 2;"_s << 1
                                     << QStringList { u"INSERT INTO t VALUES ('ü; ö')"_s, u"SELECT 2"_s }
                                     << QList<int> { 2, 3 };
    }

    const Dialect pg = Dialect::Postgres;
    const Dialect sqlite = Dialect::Sqlite;

    const QString function = u"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                             "BEGIN\n"
                             "    NEW.updated_at := now();\n"
                             "    RETURN NEW;\n"
                             "END;\n"
                             "$$"_s;
    const QString trigger = u"CREATE TRIGGER users_touch BEFORE UPDATE ON users\n"
                            "    FOR EACH ROW EXECUTE FUNCTION touch()"_s;
    QTest::newRow("postgres: dollar-quoted function body")
        << pg << function + u";\n"_s + trigger + u";\n"_s << 1 << QStringList { function, trigger }
        << QList<int> { 1, 7 };

    const QString tagged
        = u"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$"_s;
    QTest::newRow("postgres: tagged dollar quote containing $$")
        << pg << tagged + u";\nSELECT f();"_s << 1 << QStringList { tagged, u"SELECT f()"_s }
        << QList<int> { 1, 2 };

    const QString doBlock = u"DO $$\n"
                            "BEGIN\n"
                            "    PERFORM 1;\n"
                            "    RAISE NOTICE 'x;y';\n"
                            "END\n"
                            "$$"_s;
    QTest::newRow("postgres: DO block")
        << pg << u"SELECT 0;\n"_s + doBlock + u";\nSELECT 1;\n"_s << 1
        << QStringList { u"SELECT 0"_s, doBlock, u"SELECT 1"_s } << QList<int> { 1, 2, 8 };

    const QString atomic = u"CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\n"
                           "BEGIN ATOMIC\n"
                           "    SELECT a + b;\n"
                           "END"_s;
    QTest::newRow("postgres: BEGIN ATOMIC function")
        << pg << atomic + u";\nSELECT add(1, 2);\n"_s << 1 << QStringList { atomic, u"SELECT add(1, 2)"_s }
        << QList<int> { 1, 5 };
    const QString atomicTwo = u"CREATE PROCEDURE p()\n"
                              "LANGUAGE sql\n"
                              "BEGIN ATOMIC\n"
                              "    INSERT INTO t VALUES (1);\n"
                              "    INSERT INTO t VALUES (2);\n"
                              "END"_s;
    QTest::newRow("postgres: BEGIN ATOMIC with several statements")
        << pg << atomicTwo + u";\n"_s << 4 << QStringList { atomicTwo } << QList<int> { 4 };

    // A syntax error elsewhere must not make the split cut the body at its semicolons.
    QTest::newRow("postgres: syntax error before a BEGIN ATOMIC body")
        << pg << u"CREAT TABLE b (id int);\n"_s + atomicTwo + u";\nSELECT 1;\n"_s << 1
        << QStringList { u"CREAT TABLE b (id int)"_s, atomicTwo, u"SELECT 1"_s } << QList<int> { 1, 2, 8 };
    QTest::newRow("postgres: syntax error after a BEGIN ATOMIC body")
        << pg << atomicTwo + u";\nSELEC 1;\nSELECT 2;\n"_s << 1
        << QStringList { atomicTwo, u"SELEC 1"_s, u"SELECT 2"_s } << QList<int> { 1, 7, 8 };
    QTest::newRow("postgres: E-string with escaped quote")
        << pg << u"SELECT E'it\\'s; fine';\nSELECT 2;"_s << 1
        << QStringList { u"SELECT E'it\\'s; fine'"_s, u"SELECT 2"_s } << QList<int> { 1, 2 };
    QTest::newRow("postgres: nested block comment")
        << pg << u"/* outer /* inner; */ still comment; */\nSELECT 1;\n"_s << 1
        << QStringList { u"SELECT 1"_s } << QList<int> { 2 };
    // A syntax error must not stop the split: each statement still goes to the server on its
    // own, so that the server reports the error on the right one.
    QTest::newRow("postgres: syntax error still splits")
        << pg << u"CREATE TABLE a (id int);\nCREAT TABLE b (id int);\nCREATE TABLE c (id int);\n"_s << 1
        << QStringList { u"CREATE TABLE a (id int)"_s, u"CREAT TABLE b (id int)"_s,
               u"CREATE TABLE c (id int)"_s }
        << QList<int> { 1, 2, 3 };
    QTest::newRow("postgres: syntax error next to a dollar quote")
        << pg << u"CREAT TABLE b (id int);\n"_s + function + u";\n"_s << 1
        << QStringList { u"CREAT TABLE b (id int)"_s, function } << QList<int> { 1, 2 };
    // A misspelled statement made only of identifiers and constants: the fallback must still
    // hand it to the server, which then fails the migration, rather than drop it and run the rest.
    QTest::newRow("postgres: misspelled statement without keywords is not dropped")
        << pg << u"SELECT 1;\nVACUM users;\nSELECT 2;\n"_s << 1
        << QStringList { u"SELECT 1"_s, u"VACUM users"_s, u"SELECT 2"_s } << QList<int> { 1, 2, 3 };
    QTest::newRow("postgres: misspelled first statement is not dropped")
        << pg << u"SELEC 1;\nCREATE TABLE t (id int);\n"_s << 1
        << QStringList { u"SELEC 1"_s, u"CREATE TABLE t (id int)"_s } << QList<int> { 1, 2 };
    // PostgreSQL nests block comments, so this one never ends: the script is a syntax error.
    // It must reach the server (which reports it), not vanish as if it were all comment.
    QTest::newRow("postgres: unterminated nested comment is not dropped")
        << pg << u"/* see models/*.sql */\nCREATE TABLE t (id int);\n"_s << 1
        << QStringList { u"/* see models/*.sql */\nCREATE TABLE t (id int)"_s } << QList<int> { 1 };

    const QString sqliteTrigger = u"CREATE TRIGGER users_touch AFTER UPDATE ON users\n"
                                  "BEGIN\n"
                                  "    UPDATE users SET updated = 'x;y' WHERE id = NEW.id;\n"
                                  "    INSERT INTO log VALUES (NEW.id);\n"
                                  "END"_s;
    QTest::newRow("sqlite: trigger with BEGIN ... END")
        << sqlite
        << u"CREATE TABLE users (id INTEGER, updated TEXT);\n"_s + sqliteTrigger + u";\nSELECT 1;\n"_s << 1
        << QStringList { u"CREATE TABLE users (id INTEGER, updated TEXT)"_s, sqliteTrigger, u"SELECT 1"_s }
        << QList<int> { 1, 2, 7 };
    const QString temporaryTrigger = u"CREATE TEMP TRIGGER IF NOT EXISTS t1 BEFORE INSERT ON t\n"
                                     "FOR EACH ROW WHEN NEW.a IS NULL\n"
                                     "BEGIN SELECT RAISE(ABORT, 'a; is required'); END"_s;
    QTest::newRow("sqlite: temporary trigger with WHEN")
        << sqlite << temporaryTrigger + u";"_s << 20 << QStringList { temporaryTrigger } << QList<int> { 20 };
    QTest::newRow("sqlite: string with a semicolon and a newline")
        << sqlite << u"INSERT INTO t VALUES ('line 1;\nline 2');\nSELECT 2;"_s << 1
        << QStringList { u"INSERT INTO t VALUES ('line 1;\nline 2')"_s, u"SELECT 2"_s }
        << QList<int> { 1, 3 };
    // SQLite block comments do not nest: the comment ends at the first "*/".
    QTest::newRow("sqlite: comment containing /* before a statement")
        << sqlite << u"/* built from models/*.sql */\nCREATE TABLE t (id INTEGER);\n"_s << 1
        << QStringList { u"CREATE TABLE t (id INTEGER)"_s } << QList<int> { 2 };
    QTest::newRow("sqlite: comment containing /* between statements")
        << sqlite << u"CREATE TABLE a (x);\n/* was: /* a (y) */\nCREATE TABLE b (x);\n"_s << 1
        << QStringList { u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (x)"_s } << QList<int> { 1, 3 };
}

void TestSqlSplitter::splitsScript()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(int, firstLine);
    QFETCH(QStringList, statements);
    QFETCH(QList<int>, lines);

    const QList<SqlStatement> split = splitStatements(dialect, script, firstLine);
    QStringList texts;
    QList<int> starts;
    for (const SqlStatement &statement : split) {
        texts << normalised(statement.text).replace(u"\r\n"_s, u"\n"_s);
        starts << statement.line;
    }
    QCOMPARE(texts, statements);
    QCOMPARE(starts, lines);
}

void TestSqlSplitter::statementsRejoinToTheScript_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");

    const QString mixed = u"-- header comment\n"
                          "CREATE TABLE a (id int, note text DEFAULT 'x;y');\n"
                          "\n"
                          "INSERT INTO a VALUES (1, 'it''s'); INSERT INTO a VALUES (2, '--');\n"
                          "/* block; comment */ UPDATE a SET note = 'z' WHERE id = 1;\n"
                          "DELETE FROM a WHERE id = 2\n"_s;
    QTest::newRow("postgres") << Dialect::Postgres << mixed;
    QTest::newRow("sqlite") << Dialect::Sqlite << mixed;
}

void TestSqlSplitter::statementsRejoinToTheScript()
{
    // Each statement is a piece of the script, in order, and no SQL is lost between them.
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);

    const QList<SqlStatement> split = splitStatements(dialect, script, 1);
    QCOMPARE(split.size(), 5);
    qsizetype from = 0;
    for (const SqlStatement &statement : split) {
        const QString text = normalised(statement.text);
        const qsizetype at = script.indexOf(text, from);
        QVERIFY2(at >= 0, qPrintable(text));
        QCOMPARE(statement.line, int(script.left(at).count(u'\n')) + 1);
        from = at + text.size();
    }
}

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
