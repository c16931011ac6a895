// SPDX-License-Identifier: MIT
// `strata lint` and the review before migrate, end to end through the real binary.
#include "clifixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::test;

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lintsPendingNamedAndAllRevisions();
    void explainsRules();
    void readsItsSettingsFromStrataToml();
    void productionRunsStopOnReviewErrors_data();
    void productionRunsStopOnReviewErrors();
    void narrowingIsJudgedAgainstTheHistory();
};

void TestLint::lintsPendingNamedAndAllRevisions()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const MadeRevision clean = project.make(u"users"_s, u"CREATE TABLE users (id INTEGER PRIMARY KEY, legacy TEXT);"_s,
                                            u"DROP TABLE users;"_s);
    QVERIFY2(clean.problem.isEmpty(), qPrintable(clean.problem));
    const CliRun nothing = project.run({u"lint"_s});
    EXPECT_EXIT(nothing, 0);
    QVERIFY2(nothing.out.contains(u"No findings in 1 revision(s)."_s), qPrintable(nothing.out));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);

    const MadeRevision risky = project.make(u"drop legacy"_s,
                                            u"ALTER TABLE users DROP COLUMN legacy;\n"
                                            u"-- strata:ignore rename-table\n"
                                            u"ALTER TABLE users ADD COLUMN status TEXT NOT NULL;"_s,
                                            u"ALTER TABLE users DROP COLUMN status;"_s);
    QVERIFY2(risky.problem.isEmpty(), qPrintable(risky.problem));
    // The pending revision only: the applied one is not reviewed again.
    const CliRun pending = project.run({u"lint"_s});
    EXPECT_EXIT(pending, 1);
    QVERIFY2(pending.out.contains(u": error drop-column: drops column users.legacy ("_s + risky.id), qPrintable(pending.out));
    QVERIFY2(pending.out.contains(u"error add-not-null-column-without-default"_s), qPrintable(pending.out));
    QVERIFY2(pending.out.contains(u"warning unused-ignore: rename-table does not fire"_s), qPrintable(pending.out));
    QVERIFY2(pending.out.contains(u"2 error(s), 1 warning(s), 0 info in 1 revision(s)"_s), qPrintable(pending.out));
    const int line = lineOf(risky.path, u"ALTER TABLE users DROP COLUMN legacy;"_s);
    QVERIFY2(pending.out.contains(u"%1:%2: error drop-column"_s.arg(QFileInfo(risky.path).fileName()).arg(line)),
             qPrintable(pending.out));

    // Named revisions and --all need no database.
    EXPECT_EXIT(project.runBare({u"lint"_s, clean.id}), 0);
    const CliRun all = project.runBare({u"--json"_s, u"lint"_s, u"--all"_s});
    EXPECT_EXIT(all, 1);
    const QJsonObject json = QJsonDocument::fromJson(all.out.toUtf8()).object();
    QCOMPARE(json[u"revisions"_s].toInt(), 2);
    QCOMPARE(json[u"errors"_s].toInt(), 2);
    const QJsonObject first = json[u"findings"_s].toArray().first().toObject();
    QCOMPARE(first[u"rule"_s].toString(), u"drop-column"_s);
    QCOMPARE(first[u"revision"_s].toString(), risky.id);
    QCOMPARE(first[u"line"_s].toInt(), line);
    QVERIFY(!first[u"why"_s].toString().isEmpty());
    EXPECT_EXIT(project.runBare({u"lint"_s, u"nosuchrevision"_s}), 2);
}

void TestLint::explainsRules()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const CliRun explained = project.runBare({u"lint"_s, u"--explain"_s, u"add-constraint-without-not-valid"_s});
    EXPECT_EXIT(explained, 0);
    QVERIFY2(explained.out.contains(u"NOT VALID"_s) && explained.out.contains(u"VALIDATE CONSTRAINT"_s),
             qPrintable(explained.out));
    const CliRun unknown = project.runBare({u"lint"_s, u"--explain"_s, u"drop-everything"_s});
    EXPECT_EXIT(unknown, 2);
    QVERIFY2(unknown.err.contains(u"no rule called 'drop-everything'"_s), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(u"drop-table"_s), qPrintable(unknown.err));
}

void TestLint::readsItsSettingsFromStrataToml()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const MadeRevision made = project.make(u"drops"_s, u"DROP TABLE a;\nALTER TABLE b DROP COLUMN c;"_s, u"SELECT 1;"_s);
    QVERIFY(made.problem.isEmpty());
    const QString config = readFile(project.filePath(u"strata.toml"_s));
    QVERIFY(writeFile(project.filePath(u"strata.toml"_s),
                      config + u"\n[lint]\ndisable = [\"drop-table\"]\n\n[lint.severity]\ndrop-column = \"warning\"\n"_s));
    const CliRun relaxed = project.runBare({u"lint"_s, u"--all"_s});
    EXPECT_EXIT(relaxed, 0); // warnings only
    QVERIFY2(relaxed.out.contains(u"warning drop-column"_s) && !relaxed.out.contains(u"drop-table"_s),
             qPrintable(relaxed.out));

    QVERIFY(writeFile(project.filePath(u"strata.toml"_s), config + u"\n[lint]\ndisable = [\"drop-tables\"]\n"_s));
    const CliRun wrong = project.runBare({u"lint"_s, u"--all"_s});
    EXPECT_EXIT(wrong, 2);
    QVERIFY2(wrong.err.contains(u"[lint].disable names no rule called 'drop-tables'"_s), qPrintable(wrong.err));
}

