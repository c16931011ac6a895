// SPDX-License-Identifier: MIT
// The user story: init, makemigrations, migrate and the status commands, moving up and down,
// branches, offline SQL and dry runs, --json; on SQLite and PostgreSQL.
#include "clifixture.h"
#include "tst_cli.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata::test;

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(STRATA_BINARY)).isExecutable(),
             "the strata binary is not built: " STRATA_BINARY);
}

// ---------------------------------------------------------------------------------------------
// 1. init

void TestCli::initCreatesTheProjectLayout()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const CliRun run = runStrata(root.path(), {u"init"_s, u"demo"_s});
    EXPECT_EXIT(run, 0);
    const QDir demo(root.filePath(u"demo"_s));
    QVERIFY(QFileInfo(demo.filePath(u"strata.toml"_s)).isFile());
    QVERIFY(QFileInfo(demo.filePath(u"migrations/versions"_s)).isDir());
    QVERIFY(QFileInfo(demo.filePath(u"models/schema.sql"_s)).isFile());
    QVERIFY2(QDir(demo.filePath(u"migrations/versions"_s)).isEmpty(), "a new project has no revisions");
    const QString config = readFile(demo.filePath(u"strata.toml"_s));
    QVERIFY2(QRegularExpression(u"^url\\s*=\\s*\"sqlite:///dev\\.db\""_s, QRegularExpression::MultilineOption)
                 .match(config)
                 .hasMatch(),
             qPrintable(config));
    QVERIFY2(run.out.contains(u"strata.toml"_s), qPrintable(run.out));

    // The new project works at once: no revisions, and reading creates no database file.
    const CliRun show = runStrata(demo.path(), {u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    QVERIFY(parseShowMigrations(show.out).isEmpty());
    QVERIFY2(show.out.contains(u"sqlite:///dev.db"_s), qPrintable(show.out));
    const QList<QStringList> readers{{u"check"_s}, {u"current"_s}, {u"history"_s}, {u"heads"_s},
                                     {u"migrate"_s, u"--plan"_s}, {u"migrate"_s, u"--sql"_s}};
    for (const QStringList &arguments : readers) {
        const CliRun reader = runStrata(demo.path(), arguments);
        QVERIFY2(reader.exitCode == 0, qPrintable(explain(arguments.join(u' '), reader)));
        QVERIFY2(!QFileInfo::exists(demo.filePath(u"dev.db"_s)),
                 qPrintable(u"'strata %1' created the database"_s.arg(arguments.join(u' '))));
    }
    // Migrating a project without revisions is a no-op (so `make migrate` works from day one).
    const CliRun nothing = runStrata(demo.path(), {u"migrate"_s});
    EXPECT_EXIT(nothing, 0);
    QVERIFY2(nothing.out.contains(u"Nothing to do"_s), qPrintable(nothing.out));
}

void TestCli::initRefusesAnExistingProject()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    EXPECT_EXIT(runStrata(root.path(), {u"init"_s, u"demo"_s}), 0);
    const QString configPath = root.filePath(u"demo/strata.toml"_s);
    QVERIFY(writeFile(configPath, readFile(configPath) + u"# my edit\n"_s));
    const QString before = readFile(configPath);

    const CliRun again = runStrata(root.path(), {u"init"_s, u"demo"_s});
    EXPECT_EXIT(again, 2);
    QVERIFY2(again.err.startsWith(u"strata: error: "_s), qPrintable(again.err));
    QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    QVERIFY2(again.err.contains(u"\nhint: "_s), qPrintable(again.err));
    QCOMPARE(readFile(configPath), before);

    // The same without a directory argument, inside the project.
    EXPECT_EXIT(runStrata(root.filePath(u"demo"_s), {u"init"_s}), 2);
    QCOMPARE(readFile(configPath), before);
}

void TestCli::commandsFindTheProjectFromSubdirectoriesAndWithDashC()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MAKE_REVISION(first, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);

    // Found by walking up, like git.
    const CliRun fromModels = runStrata(project.filePath(u"models"_s), {u"heads"_s});
    EXPECT_EXIT(fromModels, 0);
    QVERIFY2(fromModels.out.startsWith(first.id), qPrintable(fromModels.out));

    // -C DIR from outside the project; the SQLite path stays relative to the project.
    const QString outside = QFileInfo(project.dir()).absolutePath();
    const CliRun migrated = runStrata(outside, {u"-C"_s, project.dir(), u"migrate"_s});
    EXPECT_EXIT(migrated, 0);
    QVERIFY(QFileInfo::exists(project.filePath(u"dev.db"_s)));
    QVERIFY(!QFileInfo::exists(QDir(outside).filePath(u"dev.db"_s)));
    VERIFY_TABLE(project, u"users"_s, true);

    const CliRun missing = runStrata(outside, {u"-C"_s, project.filePath(u"no-such-dir"_s), u"current"_s});
    EXPECT_EXIT(missing, 2);
    QVERIFY2(missing.err.startsWith(u"strata: error: "_s), qPrintable(missing.err));
}

// ---------------------------------------------------------------------------------------------
// 2. makemigrations

