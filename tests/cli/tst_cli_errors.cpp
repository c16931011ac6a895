// SPDX-License-Identifier: MIT
// Errors and exit codes of the `strata` command line, and what it must never print.
#include "clifixture.h"
#include "tst_cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata::test;

void TestCli::badRevisionArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    // {r1} is replaced by the first revision's id. The two revisions share the prefix "a1b2".
    QTest::newRow("invalid characters") << QStringList{u"migrate"_s, u"x!y"_s} << u"x!y"_s;
    QTest::newRow("unknown prefix") << QStringList{u"migrate"_s, u"cafe"_s} << u"cafe"_s;
    QTest::newRow("unknown full id") << QStringList{u"migrate"_s, u"cafecafecafe"_s} << u"cafecafecafe"_s;
    QTest::newRow("prefix too short") << QStringList{u"migrate"_s, u"a1"_s} << u"a1"_s;
    QTest::newRow("ambiguous prefix") << QStringList{u"migrate"_s, u"a1b2"_s} << u"a1b2"_s;
    QTest::newRow("too far up") << QStringList{u"migrate"_s, u"+5"_s} << u"5"_s;
    QTest::newRow("rollback --to unknown") << QStringList{u"rollback"_s, u"--to"_s, u"cafe"_s} << u"cafe"_s;
    QTest::newRow("rollback -s 0") << QStringList{u"rollback"_s, u"-s"_s, u"0"_s} << u"steps"_s;
    QTest::newRow("stamp relative") << QStringList{u"stamp"_s, u"+1"_s} << u"relative"_s;
    QTest::newRow("stamp unknown") << QStringList{u"stamp"_s, u"cafe"_s} << u"cafe"_s;
    QTest::newRow("sqlmigrate unknown") << QStringList{u"sqlmigrate"_s, u"cafe"_s} << u"cafe"_s;
    QTest::newRow("sqlmigrate base") << QStringList{u"sqlmigrate"_s, u"base"_s} << u"base"_s;
    QTest::newRow("merge unknown") << QStringList{u"merge"_s, u"-m"_s, u"m"_s, u"cafe"_s, u"{r1}"_s} << u"cafe"_s;
    QTest::newRow("migrate --sql unknown from") << QStringList{u"migrate"_s, u"--sql"_s, u"cafe:head"_s} << u"cafe"_s;
    QTest::newRow("--sql with --plan") << QStringList{u"migrate"_s, u"--sql"_s, u"--plan"_s} << u"--plan"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("-d with -c") << QStringList{u"-d"_s, u"sqlite:///x.db"_s, u"-c"_s, u"x"_s, u"current"_s}
                                << u"--connection"_s;
    QTest::newRow("unknown connection") << QStringList{u"-c"_s, u"nope"_s, u"current"_s} << u"nope"_s;
}

void TestCli::badRevisionArgumentsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    TempProject project;
    QVERIFY(project.isValid());
    const QString r1 = u"a1b2c3d4e5f6"_s;
    const QString r2 = u"a1b2ffffffff"_s;
    project.writeRevision(r1, {}, Sql::CreateUsers, Sql::DropUsers);
    project.writeRevision(r2, {r1}, Sql::AddEmail, Sql::DropEmail);
    for (QString &argument : arguments)
        argument.replace(u"{r1}"_s, r1);

    const CliRun run = runStrata(project.path(), arguments);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.err.startsWith(u"strata: error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.section(u'\n', 0, 0).contains(says), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"\nhint: "_s), qPrintable(run.err));
    QCOMPARE(QDir(project.migrationsDir()).entryList(QDir::Files).size(), 2);
    if (QFileInfo::exists(project.filePath(u"dev.db"_s))) {
        // Nothing may have been applied.
        const CliRun current = runStrata(project.path(), {u"current"_s});
        EXPECT_EXIT(current, 0);
        QVERIFY2(parseCurrent(current.out).isEmpty(), qPrintable(current.out));
    }
}

