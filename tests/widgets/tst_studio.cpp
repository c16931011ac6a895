// SPDX-License-Identifier: MIT
// The studio's user story, driven through its main window: open a project, read every
// connection's status, migrate, fail, roll back, plan, on SQLite and on the test PostgreSQL.
#include "backup/backupservice.h"
#include "database/connection.h"
#include "common/messagebanner.h"
#include "common/statusstyle.h"
#include "connections/passwordvault.h"
#include "log/logmodel.h"
#include "project/demoproject.h"
#include "project/projectsession.h"
#include "studio/mainwindow.h"
#include "timeline/revisionhistorymodel.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepanel.h"

#include "studiotestcase.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

constexpr int Wait = 30'000;

/// a, then b and c on two branches, merged by m, then d: portable SQL for both dialects.
void writeHistory(test::TempProject &project)
{
    project.writeRevision(u"aaaa00000001"_s, {}, u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"_s,
                          u"DROP TABLE customers;"_s, true, u"create customers"_s);
    project.writeRevision(u"bbbb00000002"_s, {u"aaaa00000001"_s}, u"ALTER TABLE customers ADD COLUMN email TEXT;"_s,
                          u"ALTER TABLE customers DROP COLUMN email;"_s, true, u"add email"_s);
    project.writeRevision(u"cccc00000003"_s, {u"aaaa00000001"_s},
                          u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));"_s,
                          u"DROP TABLE orders;"_s, true, u"create orders"_s);
    project.writeRevision(u"dddd00000004"_s, {u"bbbb00000002"_s, u"cccc00000003"_s}, {}, {}, true, u"merge"_s);
    project.writeRevision(u"eeee00000005"_s, {u"dddd00000004"_s},
                          u"CREATE INDEX orders_customer ON orders (customer_id);"_s, u"DROP INDEX orders_customer;"_s,
                          true, u"index orders"_s);
}

QString cellText(const TimelineModel &model, const QString &revision, int connection = 0)
{
    return model.index(model.rowOf(revision), TimelineModel::FirstConnectionColumn + connection).data().toString();
}

} // namespace

class TestStudio : public test::StudioTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheDemoProjectWithItsBranchesAndMerges();
    void migratesToHeadAndUpdatesEveryStatusCell_data();
    void migratesToHeadAndUpdatesEveryStatusCell();
    void showsAFailingMigrationsErrorAndKeepsTheStatus_data();
    void showsAFailingMigrationsErrorAndKeepsTheStatus();
    void rollsBackAndMigratesToTheSelectedRevision();
    void showsThePlanWithItsBookkeeping();
    void readsARevisionsHistoryFromEachConnection();
    void asksBeforeChangingAProductionDatabase();
    void asksForAPasswordAndForgetsARejectedOne();
    void listsDriftOfTheLiveSchema_data();
    void listsDriftOfTheLiveSchema();

private:
    /// Opens @p project in a fresh window on @p url and waits for the first status.
    void openProject(test::TempProject &project, const QString &url);
    /// Runs @p action and waits for its outcome and the status read after it.
    bool run(const MigrationAction &action);

};

void TestStudio::initTestCase()
{
    configureApplication(u"tst_studio"_s);
}

void TestStudio::init()
{
    openWindow();
}

void TestStudio::cleanup()
{
    closeWindow();
}

void TestStudio::openProject(test::TempProject &project, const QString &url)
{
    QVERIFY2(!url.isEmpty(), "no database: see the warning above");
    project.setDatabaseUrl(url);
    writeHistory(project);
    QVERIFY(openAndRead(project.path()));
}

bool TestStudio::run(const MigrationAction &action)
{
    QSignalSpy outcome(m_window->session(), &ProjectSession::runStarted);
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    m_window->runAction(action);
    return outcome.size() == 1 && status.wait(Wait);
}

