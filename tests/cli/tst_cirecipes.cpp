// SPDX-License-Identifier: MIT
// The CI recipes in examples/ci: their strata commands, exactly as written, run on a copy of
// the example project against the test PostgreSQL. A sound project passes every step; a
// second head, a model change without its migration, a review error and a pending
// migration each fail the pipeline at their step.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

/// The uncommented `strata ...` commands of a recipe, in order.
QStringList recipeCommands(const QString &file)
{
    QStringList commands;
    static const QRegularExpression line(u"^\\s*(?:-\\s+)?(?:run:\\s+)?(strata\\s.*)$"_s);
    for (const QString &text : test::readFile(file).split(u'\n')) {
        if (const auto match = line.match(text); match.hasMatch())
            commands << match.captured(1);
    }
    return commands;
}


/// The id of the example's one revision.
QString exampleHead(const QString &project)
{
    return QDir(project + u"/migrations/versions"_s).entryList({u"*.sql"_s}).value(0).section(u'-', 1).section(u'_', 0, 0);
}

void writeRevision(const QString &project, const QString &id, const QString &parent, const QString &upgrade)
{
    QFile file(project + u"/migrations/versions/20990101_0000-"_s + id + u"_extra.sql"_s);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(u"-- revision: %1\n-- down_revision: %2\n-- message: extra\n-- created: 2099-01-01T00:00:00Z\n"
               u"-- transactional: true\n\n-- migrate:upgrade\n%3\n\n-- migrate:downgrade\nSELECT 1;\n"_s
                   .arg(id, parent, upgrade)
                   .toUtf8());
}

} // namespace

class TestCiRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recipesRunTheSameChecks();
    void failsThePipelineAtTheRightStep_data();
    void failsThePipelineAtTheRightStep();
};

void TestCiRecipes::recipesRunTheSameChecks()
{
    const QStringList expected{u"strata heads --check"_s, u"strata makemigrations --check"_s, u"strata lint"_s,
                               u"strata migrate"_s, u"strata check"_s};
    for (const QString &recipe : {u"github-actions.yml"_s, u"gitlab-ci.yml"_s}) {
        QStringList commands = recipeCommands(QStringLiteral(STRATA_EXAMPLES_DIR) + u"/ci/"_s + recipe);
        for (QString &command : commands)
            command = command.section(u'#', 0, 0).trimmed();
        QCOMPARE(commands, expected);
    }
}

void TestCiRecipes::failsThePipelineAtTheRightStep_data()
{
    QTest::addColumn<QString>("recipe");
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<int>("failingStep"); // -1: every step passes
    for (const QString &recipe : {u"github-actions.yml"_s, u"gitlab-ci.yml"_s}) {
        QTest::addRow("%s: sound", qPrintable(recipe)) << recipe << u"none"_s << -1;
        QTest::addRow("%s: two heads", qPrintable(recipe)) << recipe << u"heads"_s << 0;
        QTest::addRow("%s: unmigrated model", qPrintable(recipe)) << recipe << u"models"_s << 1;
        QTest::addRow("%s: review error", qPrintable(recipe)) << recipe << u"lint"_s << 2;
    }
}

void TestCiRecipes::failsThePipelineAtTheRightStep()
{
    QFETCH(QString, recipe);
    QFETCH(QString, breakage);
    QFETCH(int, failingStep);
    auto database = test::ScratchPostgres::create();
    QVERIFY2(database, test::errorText(database));
    QTemporaryDir dir;
    test::copyTree(QStringLiteral(STRATA_EXAMPLES_DIR) + u"/shop"_s, dir.path());
    const QString head = exampleHead(dir.path());
    if (breakage == u"heads"_s) {
        writeRevision(dir.path(), u"aaaa00000001"_s, head, u"SELECT 1;"_s);
        writeRevision(dir.path(), u"bbbb00000002"_s, head, u"SELECT 2;"_s);
    } else if (breakage == u"models"_s) {
        QFile models(dir.filePath(u"models/schema.sql"_s));
        QVERIFY(models.open(QIODevice::Append));
        models.write("\nCREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT NOT NULL);\n");
    } else if (breakage == u"lint"_s) {
        writeRevision(dir.path(), u"cccc00000003"_s, head, u"TRUNCATE orders;"_s);
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DATABASE_URL"_s, (*database)->url().toString());
    environment.insert(u"PATH"_s, QFileInfo(QStringLiteral(STRATA_BINARY)).absolutePath() + u':'
                                      + environment.value(u"PATH"_s));
    const QStringList commands = recipeCommands(QStringLiteral(STRATA_EXAMPLES_DIR) + u"/ci/"_s + recipe);
    for (int step = 0; step < commands.size(); ++step) {
        QProcess shell;
        shell.setProcessEnvironment(environment);
        shell.setWorkingDirectory(dir.path());
        shell.start(u"bash"_s, {u"-c"_s, commands.at(step)});
        QVERIFY(shell.waitForFinished(120'000));
        const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
        if (step == failingStep) {
            QVERIFY2(shell.exitCode() == 1, qPrintable(u"%1 exited %2:\n%3"_s.arg(commands.at(step)).arg(shell.exitCode()).arg(output)));
            return; // the pipeline stops here
        }
        QVERIFY2(shell.exitCode() == 0, qPrintable(u"%1 exited %2:\n%3"_s.arg(commands.at(step)).arg(shell.exitCode()).arg(output)));
    }
    QCOMPARE(failingStep, -1);

    // The deploy gate: a database the migrations have not reached fails `strata check`.
    auto fresh = test::ScratchPostgres::create();
    QVERIFY2(fresh, test::errorText(fresh));
    environment.insert(u"DATABASE_URL"_s, (*fresh)->url().toString());
    QProcess gate;
    gate.setProcessEnvironment(environment);
    gate.setWorkingDirectory(dir.path());
    gate.start(u"bash"_s, {u"-c"_s, u"strata check"_s});
    QVERIFY(gate.waitForFinished(60'000));
    QCOMPARE(gate.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestCiRecipes)
#include "tst_cirecipes.moc"