void TestCli::usageErrorsPrintNoStepOutcomeOnStdout()
{
    // A refused target runs no step, so stdout has no step to report "FAILED" for.
    TempProject project;
    QVERIFY(project.isValid());
    const QString base = u"a1b2c3d4e5f6"_s;
    project.writeRevision(base, {}, Sql::CreateUsers, Sql::DropUsers);
    project.writeRevision(u"b1b1b1b1b1b1"_s, {base}, Sql::AddEmail, Sql::DropEmail);
    project.writeRevision(u"c1c1c1c1c1c1"_s, {base}, u"SELECT 1;"_s, u"SELECT 1;"_s);

    for (const QStringList &arguments : {QStringList{u"migrate"_s, UnknownPrefix}, QStringList{u"migrate"_s},
                                          QStringList{u"rollback"_s}}) {
        const CliRun run = runStrata(project.path(), arguments);
        EXPECT_EXIT(run, 2);
        QVERIFY2(!run.out.contains(u"FAILED"_s),
                 qPrintable(explain(u"'strata %1' ran no step but printed FAILED"_s.arg(arguments.join(u' ')), run)));
    }
}

void TestCli::failingMigrationExitsThreeAndLeavesTheDatabaseAsBefore_data()
{
    addDatabaseRows();
}

void TestCli::failingMigrationExitsThreeAndLeavesTheDatabaseAsBefore()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    const QString failing = u"INSERT INTO no_such_table VALUES (2);"_s;
    MAKE_REVISION(r2, project, u"create audit"_s,
                  u"CREATE TABLE audit (id integer);\nINSERT INTO audit VALUES (1);\n"_s + failing,
                  u"DROP TABLE audit;"_s);
    const int line = lineOf(r2.path, u"no_such_table"_s);
    QVERIFY(line > 0);

    const CliRun run = project.run({u"migrate"_s});
    EXPECT_EXIT(run, 3);
    QVERIFY2(QRegularExpression(u"Applying %1 .*done \\(\\d+ ms\\)"_s.arg(r1.id)).match(run.out).hasMatch(),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Applying %1  create audit ... FAILED"_s.arg(r2.id)), qPrintable(run.out));
    const QStringList errLines = run.err.split(u'\n');
    QVERIFY2(errLines.first().startsWith(u"strata: error: "_s), qPrintable(run.err));
    const QString location = QFileInfo(r2.path).fileName() + u':' + QString::number(line);
    QVERIFY2(errLines.first().contains(r2.id) && errLines.first().contains(location),
             qPrintable(explain(u"the error line should name %1 and %2"_s.arg(r2.id, location), run)));
    QVERIFY2(run.err.contains(u"no_such_table"_s), qPrintable(run.err));
    QVERIFY2(std::any_of(errLines.begin(), errLines.end(), [](const QString &l) { return l.startsWith(u"hint: "_s); }),
             qPrintable(run.err));

    // The first revision stays applied; the failed one left nothing behind.
    VERIFY_CURRENT(project, r1.id);
    VERIFY_TABLE(project, u"users"_s, true);
    VERIFY_TABLE(project, u"audit"_s, false);
    const CliRun check = project.run({u"check"_s});
    EXPECT_EXIT(check, 1);
    QVERIFY2(check.out.contains(r2.id), qPrintable(check.out));

    // --json carries the location as fields.
    const CliRun json = project.run({u"--json"_s, u"migrate"_s});
    EXPECT_EXIT(json, 3);
    QString jsonProblem;
    const QJsonObject error = parseJson(json.out, &jsonProblem).value(u"error"_s).toObject();
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(error.value(u"exit_code"_s).toInt(), 3);
    QCOMPARE(QFileInfo(error.value(u"file"_s).toString()).fileName(), QFileInfo(r2.path).fileName());
    QCOMPARE(error.value(u"line"_s).toInt(), line);

    // Fixed, it applies.
    QString text = readFile(r2.path);
    text.replace(failing, u"INSERT INTO audit VALUES (2);"_s);
    QVERIFY(writeFile(r2.path, text));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    VERIFY_CURRENT(project, r2.id);
    VERIFY_TABLE(project, u"audit"_s, true);
}