void TestStudio::opensTheDemoProjectWithItsBranchesAndMerges()
{
    QTemporaryDir home;
    const auto demo = DemoProject::install(home.filePath(u"demo"_s));
    QVERIFY2(demo, test::errorText(demo));
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(m_window->openProject(*demo));
    QVERIFY(status.wait(Wait));

    TimelineModel *model = m_window->timelineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 30);
    QCOMPARE(model->laneCount(), 2);
    const QModelIndex merge = model->index(model->rowOf(u"294308bff801"), TimelineModel::GraphColumn);
    QVERIFY(merge.data(TimelineModel::IsMergeRole).toBool());
    const auto lanes = merge.data(TimelineModel::LaneRowRole).value<LaneRow>();
    QCOMPARE(lanes.outgoing.size(), 2);
    QCOMPARE(model->index(0, 0).data(TimelineModel::RevisionIdRole).toString(), u"3615e83d417e"_s);
    QVERIFY(model->index(0, 0).data(TimelineModel::IsHeadRole).toBool());
    // A fresh demo: nothing applied on its SQLite database, and the head is selected.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, TimelineModel::FirstConnectionColumn).data(TimelineModel::StatusKindRole).toInt(),
                 int(StatusKind::Pending));
    QCOMPARE(m_window->timelinePanel()->currentRevisionId(), u"3615e83d417e"_s);

    // Installing again keeps the user's copy.
    QFile database(QDir(*demo).filePath(u"strata.toml"_s));
    QVERIFY(database.open(QIODevice::Append));
    database.write("# edited\n");
    database.close();
    QVERIFY(DemoProject::install(*demo));
    QFile reread(QDir(*demo).filePath(u"strata.toml"_s));
    QVERIFY(reread.open(QIODevice::ReadOnly));
    QVERIFY(reread.readAll().endsWith("# edited\n"));
}

void TestStudio::migratesToHeadAndUpdatesEveryStatusCell_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestStudio::migratesToHeadAndUpdatesEveryStatusCell()
{
    QFETCH(bool, postgres);
    test::TempProject project;
    openProject(project, postgres ? scratchPostgresUrl() : u"sqlite:///dev.db"_s);
    TimelineModel *model = m_window->timelineModel();
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Pending));

    QSignalSpy succeeded(m_window->session(), &ProjectSession::runSucceeded);
    QVERIFY(run(MigrationAction::migrateToHead()));
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.first().at(1).value<RunReport>().steps.size(), 5);
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Current));
    for (const QString &id : {u"aaaa00000001"_s, u"bbbb00000002"_s, u"cccc00000003"_s, u"dddd00000004"_s})
        QCOMPARE(cellText(*model, id), statusName(StatusKind::Applied));
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->title().contains(u"eeee00000005"_s), qPrintable(m_window->banner()->title()));
}

void TestStudio::showsAFailingMigrationsErrorAndKeepsTheStatus_data()
{
    migratesToHeadAndUpdatesEveryStatusCell_data();
}

void TestStudio::showsAFailingMigrationsErrorAndKeepsTheStatus()
{
    QFETCH(bool, postgres);
    test::TempProject project;
    openProject(project, postgres ? scratchPostgresUrl() : u"sqlite:///dev.db"_s);
    QVERIFY(run(MigrationAction::migrateToHead()));
    project.writeRevision(u"ffff00000006"_s, {u"eeee00000005"_s},
                          u"ALTER TABLE customers ADD COLUMN points INTEGER;\nUPDATE customers SET pointz = 1;"_s,
                          u"ALTER TABLE customers DROP COLUMN points;"_s, true, u"add points"_s);
    QSignalSpy reread(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(m_window->session()->reload());
    QVERIFY(reread.wait(Wait));

    std::optional<Error> failure;
    connect(m_window->session(), &ProjectSession::runFailed, this,
            [&failure](const QString &, const Error &error) { failure = error; });
    QVERIFY(run(MigrationAction::migrateToHead()));
    QVERIFY(failure);
    QCOMPARE(failure->location().line, 9); // the UPDATE, in the file's numbering
    MessageBanner *banner = m_window->banner();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->details().contains(u"ffff00000006"_s), qPrintable(banner->details()));
    QVERIFY2(banner->details().contains(u"pointz"_s), qPrintable(banner->details()));
    // The transaction rolled back: the status is what it was.
    TimelineModel *model = m_window->timelineModel();
    QCOMPARE(cellText(*model, u"ffff00000006"_s), statusName(StatusKind::Pending));
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Current));
    // The failing revision is selected, its line marked.
    QCOMPARE(m_window->timelinePanel()->currentRevisionId(), u"ffff00000006"_s);
}