void TestCli::makemigrationsEmptyWritesANamedTemplateAndPrintsItsPath()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const CliRun run = project.runBare({u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"create users table"_s});
    EXPECT_EXIT(run, 0);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QRegularExpression pathPattern(
        u"^migrations/versions/(\\d{8}_\\d{4})-([0-9a-f]{12})_create_users_table\\.sql$"_s);
    const QRegularExpressionMatch match = pathPattern.match(run.out.trimmed());
    QVERIFY2(match.hasMatch(), qPrintable(explain(u"unexpected path"_s, run)));
    QCOMPARE(run.out.count(u'\n'), 1);
    const QString path = project.filePath(run.out.trimmed());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(QDir(project.filePath(u"migrations/versions"_s)).entryList(QDir::Files).size(), 1);

    // The header is the truth, and agrees with the name.
    const QString id = match.captured(2);
    QCOMPARE(headerValue(path, u"revision"_s), id);
    QCOMPARE(headerValue(path, u"down_revision"_s), u"None"_s);
    QCOMPARE(headerValue(path, u"message"_s), u"create users table"_s);
    QCOMPARE(headerValue(path, u"transactional"_s), u"true"_s);
    const QDateTime created = QDateTime::fromString(headerValue(path, u"created"_s), Qt::ISODate);
    QVERIFY2(created.isValid(), qPrintable(readFile(path)));
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY2(created >= before && created <= after, qPrintable(created.toString(Qt::ISODate)));
    QCOMPARE(created.toString(u"yyyyMMdd_HHmm"_s), match.captured(1));

    // Both sections, upgrade first, ready to be filled in.
    const QString text = readFile(path);
    const qsizetype upgrade = text.indexOf(u"\n-- migrate:upgrade\n"_s);
    const qsizetype downgrade = text.indexOf(u"\n-- migrate:downgrade\n"_s);
    QVERIFY2(upgrade > 0 && downgrade > upgrade, qPrintable(text));
    QVERIFY2(text.startsWith(u"-- revision: "_s), qPrintable(text));

    // The template is a valid revision: it is listed as pending and applies (doing nothing).
    const CliRun show = project.run({u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    QCOMPARE(ids(parseShowMigrations(show.out)), QStringList{id});
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    VERIFY_CURRENT(project, id);
}

void TestCli::makemigrationsChainsNewRevisionsOnTheHead()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MAKE_REVISION(first, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(second, project, u"Add the e-mail address column to the users table, for logins"_s, Sql::AddEmail,
                  Sql::DropEmail);
    QCOMPARE(headerValue(second.path, u"down_revision"_s), first.id);
    QCOMPARE(headerValue(second.path, u"message"_s),
             u"Add the e-mail address column to the users table, for logins"_s);

    // slug: lower case, non-alphanumerics to '_', at most 40 characters.
    const QString name = QFileInfo(second.path).completeBaseName();
    const QString slug = name.mid(name.indexOf(u'_', 14) + 1);
    QVERIFY2(QRegularExpression(u"^[a-z0-9_]{1,40}$"_s).match(slug).hasMatch(), qPrintable(name));
    QVERIFY2(slug.startsWith(u"add_the_e"_s), qPrintable(name));

    const CliRun heads = project.run({u"heads"_s});
    EXPECT_EXIT(heads, 0);
    QVERIFY2(heads.out.startsWith(second.id + u" (head)"_s), qPrintable(heads.out));
    QCOMPARE(heads.out.count(u'\n'), 1);
}

void TestCli::makemigrationsWithoutMessageIsAUsageError()
{
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QDir versions(project.filePath(u"migrations/versions"_s));

    const CliRun withoutMessage = project.runBare({u"makemigrations"_s, u"--empty"_s});
    EXPECT_EXIT(withoutMessage, 2);
    QVERIFY2(withoutMessage.err.startsWith(u"strata: error: "_s), qPrintable(withoutMessage.err));
    QVERIFY2(withoutMessage.err.contains(u"--message"_s), qPrintable(withoutMessage.err));

    const CliRun blankMessage = project.runBare({u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"   "_s});
    EXPECT_EXIT(blankMessage, 2);
    QVERIFY2(blankMessage.err.startsWith(u"strata: error: "_s), qPrintable(blankMessage.err));

    QVERIFY2(versions.entryList(QDir::Files).isEmpty(), qPrintable(versions.entryList(QDir::Files).join(u' ')));
}

// ---------------------------------------------------------------------------------------------
// 3. migrate, showmigrations, check, current, history, heads

void TestCli::migrateAppliesPendingRevisionsAndStatusCommandsReportIt_data()
{
    addDatabaseRows();
}

void TestCli::migrateAppliesPendingRevisionsAndStatusCommandsReportIt()
{
    PROJECT_FOR_ROW(project);

    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    MAKE_REVISION(r3, project, u"create posts"_s, Sql::CreatePosts, Sql::DropPosts);
    const QStringList all{r1.id, r2.id, r3.id};

    // Before: everything pending.
    CliRun check = project.run({u"check"_s});
    EXPECT_EXIT(check, 1);
    QVERIFY2(check.out.contains(u"3 pending"_s), qPrintable(check.out));
    for (const QString &id : all)
        QVERIFY2(check.out.contains(u"  "_s + id + u"  "_s), qPrintable(check.out));
    QVERIFY2(check.out.contains(project.databaseShown()), qPrintable(check.out));

    CliRun show = project.run({u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    QList<ShownRevision> rows = parseShowMigrations(show.out);
    QCOMPARE(ids(rows), all);
    for (const ShownRevision &row : rows)
        QVERIFY2(!row.applied, qPrintable(show.out));
    QVERIFY2(show.out.startsWith(project.databaseShown() + u" ("_s + project.connectionName() + u')'),
             qPrintable(show.out));
    VERIFY_CURRENT(project);

    // migrate: names each applied revision with its duration, in order.
    const CliRun migrate = project.run({u"migrate"_s});
    EXPECT_EXIT(migrate, 0);
    qsizetype position = 0;
    for (const MadeRevision *made : {&r1, &r2, &r3}) {
        const QRegularExpression applied(u"Applying %1  [^\\n]* \\.\\.\\. done \\(\\d+ ms\\)"_s.arg(made->id));
        const QRegularExpressionMatch match = applied.match(migrate.out, position);
        QVERIFY2(match.hasMatch(), qPrintable(explain(u"no timed 'Applying %1' in order"_s.arg(made->id), migrate)));
        position = match.capturedEnd();
    }
    QVERIFY2(QRegularExpression(u"Done: 3 step\\(s\\) in \\d+ ms"_s).match(migrate.out).hasMatch(),
             qPrintable(migrate.out));
    QVERIFY2(migrate.out.contains(project.databaseShown()), qPrintable(migrate.out));

    // The database really changed, and it is the row's database.
    VERIFY_TABLE(project, u"users"_s, true);
    VERIFY_TABLE(project, u"posts"_s, true);
    const auto email = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(email.has_value() && *email, qPrintable(project.lastError()));
    QCOMPARE(QFileInfo::exists(project.filePath(u"dev.db"_s)), !project.isPostgres());

    show = project.run({u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    rows = parseShowMigrations(show.out);
    QCOMPARE(ids(rows), all);
    for (const ShownRevision &row : rows)
        QVERIFY2(row.applied, qPrintable(show.out));
    QVERIFY2(rows.last().rest.contains(u"(current, head)"_s), qPrintable(show.out));
    QVERIFY2(!rows.first().rest.contains(u"current"_s), qPrintable(show.out));

    check = project.run({u"check"_s});
    EXPECT_EXIT(check, 0);
    QVERIFY2(check.out.contains(u"No pending migrations"_s), qPrintable(check.out));

    VERIFY_CURRENT(project, r3.id);
    const CliRun current = project.run({u"current"_s});
    QVERIFY2(current.out.startsWith(r3.id + u" (head)  create posts"_s), qPrintable(current.out));

    // history: newest first, head and current marked, the base's parent shown as <base>.
    const CliRun history = project.run({u"history"_s, u"-l"_s, u"20"_s});
    EXPECT_EXIT(history, 0);
    const QList<HistoryLine> log = parseHistory(history.out);
    QCOMPARE(ids(log), (QStringList{r3.id, r2.id, r1.id}));
    QCOMPARE(log.at(0).marks, (QStringList{u"(head)"_s, u"(current)"_s}));
    QCOMPARE(log.at(0).parents, r2.id);
    QCOMPARE(log.at(0).message, u"create posts"_s);
    QVERIFY(log.at(1).marks.isEmpty());
    QCOMPARE(log.at(2).parents, u"<base>"_s);
    const CliRun limited = project.run({u"history"_s, u"-l"_s, u"2"_s});
    EXPECT_EXIT(limited, 0);
    QCOMPARE(ids(parseHistory(limited.out)), (QStringList{r3.id, r2.id}));

    const CliRun heads = project.run({u"heads"_s});
    EXPECT_EXIT(heads, 0);
    QCOMPARE(heads.out, r3.id + u" (head)  create posts\n"_s);

    // Running again is a no-op.
    const CliRun again = project.run({u"migrate"_s});
    EXPECT_EXIT(again, 0);
    QVERIFY2(again.out.contains(u"Nothing to do"_s), qPrintable(again.out));
    QVERIFY2(!again.out.contains(u"Applying"_s), qPrintable(again.out));
}

// ---------------------------------------------------------------------------------------------
// 4. rollback, rollback -s, rollback --to, migrate PREFIX / base / head / +N / -N

void TestCli::rollbackAndMigrateMoveToAnyRevision_data()
{
    addDatabaseRows();
}

void TestCli::rollbackAndMigrateMoveToAnyRevision()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    MAKE_REVISION(r3, project, u"create posts"_s, Sql::CreatePosts, Sql::DropPosts);

    // A partial migrate: check lists only what is left.
    EXPECT_EXIT(project.run({u"migrate"_s, r1.id}), 0);
    VERIFY_CURRENT(project, r1.id);
    const CliRun check = project.run({u"check"_s});
    EXPECT_EXIT(check, 1);
    QVERIFY2(check.out.contains(u"2 pending"_s) && check.out.contains(r2.id) && check.out.contains(r3.id)
                 && !check.out.contains(r1.id + u"  create users"_s),
             qPrintable(check.out));
    EXPECT_EXIT(project.run({u"migrate"_s}), 0);
    VERIFY_CURRENT(project, r3.id);

    // rollback: one step.
    CliRun run = project.run({u"rollback"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Reverting "_s + r3.id) && !run.out.contains(u"Reverting "_s + r2.id),
             qPrintable(run.out));
    VERIFY_CURRENT(project, r2.id);
    VERIFY_TABLE(project, u"posts"_s, false);
    VERIFY_TABLE(project, u"users"_s, true);

    // rollback -s 2: to base.
    run = project.run({u"rollback"_s, u"-s"_s, u"2"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.indexOf(u"Reverting "_s + r2.id) < run.out.indexOf(u"Reverting "_s + r1.id)
                 && run.out.contains(u"Reverting "_s + r2.id),
             qPrintable(run.out));
    VERIFY_CURRENT(project);
    VERIFY_TABLE(project, u"users"_s, false);

    // Rolling back more than is applied is refused and changes nothing.
    run = project.run({u"rollback"_s});
    EXPECT_EXIT(run, 2);
    QVERIFY2(run.err.startsWith(u"strata: error: "_s), qPrintable(run.err));

    EXPECT_EXIT(project.run({u"migrate"_s, u"head"_s}), 0);
    VERIFY_CURRENT(project, r3.id);

    // rollback --to REV: REV stays applied.
    run = project.run({u"rollback"_s, u"--to"_s, r1.id});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Reverting "_s + r3.id) && run.out.contains(u"Reverting "_s + r2.id)
                 && !run.out.contains(u"Reverting "_s + r1.id),
             qPrintable(run.out));
    VERIFY_CURRENT(project, r1.id);
    VERIFY_TABLE(project, u"users"_s, true);

    // migrate PREFIX: up...
    run = project.run({u"migrate"_s, r3.id.left(8)});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Applying "_s + r2.id) && run.out.contains(u"Applying "_s + r3.id),
             qPrintable(run.out));
    VERIFY_CURRENT(project, r3.id);
    // ...and down.
    run = project.run({u"migrate"_s, r2.id.left(6)});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Reverting "_s + r3.id) && !run.out.contains(u"Applying"_s), qPrintable(run.out));
    VERIFY_CURRENT(project, r2.id);

    // migrate base / +1 / -1 / head.
    EXPECT_EXIT(project.run({u"migrate"_s, u"base"_s}), 0);
    VERIFY_CURRENT(project);
    VERIFY_TABLE(project, u"users"_s, false);
    run = project.run({u"migrate"_s, u"+1"_s});
    EXPECT_EXIT(run, 0);
    VERIFY_CURRENT(project, r1.id);
    EXPECT_EXIT(project.run({u"migrate"_s, u"+1"_s}), 0);
    VERIFY_CURRENT(project, r2.id);
    run = project.run({u"migrate"_s, u"-1"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Reverting "_s + r2.id), qPrintable(run.out));
    VERIFY_CURRENT(project, r1.id);
    const auto email = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(email.has_value() && !*email, qPrintable(project.lastError()));
    EXPECT_EXIT(project.run({u"migrate"_s, u"head"_s}), 0);
    VERIFY_CURRENT(project, r3.id);
    VERIFY_TABLE(project, u"posts"_s, true);

    // -N, <rev>+N, <rev>-N.
    run = project.run({u"migrate"_s, u"-2"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Reverting "_s + r3.id) && run.out.contains(u"Reverting "_s + r2.id), qPrintable(run.out));
    VERIFY_CURRENT(project, r1.id);
    EXPECT_EXIT(project.run({u"migrate"_s, u"base+2"_s}), 0);
    VERIFY_CURRENT(project, r2.id);
    EXPECT_EXIT(project.run({u"migrate"_s, u"head"_s}), 0);
    EXPECT_EXIT(project.run({u"migrate"_s, u"head-2"_s}), 0);
    VERIFY_CURRENT(project, r1.id);
    EXPECT_EXIT(project.run({u"migrate"_s, r1.id.left(5) + u"+1"_s}), 0);
    VERIFY_CURRENT(project, r2.id);
}

// ---------------------------------------------------------------------------------------------
// 5. branches and merges

void TestCli::twoHeadsAreRefusedUntilMergedOrMigratedAsHeads_data()
{
    addDatabaseRows();
}

void TestCli::twoHeadsAreRefusedUntilMergedOrMigratedAsHeads()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(base, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(left, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);

    // A colleague's revision on the same parent: a copy of the file with a new id.
    const QString rightId = u"b0b0b0b0b0b0"_s;
    QString copy = readFile(left.path);
    copy.replace(left.id, rightId)
        .replace(u"-- message: add email"_s, u"-- message: add phone"_s)
        .replace(Sql::AddEmail, u"ALTER TABLE users ADD COLUMN phone text;"_s)
        .replace(Sql::DropEmail, u"ALTER TABLE users DROP COLUMN phone;"_s);
    QVERIFY(writeFile(project.filePath(u"migrations/versions/20260101_0000-%1_add_phone.sql"_s.arg(rightId)), copy));

    CliRun heads = project.run({u"heads"_s});
    EXPECT_EXIT(heads, 0);
    QCOMPARE(sorted(heads.out.split(u'\n', Qt::SkipEmptyParts)),
             sorted({left.id + u" (head)  add email"_s, rightId + u" (head)  add phone"_s}));
    QVERIFY2(heads.err.contains(u"strata merge"_s), qPrintable(heads.err));

    // migrate (target head) refuses: exit 2, both heads named, merge suggested, nothing applied.
    for (const QStringList &arguments : {QStringList{u"migrate"_s}, QStringList{u"migrate"_s, u"head"_s}}) {
        const CliRun refused = project.run(arguments);
        EXPECT_EXIT(refused, 2);
        QVERIFY2(refused.err.startsWith(u"strata: error: "_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(left.id) && refused.err.contains(rightId), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"strata merge"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"\nhint: "_s), qPrintable(refused.err));
    }
    VERIFY_CURRENT(project);
    VERIFY_TABLE(project, u"users"_s, false);

    // A new revision would not know which head to follow.
    const CliRun make = project.runBare({u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"third"_s});
    EXPECT_EXIT(make, 2);
    QVERIFY2(make.err.contains(u"strata merge"_s), qPrintable(make.err));
    QCOMPARE(QDir(project.filePath(u"migrations/versions"_s)).entryList(QDir::Files).size(), 3);

    // migrate heads applies both branches.
    CliRun run = project.run({u"migrate"_s, u"heads"_s});
    EXPECT_EXIT(run, 0);
    for (const QString &id : {base.id, left.id, rightId})
        QVERIFY2(run.out.contains(u"Applying "_s + id), qPrintable(run.out));
    QVERIFY2(run.out.indexOf(u"Applying "_s + base.id) < run.out.indexOf(u"Applying "_s + rightId),
             qPrintable(run.out));
    VERIFY_CURRENT(project, left.id, rightId);
    for (const QString &column : {u"email"_s, u"phone"_s}) {
        const auto exists = project.columnExists(u"users"_s, column);
        QVERIFY2(exists.has_value() && *exists, qPrintable(column + u' ' + project.lastError()));
    }
    CliRun history = project.run({u"history"_s});
    EXPECT_EXIT(history, 0);
    QList<HistoryLine> log = parseHistory(history.out);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.last().id, base.id);
    QVERIFY2(log.last().marks.contains(u"(branchpoint)"_s), qPrintable(history.out));
    for (qsizetype i = 0; i < 2; ++i)
        QVERIFY2(log.at(i).marks.contains(u"(head)"_s) && log.at(i).marks.contains(u"(current)"_s),
                 qPrintable(history.out));

    // merge writes a revision whose down_revision lists both heads.
    const CliRun merge = project.runBare({u"merge"_s, u"-m"_s, u"merge heads"_s});
    EXPECT_EXIT(merge, 0);
    const QRegularExpressionMatch written =
        QRegularExpression(u"^migrations/versions/\\d{8}_\\d{4}-([0-9a-f]{12})_merge_heads\\.sql$"_s)
            .match(merge.out.trimmed());
    QVERIFY2(written.hasMatch(), qPrintable(explain(u"no merge path"_s, merge)));
    const QString mergeId = written.captured(1);
    const QString mergePath = project.filePath(merge.out.trimmed());
    QCOMPARE(headerValue(mergePath, u"revision"_s), mergeId);
    QCOMPARE(sorted(headerValue(mergePath, u"down_revision"_s).split(u", "_s)), sorted({left.id, rightId}));
    QCOMPARE(headerValue(mergePath, u"message"_s), u"merge heads"_s);

    heads = project.run({u"heads"_s});
    EXPECT_EXIT(heads, 0);
    QCOMPARE(heads.out, mergeId + u" (head)  merge heads\n"_s);

    // ...after which plain migrate works again.
    run = project.run({u"migrate"_s});
    EXPECT_EXIT(run, 0);
    QVERIFY2(run.out.contains(u"Applying "_s + mergeId) && !run.out.contains(u"Applying "_s + base.id),
             qPrintable(run.out));
    VERIFY_CURRENT(project, mergeId);
    const CliRun check = project.run({u"check"_s});
    EXPECT_EXIT(check, 0);

    history = project.run({u"history"_s, u"-l"_s, u"20"_s});
    EXPECT_EXIT(history, 0);
    log = parseHistory(history.out);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.first().id, mergeId);
    QCOMPARE(log.first().marks, (QStringList{u"(head)"_s, u"(current)"_s, u"(mergepoint)"_s}));
    QCOMPARE(sorted(log.first().parents.split(u", "_s)), sorted({left.id, rightId}));

    const CliRun show = project.run({u"showmigrations"_s});
    EXPECT_EXIT(show, 0);
    const QList<ShownRevision> rows = parseShowMigrations(show.out);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first().id, base.id);
    QCOMPARE(rows.last().id, mergeId);
    QVERIFY2(rows.last().rest.contains(u"(current, head, merge)"_s), qPrintable(show.out));

    // One step back from the merge point leaves both branches applied.
    EXPECT_EXIT(project.run({u"rollback"_s}), 0);
    VERIFY_CURRENT(project, left.id, rightId);
}

// ---------------------------------------------------------------------------------------------
// 6. migrate --sql, --plan, sqlmigrate, stamp, --fake

void TestCli::migrateSqlPrintsTheScriptWithoutADatabase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("database");
    QTest::addColumn<QString>("begin");
    QTest::newRow("sqlite") << u"sqlite"_s << QStringList{} << u"BEGIN IMMEDIATE;"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << QStringList{u"-d"_s, u"postgresql://nobody@127.0.0.1:1/none"_s}
                                << u"BEGIN;"_s;
}

void TestCli::migrateSqlPrintsTheScriptWithoutADatabase()
{
    QFETCH(QString, dialect);
    QFETCH(QStringList, database);
    QFETCH(QString, begin);
    CliProject project;
    const QString problem = project.setUp(u"sqlite"_s, ViaProjectDefault); // the URL comes from the row
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);

    const CliRun up = project.runBare(database + QStringList{u"migrate"_s, u"--sql"_s, u"base:head"_s});
    EXPECT_EXIT(up, 0);
    const QString &sql = up.out;
    QVERIFY2(sql.contains(dialect), qPrintable(sql));
    QVERIFY2(sql.contains(u"CREATE TABLE IF NOT EXISTS strata_version "_s), qPrintable(sql));
    QVERIFY2(sql.contains(u"CREATE TABLE IF NOT EXISTS strata_version_history "_s), qPrintable(sql));
    QCOMPARE(sql.count(QString(u"\n"_s + begin + u"\n"_s)), 2);
    QCOMPARE(sql.count(u"\nCOMMIT;\n"_s), 2);
    // In order, each migration inside its transaction with its bookkeeping.
    const QStringList expectedInOrder{
        begin,
        Sql::CreateUsers,
        u"INSERT INTO strata_version (version_num) VALUES ('%1');"_s.arg(r1.id),
        u"INSERT INTO strata_version_history"_s,
        u"COMMIT;"_s,
        begin,
        Sql::AddEmail,
        u"UPDATE strata_version SET version_num = '%1' WHERE version_num = '%2';"_s.arg(r2.id, r1.id),
        u"INSERT INTO strata_version_history"_s,
        u"COMMIT;"_s,
    };
    qsizetype position = sql.indexOf(u"strata_version_history_revision_idx"_s);
    QVERIFY2(position > 0, qPrintable(sql));
    for (const QString &expected : expectedInOrder) {
        const qsizetype found = sql.indexOf(expected, position);
        QVERIFY2(found > 0, qPrintable(u"'%1' missing or out of order in:\n%2"_s.arg(expected, sql)));
        position = found + expected.size();
    }
    QVERIFY2(!sql.contains(Sql::DropUsers), qPrintable(sql));
    QVERIFY2(!QFileInfo::exists(project.filePath(u"dev.db"_s)), "--sql FROM:TO must not touch the database");

    // Downgrade offline.
    const CliRun down = project.runBare(database + QStringList{u"migrate"_s, u"--sql"_s, r2.id + u":base"_s});
    EXPECT_EXIT(down, 0);
    QVERIFY2(down.out.indexOf(Sql::DropEmail) > 0 && down.out.indexOf(Sql::DropEmail) < down.out.indexOf(Sql::DropUsers),
             qPrintable(down.out));
    QVERIFY2(down.out.contains(u"DELETE FROM strata_version WHERE version_num = '%1';"_s.arg(r1.id)),
             qPrintable(down.out));
    QVERIFY2(!down.out.contains(Sql::CreateUsers), qPrintable(down.out));
    QVERIFY2(!QFileInfo::exists(project.filePath(u"dev.db"_s)), "--sql FROM:TO must not touch the database");

    if (dialect == u"postgresql"_s) {
        // Without FROM the starting point is read from the database, which cannot be reached here.
        const CliRun unreachable = project.runBare(database + QStringList{u"migrate"_s, u"--sql"_s});
        EXPECT_EXIT(unreachable, 3);
        QVERIFY2(unreachable.err.startsWith(u"strata: error: "_s), qPrintable(unreachable.err));
        QVERIFY2(unreachable.err.contains(u"hint: "_s) && unreachable.err.contains(u"FROM:TARGET"_s),
                 qPrintable(unreachable.err));
        // history comes from the files: an unreachable database is only a note.
        const CliRun history = project.runBare(database + QStringList{u"history"_s});
        EXPECT_EXIT(history, 0);
        QCOMPARE(ids(parseHistory(history.out)), (QStringList{r2.id, r1.id}));
        QVERIFY2(history.err.startsWith(u"strata: cannot read the current revision"_s), qPrintable(history.err));
    }
}

void TestCli::migrateSqlWithoutAStartingRevisionReadsTheDatabase_data()
{
    addDatabaseRows();
}

void TestCli::migrateSqlWithoutAStartingRevisionReadsTheDatabase()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    EXPECT_EXIT(project.run({u"migrate"_s, r1.id}), 0);

    const CliRun sql = project.run({u"migrate"_s, u"--sql"_s});
    EXPECT_EXIT(sql, 0);
    QVERIFY2(sql.out.contains(Sql::AddEmail), qPrintable(sql.out));
    QVERIFY2(!sql.out.contains(Sql::CreateUsers), qPrintable(sql.out));
    QVERIFY2(sql.out.contains(u"UPDATE strata_version SET version_num = '%1' WHERE version_num = '%2';"_s.arg(
                 r2.id, r1.id)),
             qPrintable(sql.out));
    // Printed, not run.
    VERIFY_CURRENT(project, r1.id);
    const auto email = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(email.has_value() && !*email, qPrintable(project.lastError()));
}

void TestCli::planSqlmigrateStampAndFakeRunNoMigrationSql_data()
{
    addDatabaseRows();
}

void TestCli::planSqlmigrateStampAndFakeRunNoMigrationSql()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    MAKE_REVISION(r3, project, u"create posts"_s, Sql::CreatePosts, Sql::DropPosts);

    // --plan lists the steps and changes nothing.
    CliRun plan = project.run({u"migrate"_s, u"--plan"_s});
    EXPECT_EXIT(plan, 0);
    const QRegularExpression upSteps(u"up +%1  create users table\\n +up +%2  add email\\n +up +%3  create posts"_s.arg(
        r1.id, r2.id, r3.id));
    QVERIFY2(upSteps.match(plan.out).hasMatch(), qPrintable(plan.out));
    QVERIFY2(plan.out.contains(u"3 step(s)"_s), qPrintable(plan.out));
    VERIFY_CURRENT(project);
    VERIFY_TABLE(project, u"users"_s, false);
    if (!project.isPostgres())
        QVERIFY2(!QFileInfo::exists(project.filePath(u"dev.db"_s)), "--plan must not create the database");

    EXPECT_EXIT(project.run({u"migrate"_s, r2.id}), 0);
    plan = project.run({u"migrate"_s, u"--plan"_s, u"base"_s});
    EXPECT_EXIT(plan, 0);
    QVERIFY2(QRegularExpression(u"down +%1  add email\\n +down +%2  create users table"_s.arg(r2.id, r1.id))
                 .match(plan.out)
                 .hasMatch(),
             qPrintable(plan.out));
    VERIFY_CURRENT(project, r2.id);
    VERIFY_TABLE(project, u"users"_s, true);

    // sqlmigrate prints one revision's SQL, either direction, by prefix.
    CliRun sql = project.run({u"sqlmigrate"_s, r2.id.left(6)});
    EXPECT_EXIT(sql, 0);
    QVERIFY2(sql.out.startsWith(u"-- Upgrade %1: add email\n"_s.arg(r2.id)), qPrintable(sql.out));
    QVERIFY2(sql.out.contains(u"BEGIN;\n"_s + Sql::AddEmail + u"\nCOMMIT;"_s), qPrintable(sql.out));
    QVERIFY2(!sql.out.contains(Sql::DropEmail), qPrintable(sql.out));
    sql = project.run({u"sqlmigrate"_s, r2.id, u"--downgrade"_s});
    EXPECT_EXIT(sql, 0);
    QVERIFY2(sql.out.startsWith(u"-- Downgrade %1: add email\n"_s.arg(r2.id)), qPrintable(sql.out));
    QVERIFY2(sql.out.contains(Sql::DropEmail) && !sql.out.contains(Sql::AddEmail), qPrintable(sql.out));
    const auto email = project.columnExists(u"users"_s, u"email"_s);
    QVERIFY2(email.has_value() && *email, "sqlmigrate --downgrade must not run anything");

    EXPECT_EXIT(project.run({u"migrate"_s, u"base"_s}), 0);
    VERIFY_TABLE(project, u"users"_s, false);

    // --fake moves the version table without running the SQL, both ways.
    CliRun fake = project.run({u"migrate"_s, u"--fake"_s});
    EXPECT_EXIT(fake, 0);
    for (const QString &id : {r1.id, r2.id, r3.id})
        QVERIFY2(fake.out.contains(u"Faking "_s + id), qPrintable(fake.out));
    VERIFY_CURRENT(project, r3.id);
    VERIFY_TABLE(project, u"users"_s, false);
    VERIFY_TABLE(project, u"posts"_s, false);
    fake = project.run({u"migrate"_s, u"--fake"_s, u"base"_s});
    EXPECT_EXIT(fake, 0);
    VERIFY_CURRENT(project);

    // stamp sets the version table only; migrate then continues from there.
    const CliRun stamp = project.run({u"stamp"_s, r2.id});
    EXPECT_EXIT(stamp, 0);
    QVERIFY2(stamp.out.contains(u"Stamped"_s) && stamp.out.contains(r2.id), qPrintable(stamp.out));
    VERIFY_CURRENT(project, r2.id);
    VERIFY_TABLE(project, u"users"_s, false);
    const CliRun rest = project.run({u"migrate"_s});
    EXPECT_EXIT(rest, 0);
    QVERIFY2(rest.out.contains(u"Applying "_s + r3.id) && !rest.out.contains(u"Applying "_s + r1.id)
                 && !rest.out.contains(u"Applying "_s + r2.id),
             qPrintable(rest.out));
    VERIFY_TABLE(project, u"posts"_s, true);
    VERIFY_TABLE(project, u"users"_s, false);
    VERIFY_CURRENT(project, r3.id);
}

// ---------------------------------------------------------------------------------------------
// 8. --json

void TestCli::jsonOutputOfStatusCommandsIsParseable_data()
{
    addDatabaseRows();
}

void TestCli::jsonOutputOfStatusCommandsIsParseable()
{
    PROJECT_FOR_ROW(project);
    MAKE_REVISION(r1, project, u"create users table"_s, Sql::CreateUsers, Sql::DropUsers);
    MAKE_REVISION(r2, project, u"add email"_s, Sql::AddEmail, Sql::DropEmail);
    MAKE_REVISION(r3, project, u"create posts"_s, Sql::CreatePosts, Sql::DropPosts);
    const QStringList all{r1.id, r2.id, r3.id};
    QString jsonProblem;

    // check --json (global option after the command word): pending, exit 1.
    CliRun run = project.run({u"check"_s, u"--json"_s});
    EXPECT_EXIT(run, 1);
    QJsonObject object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(strings(object.value(u"pending"_s)), all);
    QVERIFY(!object.value(u"up_to_date"_s).toBool(true));
    QCOMPARE(object.value(u"exit_code"_s).toInt(), 1);
    QVERIFY(object.value(u"current"_s).toArray().isEmpty());
    QCOMPARE(object.value(u"database"_s).toString(), project.databaseShown());
    QCOMPARE(object.value(u"connection"_s).toString(), project.connectionName());

    EXPECT_EXIT(project.run({u"migrate"_s, r1.id}), 0);

    // showmigrations --json: every revision in order with its status.
    run = project.run({u"--json"_s, u"showmigrations"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    const QJsonArray revisions = object.value(u"revisions"_s).toArray();
    QCOMPARE(revisions.size(), 3);
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const QJsonObject revision = revisions.at(i).toObject();
        QCOMPARE(revision.value(u"revision"_s).toString(), all.at(i));
        QCOMPARE(revision.value(u"applied"_s).toBool(), i == 0);
        QCOMPARE(revision.value(u"current"_s).toBool(), i == 0);
        QCOMPARE(revision.value(u"head"_s).toBool(), i == 2);
        QVERIFY(!revision.value(u"edited"_s).toBool(true));
        QCOMPARE(revision.value(u"parents"_s).toArray().size(), i == 0 ? 0 : 1);
        QVERIFY2(revision.value(u"file"_s).toString().startsWith(u"migrations/versions/"_s),
                 qPrintable(revision.value(u"file"_s).toString()));
        QCOMPARE(revision.value(u"checksum"_s).toString().size(), 64);
    }
    QCOMPARE(revisions.at(0).toObject().value(u"message"_s).toString(), u"create users table"_s);
    QCOMPARE(strings(object.value(u"current"_s)), QStringList{r1.id});
    QCOMPARE(strings(object.value(u"pending"_s)), (QStringList{r2.id, r3.id}));
    QCOMPARE(object.value(u"database"_s).toString(), project.databaseShown());

    // current --json
    run = project.run({u"--json"_s, u"current"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    const QJsonArray current = object.value(u"current"_s).toArray();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).toObject().value(u"revision"_s).toString(), r1.id);
    QVERIFY(!object.value(u"up_to_date"_s).toBool(true));
    QCOMPARE(object.value(u"connection"_s).toString(), project.connectionName());

    // heads --json
    run = project.run({u"--json"_s, u"heads"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    const QJsonArray heads = object.value(u"heads"_s).toArray();
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads.at(0).toObject().value(u"revision"_s).toString(), r3.id);
    QCOMPARE(strings(heads.at(0).toObject().value(u"parents"_s)), QStringList{r2.id});
    QVERIFY(heads.at(0).toObject().value(u"head"_s).toBool());

    // history --json: newest first.
    run = project.run({u"--json"_s, u"history"_s, u"-l"_s, u"20"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    const QJsonArray log = object.value(u"revisions"_s).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"revision"_s).toString(), r3.id);
    QCOMPARE(log.at(2).toObject().value(u"revision"_s).toString(), r1.id);
    QVERIFY(log.at(2).toObject().value(u"current"_s).toBool());
    QVERIFY(log.at(2).toObject().value(u"applied"_s).toBool());
    QVERIFY(!log.at(0).toObject().value(u"current"_s).toBool(true));
    QVERIFY(!log.at(0).toObject().value(u"applied"_s).toBool(true));
    QVERIFY(log.at(0).toObject().value(u"head"_s).toBool());

    // migrate --json: the steps it ran.
    run = project.run({u"--json"_s, u"migrate"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(strings(object.value(u"from"_s)), QStringList{r1.id});
    QCOMPARE(strings(object.value(u"to"_s)), QStringList{r3.id});
    const QJsonArray steps = object.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value(u"revision"_s).toString(), r2.id);
    QCOMPARE(steps.at(0).toObject().value(u"direction"_s).toString(), u"up"_s);
    QVERIFY(steps.at(1).toObject().value(u"duration_ms"_s).isDouble());
    QCOMPARE(steps.at(1).toObject().value(u"statements"_s).toInt(), 1);

    // check --json when up to date: exit 0.
    run = project.run({u"--json"_s, u"check"_s});
    EXPECT_EXIT(run, 0);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QVERIFY(object.value(u"up_to_date"_s).toBool());
    QCOMPARE(object.value(u"exit_code"_s).toInt(-1), 0);
    QVERIFY(object.value(u"pending"_s).toArray().isEmpty());
    QCOMPARE(strings(object.value(u"current"_s)), QStringList{r3.id});

    // Errors with --json: stdout still carries one JSON object.
    run = project.run({u"--json"_s, u"migrate"_s, UnknownPrefix});
    EXPECT_EXIT(run, 2);
    object = parseJson(run.out, &jsonProblem);
    QVERIFY2(jsonProblem.isEmpty(), qPrintable(jsonProblem));
    QCOMPARE(object.value(u"error"_s).toObject().value(u"exit_code"_s).toInt(), 2);
    QVERIFY(!object.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