void TestCli::editedAppliedRevisionBlocksMigrateUntilAllowed_data()
{
    addDatabaseRows();
}

void TestCli::editedAppliedRevisionBlocksMigrateUntilAllowed()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);

    // Line endings and trailing white space are not edits (DESIGN §3's checksum).
    QString text = readFile(r1.path);
    QVERIFY(writeFile(r1.path, QString(text).replace(Sql::CreateUsers, Sql::CreateUsers + u"   "_s).replace(u'\n', u"\r\n"_s)));
    EXPECT_EXIT(project.run({u"check"_s}), 1);

    // A real edit of the applied upgrade section.
    QVERIFY(writeFile(r1.path, text.replace(Sql::CreateUsers, Sql::CreateUsers + u"\nCREATE TABLE extra (id integer);"_s)));
    CliRun check = project.run({u"check"_s});
    EXPECT_EXIT(check, 4);
    QVERIFY2(check.out.contains(u"EDITED"_s) && check.out.contains(r1.id), qPrintable(check.out));
    QVERIFY2(check.out.contains(QFileInfo(r1.path).fileName()), qPrintable(check.out));

    check = project.run({u"--json"_s, u"check"_s});
    EXPECT_EXIT(check, 4);
    QString jsonProblem;
    const QJsonObject object = parseJson(check.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(strings(object.value(u"edited"_s)), QStringList{r1.id});
    QCOMPARE(object.value(u"exit_code"_s).toInt(), 4);

    const CliRun show = project.run({u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    QVERIFY2(parseShowMigrations(show.out).first().rest.contains(u"EDITED"_s), qPrintable(show.out));

    const CliRun migrate = project.run({u"migrate"_s});
    EXPECT_EXIT(migrate, 4);
    QVERIFY2(migrate.err.startsWith(u"strata: error: "_s) && migrate.err.contains(r1.id), qPrintable(migrate.err));
    QVERIFY2(migrate.err.contains(u"\nhint: "_s) && migrate.err.contains(u"--allow-edited"_s),
             qPrintable(migrate.err));
    VERIFY_CURRENT(project, r1.id);
    const auto before = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(before.has_value() && !*before, qPrintable(project.lastError()));

    const CliRun allowed = project.run({u"migrate"_s, u"--allow-edited"_s});
    EXPECT_EXIT(allowed, 0);
    QVERIFY2(allowed.out.contains(u"Applying "_s + r2.id), qPrintable(allowed.out));
    VERIFY_CURRENT(project, r2.id);
    VERIFY_TABLE(project, u"extra"_s, false); // the edited revision was not re-run
    const auto after = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(after.has_value() && *after, qPrintable(project.lastError()));
}

void TestCli::appliedRevisionWithoutFileIsReportedAndOnlyStampRuns_data()
{
    addDatabaseRows();
}

void TestCli::appliedRevisionWithoutFileIsReportedAndOnlyStampRuns()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    QVERIFY(QFile::remove(r2.path)); // e.g. a git checkout of an older branch

    CliRun run = project.run({u"check"_s});
    EXPECT_EXIT(run, 4);
    QVERIFY2(run.out.contains(u"MISSING  "_s + r2.id), qPrintable(run.out));
    run = project.run({u"--json"_s, u"check"_s});
    EXPECT_EXIT(run, 4);
    QString jsonProblem;
    const QJsonObject object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(strings(object.value(u"missing_files"_s)), QStringList{r2.id});
    QCOMPARE(object.value(u"exit_code"_s).toInt(), 4);

    run = project.run({u"showmigrations"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"[?] "_s + r2.id), qPrintable(run.out));
    run = project.run({u"current"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.startsWith(r2.id + u"  (no revision file"_s), qPrintable(run.out));

    for (const QStringList &arguments : {QStringList{u"migrate"_s}, QStringList{u"migrate"_s, u"base"_s},
                                          QStringList{u"migrate"_s, u"--fake"_s, u"base"_s}}) {
        run = project.run(arguments);
        EXPECT_EXIT(run, 4);
        QVERIFY2(run.err.startsWith(u"strata: error: "_s) && run.err.contains(r2.id), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"\nhint: "_s) && run.err.contains(u"stamp"_s), qPrintable(run.err));
    }
    VERIFY_TABLE(project, u"users"_s, true);

    // stamp repairs the version table.
    run = project.run({u"stamp"_s, r1.id});
    EXPECT_EXIT(run, 0);
    VERIFY_CURRENT(project, r1.id);
    EXPECT_EXIT(project.run({u"check"_s}), 0);
    const auto email = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(email.has_value() && *email, "stamp must not run SQL");
}

void TestCli::rollbackRefusesWhileAnAppliedRevisionHasNoFile_data()
{
    addDatabaseRows();
}

void TestCli::rollbackRefusesWhileAnAppliedRevisionHasNoFile()
{
    // Like migrate (exit 4, naming the row and suggesting stamp), not "at base already".
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    QVERIFY(QFile::remove(r2.path));

    for (const QStringList &arguments : {QStringList{u"rollback"_s}, QStringList{u"migrate"_s, u"-1"_s}}) {
        const CliRun run = project.run(arguments);
        EXPECT_EXIT(run, 4);
        QVERIFY2(run.err.contains(r2.id), qPrintable(run.err));
    }
    VERIFY_TABLE(project, u"users"_s, true);
}

void TestCli::malformedRevisionFileFailsEveryCommandNamingFileAndLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("showmigrations") << QStringList{u"showmigrations"_s};
    QTest::newRow("check") << QStringList{u"check"_s};
    QTest::newRow("current") << QStringList{u"current"_s};
    QTest::newRow("heads") << QStringList{u"heads"_s};
    QTest::newRow("history") << QStringList{u"history"_s, u"-l"_s, u"20"_s};
    QTest::newRow("migrate") << QStringList{u"migrate"_s};
    QTest::newRow("migrate --plan") << QStringList{u"migrate"_s, u"--plan"_s};
    QTest::newRow("migrate --sql") << QStringList{u"migrate"_s, u"--sql"_s, u"base:head"_s};
    QTest::newRow("migrate --fake") << QStringList{u"migrate"_s, u"--fake"_s};
    QTest::newRow("rollback") << QStringList{u"rollback"_s};
    QTest::newRow("stamp") << QStringList{u"stamp"_s, u"head"_s};
    QTest::newRow("sqlmigrate") << QStringList{u"sqlmigrate"_s, u"a1b2c3d4e5f6"_s};
    QTest::newRow("merge") << QStringList{u"merge"_s, u"-m"_s, u"m"_s};
    QTest::newRow("makemigrations") << QStringList{u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"next"_s};
    QTest::newRow("--json check") << QStringList{u"--json"_s, u"check"_s};
}

