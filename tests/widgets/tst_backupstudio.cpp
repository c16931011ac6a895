// SPDX-License-Identifier: MIT
// The studio's backups: the backup panel, Backup & Migrate and its production confirmation,
// driven through the main window against real SQLite files and the test PostgreSQL.
#include "backup/backupcontroller.h"
#include "backup/backuplistmodel.h"
#include "backup/backupmigratedialog.h"
#include "backup/backuppanel.h"
#include "backup/backupservice.h"
#include "backup/backupstore.h"
#include "database/connection.h"
#include "common/confirmationdialog.h"
#include "common/messagebanner.h"
#include "common/statusstyle.h"
#include "log/logmodel.h"
#include "project/projectsession.h"
#include "studio/mainwindow.h"
#include "timeline/timelinemodel.h"

#include "studiotestcase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

constexpr int Wait = 60'000;

/// Three revisions in portable SQL; the third adds an index.
void writeHistory(test::TempProject &project)
{
    project.writeRevision(u"aaaa00000001"_s, {}, u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"_s,
                          u"DROP TABLE customers;"_s, true, u"create customers"_s);
    project.writeRevision(u"bbbb00000002"_s, {u"aaaa00000001"_s}, u"ALTER TABLE customers ADD COLUMN email TEXT;"_s,
                          u"ALTER TABLE customers DROP COLUMN email;"_s, true, u"add email"_s);
    project.writeRevision(u"cccc00000003"_s, {u"bbbb00000002"_s},
                          u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));"_s,
                          u"DROP TABLE orders;"_s, true, u"create orders"_s);
}

QString cellText(const TimelineModel &model, const QString &revision)
{
    return model.index(model.rowOf(revision), TimelineModel::FirstConnectionColumn).data().toString();
}

/// Calls @p answer with the first visible top-level widget of type T once it shows (a dialog
/// that exec() opens), polling from the event loop that dialog runs.
template<typename T>
void whenShown(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *wanted = qobject_cast<T *>(widget);
            if (wanted && wanted->isVisible()) {
                poll->stop();
                poll->deleteLater();
                answer(wanted);
                return;
            }
        }
    });
    poll->start();
}

/// Confirms the next ConfirmationDialog, typing @p name when it asks for one.
void confirmNext(const QString &name = {})
{
    whenShown<ConfirmationDialog>([name](ConfirmationDialog *dialog) {
        if (dialog->nameEdit())
            dialog->nameEdit()->setText(name);
        dialog->confirmButton()->click();
    });
}

} // namespace

class TestBackupStudio : public test::StudioTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backsUpVerifiesPinsAndDeletesFromThePanel();
    void restoresABackupAfterConfirmation();
    void restoresABackupIntoAnotherConnection();
    void keepsTheEventLoopTurningDuringALongBackup();
    void cancelsABackupAndKeepsNothing();
    void backsUpThenMigratesOnPostgres();
    void stopsAtAFailedMigrationAndOffersTheRestore();
    void refusesAWrongProductionName();

private:
    /// Opens @p project (its strata.toml written already) and waits for the first status.
    void openProject(test::TempProject &project);
    /// The same, on a fresh database of the test PostgreSQL.
    void openOnScratchPostgres(test::TempProject &project);
    bool migrateToHead() { return migrate(MigrationAction::migrateToHead()); }
    bool migrate(const MigrationAction &action);
    /// Points STRATA_PG_BINDIR at a pg_dump that waits three seconds before it dumps.
    void useSlowPgDump(const QTemporaryDir &tools);

};

void TestBackupStudio::initTestCase()
{
    configureApplication(u"tst_backupstudio"_s);
}

void TestBackupStudio::init()
{
    openWindow();
}

void TestBackupStudio::cleanup()
{
    closeWindow();
    qunsetenv("STRATA_PG_BINDIR");
}

void TestBackupStudio::openProject(test::TempProject &project)
{
    writeHistory(project);
    QSignalSpy listed(m_window->backups(), &BackupController::backupsListed);
    QVERIFY(openAndRead(project.path()));
    QVERIFY(listed.size() > 0 || listed.wait(Wait));
}

void TestBackupStudio::openOnScratchPostgres(test::TempProject &project)
{
    const QString url = scratchPostgresUrl();
    QVERIFY(!url.isEmpty());
    project.setDatabaseUrl(url);
    openProject(project);
}