void TestLint::productionRunsStopOnReviewErrors_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestLint::productionRunsStopOnReviewErrors()
{
    QFETCH(QString, dialect);
    CliProject project;
    const QString problem = project.setUp(dialect, dialect == u"sqlite"_s ? ViaProjectDefault : ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString url = dialect == u"sqlite"_s ? u"sqlite:///prod.db"_s : project.postgresUrl();
    QVERIFY(project.addConnection(u"prod"_s, url, true));
    QVERIFY(project.make(u"table"_s, u"CREATE TABLE t (id bigint PRIMARY KEY, note text);"_s, u"DROP TABLE t;"_s)
                .problem.isEmpty());
    const MadeRevision made = project.make(u"risky"_s, u"ALTER TABLE t DROP COLUMN note;"_s,
                                           u"ALTER TABLE t ADD COLUMN note text;"_s);
    QVERIFY(made.problem.isEmpty());
    // Both revisions are pending; the second drops a column: nothing at all is run.
    const CliRun refused = project.runBare({u"-c"_s, u"prod"_s, u"migrate"_s});
    EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.out.contains(u"error drop-column"_s), qPrintable(refused.out));
    QVERIFY2(refused.err.contains(u"production connection; nothing was run"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--allow-lint-errors"_s), qPrintable(refused.err));
    const CliRun current = project.runBare({u"-c"_s, u"prod"_s, u"current"_s});
    EXPECT_EXIT(current, 0);
    QVERIFY2(!current.out.contains(made.id), qPrintable(current.out));

    const CliRun allowed = project.runBare({u"-c"_s, u"prod"_s, u"migrate"_s, u"--allow-lint-errors"_s});
    EXPECT_EXIT(allowed, 0);
    QVERIFY2(allowed.out.contains(u"Review (1 error(s)"_s), qPrintable(allowed.out));

    // A downgrade that drops is reviewed the same way: rolling production back is deliberate.
    const CliRun rollback = project.runBare({u"-c"_s, u"prod"_s, u"rollback"_s, u"-s"_s, u"2"_s});
    EXPECT_EXIT(rollback, 1);
    QVERIFY2(rollback.out.contains(u"error drop-table"_s), qPrintable(rollback.out));
    EXPECT_EXIT(project.runBare({u"-c"_s, u"prod"_s, u"rollback"_s, u"-s"_s, u"2"_s, u"--allow-lint-errors"_s}), 0);
}

void TestLint::narrowingIsJudgedAgainstTheHistory()
{
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(project.addConnection(u"prod"_s, project.postgresUrl(), true));
    const auto codeBecomes = [](const QString &type) -> QString {
        return u"ALTER TABLE products ALTER COLUMN code TYPE %1;"_s.arg(type);
    };
    QVERIFY(project.make(u"products"_s, u"CREATE TABLE products (id bigint PRIMARY KEY, code varchar(40));"_s,
                         u"DROP TABLE products;"_s)
                .problem.isEmpty());
    const MadeRevision widen = project.make(u"widen"_s, codeBecomes(u"varchar(80)"_s), codeBecomes(u"varchar(40)"_s));
    QVERIFY(widen.problem.isEmpty());
    const MadeRevision narrow = project.make(u"narrow"_s, codeBecomes(u"varchar(20)"_s), codeBecomes(u"varchar(80)"_s));
    QVERIFY(narrow.problem.isEmpty());

    // The widening changes the catalog only; the narrowing is judged against the 80 the
    // revision before it left, not the 40 the table was created with.
    const CliRun all = project.runBare({u"-c"_s, u"prod"_s, u"--json"_s, u"lint"_s, u"--all"_s});
    EXPECT_EXIT(all, 1);
    QStringList found;
    for (const QJsonValue &finding : QJsonDocument::fromJson(all.out.toUtf8()).object()[u"findings"_s].toArray())
        found << finding[u"revision"_s].toString() + u' ' + finding[u"rule"_s].toString() + u' '
                + finding[u"detail"_s].toString();
    QCOMPARE(found, QStringList({narrow.id + u" narrow-column-type products.code becomes varchar(20) (was varchar(80)): "
                                            u"longer values are refused or cut"_s,
                                 narrow.id + u" alter-column-type products.code becomes varchar(20) (was varchar(80))"_s}));

    // Rolling the widening back narrows: production refuses it like any other review error.
    EXPECT_EXIT(project.runBare({u"-c"_s, u"prod"_s, u"migrate"_s, widen.id}), 0);
    const CliRun rollback = project.runBare({u"-c"_s, u"prod"_s, u"rollback"_s});
    EXPECT_EXIT(rollback, 1);
    QVERIFY2(rollback.out.contains(u"error narrow-column-type"_s), qPrintable(rollback.out));
    QVERIFY2(rollback.out.contains(u"becomes varchar(40) (was varchar(80))"_s), qPrintable(rollback.out));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