void TestCli::malformedRevisionFileFailsEveryCommandNamingFileAndLine()
{
    QFETCH(QStringList, arguments);
    TempProject project;
    QVERIFY(project.isValid());
    project.writeRevision(u"a1b2c3d4e5f6"_s, {}, Sql::CreateUsers, Sql::DropUsers);
    EXPECT_EXIT(runStrata(project.path(), {u"migrate"_s}), 0);
    const QString bad = project.writeRevision(u"b2c3d4e5f6a1"_s, {u"a1b2c3d4e5f6"_s}, Sql::AddEmail, Sql::DropEmail);
    QString text = readFile(bad);
    text.replace(u"-- transactional: true"_s, u"-- transactional: maybe"_s);
    QVERIFY(writeFile(bad, text));
    const int line = lineOf(bad, u"transactional: maybe"_s);
    QCOMPARE(line, 5);

    const CliRun run = runStrata(project.path(), arguments);
    EXPECT_EXIT(run, 4);
    QVERIFY2(run.err.startsWith(u"strata: error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.section(u'\n', 0, 0).contains(u"b2c3d4e5f6a1.sql:5"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"\nhint: "_s), qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"Applying"_s), qPrintable(run.out));
    if (arguments.contains(u"--json"_s)) {
        QString jsonProblem;
        const QJsonObject error = parseJson(run.out, &jsonProblem).value(u"error"_s).toObject();
        QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
        QCOMPARE(error.value(u"exit_code"_s).toInt(), 4);
        QCOMPARE(error.value(u"line"_s).toInt(), 5);
        QVERIFY2(error.value(u"file"_s).toString().endsWith(u"b2c3d4e5f6a1.sql"_s), qPrintable(run.out));
    }
    // Nothing was written or changed.
    QCOMPARE(QDir(project.migrationsDir()).entryList(QDir::Files).size(), 2);
    QFile::remove(bad);
    const CliRun current = runStrata(project.path(), {u"current"_s});
    EXPECT_EXIT(current, 0);
    QCOMPARE(parseCurrent(current.out), QStringList{u"a1b2c3d4e5f6"_s});
}

void TestCli::headerLineWithoutColonIsAnErrorNotSilentlyIgnored()
{
    // "-- message add email" (no colon) ends the header: the lines after it must not be
    // silently dropped, least of all "-- transactional: false".
    TempProject project;
    QVERIFY(project.isValid());
    const QString path = project.writeRevision(u"a1b2c3d4e5f6"_s, {}, Sql::CreateUsers, Sql::DropUsers, false, u"add users"_s);
    QString text = readFile(path);
    text.replace(u"-- message: add users"_s, u"-- message add users"_s);
    QVERIFY(writeFile(path, text));

    const CliRun run = runStrata(project.path(), {u"showmigrations"_s});
    QVERIFY2(run.exitCode == 4 && run.err.contains(u"a1b2c3d4e5f6.sql:3"_s),
             qPrintable(explain(u"a malformed header line should be an integrity error naming file:3"_s, run)));
}

void TestCli::missingProjectIsAUsageErrorSuggestingInit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("showmigrations") << QStringList{u"showmigrations"_s};
    QTest::newRow("migrate") << QStringList{u"migrate"_s};
    QTest::newRow("check") << QStringList{u"check"_s};
    QTest::newRow("current") << QStringList{u"current"_s};
    QTest::newRow("heads") << QStringList{u"heads"_s};
    QTest::newRow("history") << QStringList{u"history"_s};
    QTest::newRow("makemigrations") << QStringList{u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"x"_s};
    QTest::newRow("migrate --sql") << QStringList{u"migrate"_s, u"--sql"_s, u"base:head"_s};
    QTest::newRow("-d given") << QStringList{u"-d"_s, u"sqlite:///x.db"_s, u"current"_s};
}

void TestCli::missingProjectIsAUsageErrorSuggestingInit()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const CliRun run = runStrata(empty.path(), arguments);
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.err.startsWith(u"strata: error: "_s) && run.err.contains(u"strata.toml"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"\nhint: "_s) && run.err.contains(u"strata init"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QDir(empty.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty(),
             "nothing may be created outside a project");
}

void TestCli::passwordsNeverAppearInAnyOutput()
{
    const QString password = serverPassword();
    if (password.isEmpty())
        QFAIL("STRATA_TEST_PG_URL is not set or has no password: run the tests through scripts/with-postgres.sh");
    CliProject project;
    const QString problem = project.setUp(u"postgresql"_s, ViaUrlOption);
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    const QString url = project.postgresUrl();
    QVERIFY2(url.contains(u':' + password + u'@'), "the scratch URL should carry the password");
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"broken"_s, u"SELECT * FROM no_such_table;"_s, u"SELECT 1;"_s);

    // A wrong password: the connection fails (exit 3) and neither password is shown.
    QString wrong = url;
    wrong.replace(u':' + password + u'@', u":secret@"_s);
    for (const QStringList &arguments : {QStringList{u"current"_s}, QStringList{u"-vv"_s, u"migrate"_s},
                                          QStringList{u"--json"_s, u"check"_s}}) {
        const CliRun run = project.runBare(QStringList{u"-d"_s, wrong} + arguments);
        EXPECT_EXIT(run, 3); // also asserts neither "secret" nor the real password is printed
        QVERIFY2(run.err.contains(u"***"_s), qPrintable(run.err));
    }
    const CliRun wrongEnv = project.runBare({u"-v"_s, u"current"_s}, {u"DATABASE_URL="_s + wrong});
    EXPECT_EXIT(wrongEnv, 3);

    // The right password, through every way of giving it, on success and on failure.
    const QList<QStringList> runs{
        {u"-d"_s, url, u"-vv"_s, u"migrate"_s, r1.id},
        {u"-d"_s, url, u"-vv"_s, u"migrate"_s},
        {u"-d"_s, url, u"--json"_s, u"migrate"_s},
        {u"-d"_s, url, u"showmigrations"_s},
        {u"-d"_s, url, u"--json"_s, u"showmigrations"_s},
        {u"-d"_s, url, u"-vv"_s, u"check"_s},
        {u"-d"_s, url, u"--json"_s, u"current"_s},
        {u"-d"_s, url, u"history"_s, u"--verbose"_s},
        {u"-d"_s, url, u"migrate"_s, u"--plan"_s},
        {u"-d"_s, url, u"migrate"_s, u"--sql"_s},
        {u"-d"_s, url, u"-vv"_s, u"rollback"_s},
        {u"-d"_s, url, u"-vv"_s, u"stamp"_s, u"head"_s},
        {u"-d"_s, url + u"x"_s, u"current"_s}, // no such database
    };
    for (const QStringList &arguments : runs) {
        const CliRun run = project.runBare(arguments);
        QVERIFY2(!revealsPassword(run), qPrintable(explain(u"password shown by strata "_s + arguments.mid(2).join(u' '), run)));
        QVERIFY2(run.exitCode >= 0, qPrintable(explain(u"strata crashed"_s, run)));
    }
    const CliRun viaEnv = project.runBare({u"-vv"_s, u"showmigrations"_s}, {u"DATABASE_URL="_s + url});
    EXPECT_EXIT(viaEnv, 0);
    QVERIFY2(viaEnv.out.contains(u"postgresql://"_s), qPrintable(viaEnv.out));

    // Nor in the project's log file (DESIGN: every sink is redacted).
    const QString log = readFile(project.filePath(u".strata/logs/strata.log"_s));
    QVERIFY2(!log.isEmpty(), "the run should have written .strata/logs/strata.log");
    QVERIFY2(!log.contains(password) && !log.contains(u"secret"_s), "a password appears in .strata/logs/strata.log");
}

void TestCli::verboseShowsStatementsOnStderrAndQuietSilencesStdout_data()
{
    addDatabaseRows();
}

void TestCli::verboseShowsStatementsOnStderrAndQuietSilencesStdout()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    const QString createStatement = Sql::CreateUsers.chopped(1); // as run, without the ';'

    CliRun run = project.run({u"-v"_s, u"migrate"_s, r1.id});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.err.contains(createStatement), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"strata_version"_s), qPrintable(run.err)); // bookkeeping statements too
    QVERIFY2(!run.out.contains(createStatement), qPrintable(run.out));

    run = project.run({u"rollback"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(!run.err.contains(u"DROP TABLE"_s), qPrintable(run.err));

    run = project.run({u"-q"_s, u"migrate"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.contains(createStatement), qPrintable(run.err));
    VERIFY_CURRENT(project, r2.id);

    run = project.run({u"-v"_s, u"-q"_s, u"current"_s});
    EXPECT_EXIT(run, 2);
}