void TestStudio::rollsBackAndMigratesToTheSelectedRevision()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    TimelineModel *model = m_window->timelineModel();
    QVERIFY(run(MigrationAction::migrateToHead()));
    QVERIFY(run(MigrationAction::rollBack(2)));
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Pending));
    QCOMPARE(cellText(*model, u"dddd00000004"_s), statusName(StatusKind::Pending));

    QVERIFY(m_window->timelinePanel()->selectRevision(u"aaaa00000001"_s));
    QVERIFY(run(MigrationAction::migrateTo(m_window->timelinePanel()->currentRevisionId())));
    QCOMPARE(cellText(*model, u"aaaa00000001"_s), statusName(StatusKind::Current));
    QCOMPARE(cellText(*model, u"bbbb00000002"_s), statusName(StatusKind::Pending));
    QCOMPARE(cellText(*model, u"cccc00000003"_s), statusName(StatusKind::Pending));

    QVERIFY(run(MigrationAction::stamp(u"eeee00000005"_s)));
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Current));
}

void TestStudio::showsThePlanWithItsBookkeeping()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    QSignalSpy planned(m_window->session(), &ProjectSession::planPrepared);
    m_window->session()->preparePlan(MigrationAction::migrateToHead(), u"default"_s);
    // The window shows the plan in a dialog; close it as a user would.
    QTimer::singleShot(200, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QVERIFY(planned.wait(Wait));
    const auto preview = planned.first().at(1).value<PlanPreview>();
    QCOMPARE(preview.plan.steps.size(), 5);
    QVERIFY(preview.sql.contains(u"CREATE TABLE customers"_s));
    QVERIFY(preview.sql.contains(u"strata_version_history"_s));
    // Planning changed nothing.
    QCOMPARE(cellText(*m_window->timelineModel(), u"aaaa00000001"_s), statusName(StatusKind::Pending));
}

void TestStudio::readsARevisionsHistoryFromEachConnection()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    ProjectSession *session = m_window->session();
    QList<ConnectionProfile> profiles = session->profiles();
    profiles.append({u"qa"_s, *DatabaseUrl::parse(u"sqlite:///qa.db"_s), false, ConnectionProfile::Origin::User});
    session->setProfiles(profiles);
    QSignalSpy status(session, &ProjectSession::statusRead);
    session->setShownConnections({u"default"_s, u"qa"_s});
    QVERIFY(status.wait(Wait));
    QCOMPARE(m_window->timelineModel()->columnCount(), TimelineModel::FirstConnectionColumn + 2);
    QVERIFY(run(MigrationAction::migrateToHead()));

    QSignalSpy history(session, &ProjectSession::revisionHistoryRead);
    QVERIFY(m_window->timelinePanel()->selectRevision(u"cccc00000003"_s));
    while (history.size() < 2)
        QVERIFY(history.wait(Wait));
    RevisionHistoryModel *model = m_window->findChild<RevisionHistoryModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1); // applied on default only
    QCOMPARE(model->index(0, RevisionHistoryModel::ConnectionColumn).data().toString(), u"default"_s);
    QCOMPARE(model->index(0, RevisionHistoryModel::ActionColumn).data().toString(), u"up"_s);
    QVERIFY(model->index(0, 0).data(RevisionHistoryModel::SuccessRole).toBool());
    QCOMPARE(cellText(*m_window->timelineModel(), u"cccc00000003"_s, 1), statusName(StatusKind::Pending));
}