bool TestBackupStudio::migrate(const MigrationAction &action)
{
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    QSignalSpy succeeded(m_window->session(), &ProjectSession::runSucceeded);
    m_window->runAction(action);
    return status.wait(Wait) && succeeded.size() == 1;
}

void TestBackupStudio::backsUpVerifiesPinsAndDeletesFromThePanel()
{
    test::TempProject project;
    project.setDatabaseUrl(u"sqlite:///dev.db"_s);
    openProject(project);
    QVERIFY(migrateToHead());
    BackupPanel *panel = m_window->backupPanel();
    BackupController *backups = m_window->backups();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->connection(), u"default"_s);
    QCOMPARE(panel->model()->rowCount(), 0);

    QSignalSpy backedUp(backups, &BackupController::backedUp);
    QSignalSpy listed(backups, &BackupController::backupsListed);
    panel->backUpNow();
    QVERIFY(backups->isBusy());
    QVERIFY(backedUp.wait(Wait));
    QVERIFY(listed.wait(Wait));
    QCOMPARE(panel->model()->rowCount(), 1);
    const BackupManifest backup = panel->model()->backup(0);
    QCOMPARE(backup.revisions, QStringList{u"cccc00000003"_s});
    QVERIFY(backup.verified);
    QVERIFY(!backup.pinned);
    QVERIFY(QFile::exists(BackupStore(m_window->session()->project()->config().backupDir).archivePath(backup)));
    QCOMPARE(panel->model()->index(0, BackupListModel::VerifiedColumn).data().toString(), u"verified"_s);
    QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Success);

    // Pinned and unpinned: the manifest on disk says so.
    QVERIFY(panel->currentBackup());
    panel->togglePinned();
    QVERIFY(listed.wait(Wait));
    QVERIFY(panel->model()->backup(0).pinned);
    QVERIFY(BackupService::find(*m_window->session()->project(), backup.id)->pinned);
    panel->togglePinned();
    QVERIFY(listed.wait(Wait));
    QVERIFY(!BackupService::find(*m_window->session()->project(), backup.id)->pinned);

    // Verify reads it again; a damaged archive fails and is marked.
    QSignalSpy verified(backups, &BackupController::verified);
    panel->verifyCurrent();
    QVERIFY(verified.wait(Wait));
    const QString archive = BackupStore(m_window->session()->project()->config().backupDir).archivePath(backup);
    {
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x5a)));
    }
    QSignalSpy failed(backups, &BackupController::failed);
    panel->verifyCurrent();
    QVERIFY(failed.wait(Wait));
    QVERIFY(listed.wait(Wait));
    QCOMPARE(panel->model()->index(0, BackupListModel::VerifiedColumn).data().toString(), u"FAILED"_s);
    QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Error);

    // Deleted after a Yes: archive and manifest gone.
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    panel->deleteCurrent();
    QVERIFY(listed.wait(Wait));
    QCOMPARE(panel->model()->rowCount(), 0);
    QVERIFY(!QFile::exists(archive));
}

void TestBackupStudio::restoresABackupAfterConfirmation()
{
    test::TempProject project;
    project.setDatabaseUrl(u"sqlite:///dev.db"_s);
    openProject(project);
    QVERIFY(migrate(MigrationAction::migrateTo(u"aaaa00000001"_s)));
    BackupPanel *panel = m_window->backupPanel();
    BackupController *backups = m_window->backups();
    QSignalSpy listed(backups, &BackupController::backupsListed);
    QSignalSpy failed(backups, &BackupController::failed);
    panel->backUpNow();
    QVERIFY(listed.wait(Wait));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(panel->model()->rowCount(), 1);
    QVERIFY(migrateToHead());
    TimelineModel *model = m_window->timelineModel();
    QCOMPARE(cellText(*model, u"cccc00000003"_s), statusName(StatusKind::Current));

    // Cancelled: nothing happens.
    whenShown<ConfirmationDialog>([](ConfirmationDialog *dialog) { dialog->reject(); });
    QSignalSpy restored(backups, &BackupController::restored);
    panel->restoreCurrent();
    QVERIFY(!backups->isBusy());
    QCOMPARE(restored.size(), 0);

    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    confirmNext();
    panel->restoreCurrent();
    QVERIFY(restored.wait(Wait));
    QVERIFY(status.wait(Wait));
    QCOMPARE(cellText(*model, u"cccc00000003"_s), statusName(StatusKind::Pending));
    QCOMPARE(cellText(*model, u"aaaa00000001"_s), statusName(StatusKind::Current));
    QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Success);
}