void TestStudio::asksBeforeChangingAProductionDatabase()
{
    test::TempProject project;
    project.writeConfig(u"[database]\nurl = \"sqlite:///dev.db\"\n\n[connections.prod]\nurl = \"sqlite:///prod.db\"\n"
                        u"production = true\n"_s);
    writeHistory(project);
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(m_window->openProject(project.path()));
    m_window->session()->setShownConnections({u"prod"_s});
    QVERIFY(status.wait(Wait));
    QVERIFY(m_window->timelineModel()->headerData(TimelineModel::FirstConnectionColumn, Qt::Horizontal,
                                                   TimelineModel::ProductionRole).toBool());
    m_window->setTargetConnection(u"prod"_s);

    QSignalSpy started(m_window->session(), &ProjectSession::runStarted);
    QString question;
    const auto answer = [&question](QMessageBox::StandardButton button) {
        QTimer::singleShot(100, [&question, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    m_window->runAction(MigrationAction::migrateToHead());
    QVERIFY2(question.contains(u"production"_s), qPrintable(question));
    QCOMPARE(started.size(), 0);

    answer(QMessageBox::Yes);
    QSignalSpy succeeded(m_window->session(), &ProjectSession::runSucceeded);
    QVERIFY(run(MigrationAction::migrateToHead()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(cellText(*m_window->timelineModel(), u"eeee00000005"_s), statusName(StatusKind::Current));
    // As the CLI does on production: backed up first, and the banner names the backup.
    QVERIFY2(question.contains(u"Back up"_s), qPrintable(question));
    QCOMPARE(succeeded.size(), 1);
    const QString backupId = succeeded.first().at(1).value<RunReport>().backupId;
    QVERIFY(!backupId.isEmpty());
    QVERIFY(m_window->banner()->details().contains(backupId));
    const auto backups = BackupService::list(*m_window->session()->project());
    QVERIFY2(backups, test::errorText(backups));
    QCOMPARE(backups->size(), 1);
    QCOMPARE(backups->first().id, backupId);
    QVERIFY(backups->first().pinned);
}

void TestStudio::asksForAPasswordAndForgetsARejectedOne()
{
    auto scratch = test::ScratchPostgres::create();
    QVERIFY2(scratch, test::errorText(scratch));
    m_postgres = *std::move(scratch);
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    ProjectSession *session = m_window->session();
    // A user connection to the test server without its password in the URL, as the
    // connection dialog saves them.
    const DatabaseUrl server = m_postgres->url();
    QList<ConnectionProfile> profiles = session->profiles();
    profiles.append({u"pg"_s, server.withPassword({}), false, ConnectionProfile::Origin::User});
    session->setProfiles(profiles);
    qunsetenv("PGPASSWORD");
    QStringList asked;
    QString answer = u"not-the-password"_s;
    session->setPasswordPrompt([&](const ConnectionProfile &profile, const QString &) -> std::optional<QString> {
        asked << profile.name;
        return answer;
    });

    QSignalSpy status(session, &ProjectSession::statusRead);
    session->setShownConnections({u"default"_s, u"pg"_s});
    QVERIFY(status.wait(Wait));
    QCOMPARE(asked, QStringList{u"pg"_s});
    const ConnectionStatus &rejected = m_window->timelineModel()->connections().at(1);
    QVERIFY(!rejected.report);
    QVERIFY2(rejected.error.contains(u"password authentication failed"_s), qPrintable(rejected.error));

    // The rejected password was forgotten: the next read asks again, and the right one works.
    answer = server.password();
    session->refreshStatus(u"pg"_s);
    QVERIFY(status.wait(Wait));
    QCOMPARE(asked.size(), 2);
    QVERIFY2(m_window->timelineModel()->connections().at(1).report,
             qPrintable(m_window->timelineModel()->connections().at(1).error));
    // Kept for the session: no third question.
    session->refreshStatus(u"pg"_s);
    QVERIFY(status.wait(Wait));
    QCOMPARE(asked.size(), 2);
}

void TestStudio::listsDriftOfTheLiveSchema_data()
{
    migratesToHeadAndUpdatesEveryStatusCell_data();
}

void TestStudio::listsDriftOfTheLiveSchema()
{
    QFETCH(bool, postgres);
    test::TempProject project;
    openProject(project, postgres ? scratchPostgresUrl() : u"sqlite:///dev.db"_s);
    QVERIFY(run(MigrationAction::migrateToHead()));
    MessageBanner *banner = m_window->banner();

    m_window->checkDrift();
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Success, Wait);
    QVERIFY2(banner->title().contains(u"No drift"_s), qPrintable(banner->title()));
    QVERIFY2(banner->details().contains(u"5 applied"_s), qPrintable(banner->details()));

    // Someone adds a column by hand.
    const auto profile = m_window->session()->profile(u"default"_s);
    QVERIFY(profile);
    {
        auto service = MigrationService::connect(*m_window->session()->project(), profile->choice(), false);
        QVERIFY2(service, test::errorText(service));
        auto altered = (*service)->connection().exec(u"ALTER TABLE customers ADD COLUMN nickname TEXT"_s);
        QVERIFY2(altered, test::errorText(altered));
    }
    m_window->checkDrift();
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Warning, Wait);
    QVERIFY2(banner->title().contains(u"drifted"_s), qPrintable(banner->title()));
    QVERIFY2(banner->details().contains(u"nickname"_s), qPrintable(banner->details()));
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