void TestBackupStudio::useSlowPgDump(const QTemporaryDir &tools)
{
    const QByteArray serverBin = qgetenv("STRATA_TEST_PG_BIN");
    QVERIFY2(!serverBin.isEmpty(), "STRATA_TEST_PG_BIN is not set: run the tests through scripts/with-postgres.sh");
    QFile script(tools.filePath(u"pg_dump"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n[ \"$1\" = --version ] || sleep 3\nexec '" + serverBin + "/pg_dump' \"$@\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const char *tool : {"pg_restore", "psql"})
        QVERIFY(QFile::link(QString::fromUtf8(serverBin + '/' + tool), tools.filePath(QString::fromLatin1(tool))));
    qputenv("STRATA_PG_BINDIR", tools.path().toUtf8());
}

void TestBackupStudio::restoresABackupIntoAnotherConnection()
{
    test::TempProject project;
    project.writeConfig(u"[database]\nurl = \"sqlite:///dev.db\"\n\n[connections.copy]\nurl = \"sqlite:///copy.db\"\n"_s);
    openProject(project);
    QVERIFY(migrateToHead());
    BackupPanel *panel = m_window->backupPanel();
    BackupController *backups = m_window->backups();
    QSignalSpy listed(backups, &BackupController::backupsListed);
    panel->backUpNow();
    QVERIFY(listed.wait(Wait));
    QCOMPARE(panel->model()->rowCount(), 1);

    // Restore Into… lists the connections of the backup's kind; the copy is chosen.
    whenShown<QInputDialog>([](QInputDialog *dialog) {
        QVERIFY(dialog->comboBoxItems().contains(u"copy"_s));
        dialog->setTextValue(u"copy"_s);
        dialog->accept();
    });
    confirmNext();
    QSignalSpy restored(backups, &BackupController::restored);
    panel->restoreCurrentInto();
    QVERIFY(restored.wait(Wait));
    QCOMPARE(restored.first().at(1).toString(), u"copy"_s);

    // The copy holds what default held, and is at the same revision.
    const auto copy = m_window->session()->profile(u"copy"_s);
    QVERIFY(copy);
    auto service = MigrationService::connect(*m_window->session()->project(), copy->choice(), true);
    QVERIFY2(service, test::errorText(service));
    const auto status = (*service)->status();
    QVERIFY2(status, test::errorText(status));
    QCOMPARE(status->state.rowIds(m_window->session()->project()->graph()), QStringList{u"cccc00000003"_s});
    QVERIFY((*service)->connection().select(u"SELECT id, email FROM customers"_s));
}

void TestBackupStudio::keepsTheEventLoopTurningDuringALongBackup()
{
    // A pg_dump that takes three seconds before it dumps: long enough to see the GUI turn.
    QTemporaryDir tools;
    useSlowPgDump(tools);
    test::TempProject project;
    openOnScratchPostgres(project);
    QVERIFY(migrateToHead());

    int ticks = 0;
    QTimer timer;
    timer.setInterval(50);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    QSignalSpy backedUp(m_window->backups(), &BackupController::backedUp);
    QSignalSpy failed(m_window->backups(), &BackupController::failed);
    QElapsedTimer elapsed;
    elapsed.start();
    m_window->backupPanel()->backUpNow();
    QVERIFY(backedUp.wait(Wait));
    QCOMPARE(failed.size(), 0);
    const qint64 took = elapsed.elapsed();
    QVERIFY2(took >= 3'000, qPrintable(u"the backup took %1 ms"_s.arg(took)));
    // A frozen GUI would tick once or twice; a turning one about took/50 times.
    QVERIFY2(ticks >= took / 50 / 3, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(took)));
}

void TestBackupStudio::cancelsABackupAndKeepsNothing()
{
    QTemporaryDir tools;
    useSlowPgDump(tools);
    test::TempProject project;
    openOnScratchPostgres(project);
    QVERIFY(migrateToHead());

    BackupController *backups = m_window->backups();
    QSignalSpy failed(backups, &BackupController::failed);
    std::optional<ErrorCode> code;
    connect(backups, &BackupController::failed, this, [&code](const QString &, const Error &error) { code = error.code(); });
    m_window->backupPanel()->backUpNow();
    QVERIFY(backups->isBusy());
    QTest::qWait(500);
    backups->cancel();
    QVERIFY(failed.wait(Wait));
    QVERIFY(code);
    QCOMPARE(*code, ErrorCode::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!backups->isBusy(), Wait);
    QCOMPARE(m_window->backupPanel()->banner()->kind(), MessageBanner::Kind::Warning);
    // Neither an archive, nor a partial one, nor a manifest.
    const QDir dir(m_window->session()->project()->config().backupDir);
    QVERIFY2(dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
             qPrintable(dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).join(u", "_s)));
    QCOMPARE(m_window->backupPanel()->model()->rowCount(), 0);
}

void TestBackupStudio::backsUpThenMigratesOnPostgres()
{
    test::TempProject project;
    openOnScratchPostgres(project);

    BackupMigrateDialog *dialog = m_window->backupAndMigrate();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &BackupMigrateDialog::planReady);
    QVERIFY(ready.wait(Wait));
    QVERIFY(dialog->isPlanReady());
    QVERIFY(dialog->startButton()->isEnabled());

    QSignalSpy finished(dialog, &BackupMigrateDialog::finished);
    QVERIFY(dialog->start()); // not production: the plan on show is the confirmation
    QVERIFY(finished.wait(Wait));
    QVERIFY(finished.first().at(0).toBool());
    for (auto stage : {BackupMigrateDialog::Stage::Backup, BackupMigrateDialog::Stage::Verify,
                       BackupMigrateDialog::Stage::Migrate})
        QCOMPARE(dialog->stageState(stage), BackupMigrateDialog::StageState::Done);
    QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY(!dialog->restoreButton()->isVisible());

    // The backup: an archive and its manifest, verified, pinned, of the database before the run.
    const auto project_ = m_window->session()->project();
    const auto listed = BackupService::list(*project_);
    QVERIFY2(listed, test::errorText(listed));
    QCOMPARE(listed->size(), 1);
    const BackupManifest &backup = listed->first();
    QCOMPARE(backup.id, dialog->backup()->id);
    QVERIFY(backup.verified);
    QVERIFY(backup.pinned);
    QVERIFY(backup.revisions.isEmpty());
    const BackupStore store(project_->config().backupDir);
    QVERIFY(QFile::exists(store.archivePath(backup)));
    QVERIFY(QFile::exists(store.manifestPath(backup.id)));

    // The revisions are applied.
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(status.wait(Wait));
    QCOMPARE(cellText(*m_window->timelineModel(), u"cccc00000003"_s), statusName(StatusKind::Current));
    dialog->close();
}

void TestBackupStudio::stopsAtAFailedMigrationAndOffersTheRestore()
{
    test::TempProject project;
    openOnScratchPostgres(project);
    QVERIFY(migrateToHead());
    // Two new revisions: the first applies, the second fails on its second statement.
    project.writeRevision(u"dddd00000004"_s, {u"cccc00000003"_s}, u"ALTER TABLE customers ADD COLUMN points INTEGER;"_s,
                          u"ALTER TABLE customers DROP COLUMN points;"_s, true, u"add points"_s);
    project.writeRevision(u"eeee00000005"_s, {u"dddd00000004"_s},
                          u"ALTER TABLE orders ADD COLUMN total INTEGER;\nUPDATE orders SET totl = 1;"_s,
                          u"ALTER TABLE orders DROP COLUMN total;"_s, true, u"add total"_s);
    QSignalSpy reread(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(m_window->session()->reload());
    QVERIFY(reread.wait(Wait));

    BackupMigrateDialog *dialog = m_window->backupAndMigrate();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &BackupMigrateDialog::planReady);
    QVERIFY(ready.wait(Wait));
    QSignalSpy finished(dialog, &BackupMigrateDialog::finished);
    QVERIFY(dialog->start());
    QVERIFY(finished.wait(Wait));
    QVERIFY(!finished.first().at(0).toBool());
    QCOMPARE(dialog->stageState(BackupMigrateDialog::Stage::Backup), BackupMigrateDialog::StageState::Done);
    QCOMPARE(dialog->stageState(BackupMigrateDialog::Stage::Verify), BackupMigrateDialog::StageState::Done);
    QCOMPARE(dialog->stageState(BackupMigrateDialog::Stage::Migrate), BackupMigrateDialog::StageState::Failed);
    QCOMPARE(dialog->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(dialog->banner()->details().contains(u"totl"_s), qPrintable(dialog->banner()->details()));
    QVERIFY(dialog->backup());
    QCOMPARE(dialog->backup()->revisions, QStringList{u"cccc00000003"_s});
    QVERIFY(dialog->restoreButton()->isVisible());

    // Nothing past the failure: dddd applied, eeee rolled back.
    TimelineModel *model = m_window->timelineModel();
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    QVERIFY(status.wait(Wait));
    QCOMPARE(cellText(*model, u"dddd00000004"_s), statusName(StatusKind::Current));
    QCOMPARE(cellText(*model, u"eeee00000005"_s), statusName(StatusKind::Pending));

    // The restore offered puts the database back where the run found it.
    QSignalSpy restored(dialog, &BackupMigrateDialog::restoreFinished);
    confirmNext();
    dialog->restoreBackup();
    QVERIFY(restored.wait(Wait));
    QVERIFY(restored.first().at(0).toBool());
    QVERIFY(status.wait(Wait));
    QCOMPARE(cellText(*model, u"cccc00000003"_s), statusName(StatusKind::Current));
    QCOMPARE(cellText(*model, u"dddd00000004"_s), statusName(StatusKind::Pending));
    // ... and the column dddd added is gone from the database itself.
    auto choice = m_window->session()->profile(u"default"_s)->choice();
    auto service = MigrationService::connect(*m_window->session()->project(), choice, true);
    QVERIFY2(service, test::errorText(service));
    auto columns = (*service)->connection().select(
        u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'points'"_s);
    QVERIFY2(columns, test::errorText(columns));
    QCOMPARE(columns->at(0).at(0).toInt(), 0);
    dialog->close();
}

void TestBackupStudio::refusesAWrongProductionName()
{
    test::TempProject project;
    project.writeConfig(u"[database]\nurl = \"sqlite:///dev.db\"\n\n[connections.prod]\nurl = \"sqlite:///prod.db\"\n"
                        u"production = true\n"_s);
    openProject(project);
    m_window->session()->setShownConnections({u"default"_s, u"prod"_s});
    m_window->setTargetConnection(u"prod"_s);
    QCOMPARE(m_window->targetConnection(), u"prod"_s);

    BackupMigrateDialog *dialog = m_window->backupAndMigrate();
    QVERIFY(dialog);
    QSignalSpy ready(dialog, &BackupMigrateDialog::planReady);
    QVERIFY(ready.wait(Wait));
    QSignalSpy started(m_window->session(), &ProjectSession::runStarted);

    // A wrong name keeps the button disabled, and Enter does not get past it.
    bool wasEnabled = true;
    whenShown<ConfirmationDialog>([&wasEnabled](ConfirmationDialog *confirm) {
        QVERIFY(confirm->nameEdit());
        confirm->nameEdit()->setText(u"production"_s);
        wasEnabled = confirm->confirmButton()->isEnabled();
        QTest::keyClick(confirm->nameEdit(), Qt::Key_Return);
        if (confirm->isVisible())
            confirm->reject();
    });
    QVERIFY(!dialog->start());
    QVERIFY(!wasEnabled);
    QCOMPARE(started.size(), 0);
    QVERIFY(!QFile::exists(project.filePath(u"prod.db"_s)));
    QCOMPARE(dialog->stageState(BackupMigrateDialog::Stage::Backup), BackupMigrateDialog::StageState::Waiting);

    // The right name starts it.
    QSignalSpy finished(dialog, &BackupMigrateDialog::finished);
    confirmNext(u"prod"_s);
    QVERIFY(dialog->start());
    QVERIFY(finished.wait(Wait));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(dialog->backup()->connection, u"prod"_s);
    dialog->close();
}

QTEST_MAIN(TestBackupStudio)
#include "tst_backupstudio.moc"
