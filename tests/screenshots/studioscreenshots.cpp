// SPDX-License-Identifier: MIT
// strata-studio-screenshots OUTDIR: drives Strata Studio through its user story and saves
// what a user sees as PNGs (welcome page, timeline with branches, merges and two
// connections, the connection dialog, a failed migration, a plan, the editor with review
// findings, Make Migrations, the backup panel, Backup & Migrate). Run it under a display
// or Xvfb: scripts/screenshots.sh. With STRATA_TEST_PG_URL set, the connection dialog
// shows a real "wrong password" test against that server.
#include "backup/backupcontroller.h"
#include "backup/backupmigratedialog.h"
#include "backup/backuppanel.h"
#include "common/confirmationdialog.h"
#include "common/messagebanner.h"
#include "common/translations.h"
#include "connections/connectiondialog.h"
#include "log/logmodel.h"
#include "log/logpanelsink.h"
#include "models/makemigrationsdialog.h"
#include "models/modelsstatus.h"
#include "project/demoproject.h"
#include "project/projectsession.h"
#include "editor/editortabs.h"
#include "project/revisionauthor.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "studio/mainwindow.h"
#include "timeline/timelinepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

QDir outDir;

void save(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString path = outDir.filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

/// Waits for @p count emissions of @p signal (status reads, runs) or gives up after 30 s.
template<typename Signal>
bool waitFor(ProjectSession *session, Signal signal, int count = 1)
{
    QSignalSpy spy(session, signal);
    while (spy.size() < count) {
        if (!spy.wait(30'000))
            return false;
    }
    return true;
}

/// Answers the next modal question (the production confirmation) with Yes, saving it as
/// @p name first when given.
void answerYesSoon(const QString &name = {})
{
    QTimer::singleShot(500, [name] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (!name.isEmpty())
            save(box, name);
        box->button(QMessageBox::Yes)->click();
    });
}

bool run(MainWindow &window, const QString &connection, const MigrationAction &action)
{
    window.setTargetConnection(connection);
    QSignalSpy done(window.session(), &ProjectSession::statusRead);
    window.runAction(action);
    return done.wait(60'000);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    // Keep the user's real settings and keychain out of it.
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    qputenv("STRATA_NO_KEYCHAIN", "1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Strata"_s);
    QApplication::setApplicationName(u"Strata Studio Screenshots"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: strata-studio-screenshots OUTDIR [LANGUAGE]\n");
        return 2;
    }
    if (argc > 2)
        Translations::install(QString::fromLocal8Bit(argv[2]));
    outDir = QDir(QString::fromLocal8Bit(argv[1]));
    outDir.mkpath(u"."_s);

    LogModel log;
    installLogPanel(&log);
    MainWindow window(&log);
    window.resize(1500, 940);
    window.show();
    save(&window, u"01-welcome"_s);

    const auto demo = DemoProject::install(home.filePath(u"demo"_s));
    if (!demo || !window.openProject(*demo)) {
        std::fprintf(stderr, "cannot open the demo project\n");
        return 1;
    }
    ProjectSession *session = window.session();
    waitFor(session, &ProjectSession::statusRead);

    // A second environment, half-way there on one branch of the history.
    QList<ConnectionProfile> profiles = session->profiles();
    profiles.append({u"staging"_s, *DatabaseUrl::parse(u"sqlite:///staging.db"_s), true, ConnectionProfile::Origin::User});
    session->setProfiles(profiles);
    session->setShownConnections({u"default"_s, u"staging"_s});
    waitFor(session, &ProjectSession::statusRead);
    run(window, u"default"_s, MigrationAction::migrateToHead());
    answerYesSoon(u"07-production-confirmation"_s);
    // The demo's history has findings the review calls errors; production refuses those
    // unless told (--allow-lint-errors), as staging is here.
    MigrationAction halfWay = MigrationAction::migrateTo(u"caf4b01066b3"_s);
    halfWay.allowLintErrors = true;
    run(window, u"staging"_s, halfWay);
    window.timelinePanel()->selectRevision(u"294308bff801"_s);
    waitFor(session, &ProjectSession::revisionHistoryRead, 2);
    save(&window, u"02-timeline"_s);

    // The models gain a table: the status bar says so, and Make Migrations previews the file.
    {
        QFile models(QDir(*demo).filePath(u"models/schema.sql"_s));
        if (models.open(QIODevice::Append))
            models.write("\nCREATE TABLE wishlists (\n    id INTEGER PRIMARY KEY,\n"
                         "    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n"
                         "    product_id INTEGER NOT NULL REFERENCES products (id),\n"
                         "    added_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n"
                         "CREATE INDEX wishlists_user_id_idx ON wishlists (user_id);\n");
    }
    {
        QSignalSpy checked(window.modelsStatus(), &ModelsStatus::checked);
        window.modelsStatus()->check();
        checked.wait(30'000);
        MakeMigrationsDialog *make = window.makeMigrations();
        QSignalSpy detected(make, &MakeMigrationsDialog::detected);
        detected.wait(30'000);
        make->messageEdit()->setText(u"add wishlists"_s);
        make->resize(980, 720);
        save(make, u"09-make-migrations"_s);
        make->reject();
    }

    // Two backups of the development database, one pinned, in the backup panel.
    {
        BackupController *backups = window.backups();
        for (int i = 0; i < 2; ++i) {
            QSignalSpy listed(backups, &BackupController::backupsListed);
            QSignalSpy backedUp(backups, &BackupController::backedUp);
            window.setTargetConnection(u"default"_s);
            window.backupPanel()->backUpNow();
            backedUp.wait(30'000);
            listed.wait(30'000);
        }
        window.backupPanel()->togglePinned();
        QSignalSpy listed(backups, &BackupController::backupsListed);
        listed.wait(30'000);
        if (auto *dock = window.findChild<QDockWidget *>(u"backupDock"_s))
            dock->raise();
        save(&window, u"10-backup-panel"_s);
    }

    // The connection dialog, testing a PostgreSQL connection with a wrong password.
    ConnectionProfile postgres{u"ci-postgres"_s, DatabaseUrl::postgres(u"127.0.0.1"_s, 5432, u"strata"_s, u"app"_s),
                               false, ConnectionProfile::Origin::User};
    if (const auto url = DatabaseUrl::parse(qEnvironmentVariable("STRATA_TEST_PG_URL")); url && !url->host().isEmpty())
        postgres.url = DatabaseUrl::postgres(url->host(), url->port(), url->user(), url->database());
    ConnectionDialog dialog(postgres, u"wrong-password"_s, session->profiles(), QDir(*demo), &window);
    dialog.show();
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    dialog.testConnection();
    tested.wait(15'000);
    save(&dialog, u"03-connection-dialog"_s);
    dialog.findChild<QLineEdit *>(u"name"_s)->clear();
    save(&dialog, u"04-connection-dialog-invalid"_s);
    dialog.close();

    // A migration that fails on its second statement.
    const auto project = session->project();
    const auto broken = RevisionAuthor::write(*project, u"add loyalty points"_s,
                                              u"ALTER TABLE users ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;\n"
                                              u"UPDATE users SET loyalty_pointz = 10 WHERE id = 1;\n"_s,
                                              u"ALTER TABLE users DROP COLUMN loyalty_points;\n"_s);
    if (!broken || !session->reload()) {
        std::fprintf(stderr, "cannot write the failing revision\n");
        return 1;
    }
    waitFor(session, &ProjectSession::statusRead, 2);
    run(window, u"default"_s, MigrationAction::migrateToHead());
    save(&window, u"05-failed-migration"_s);

    // A revision in the editor with the review's findings on its statements.
    const auto risky = RevisionAuthor::write(*session->project(), u"drop legacy coupons"_s,
                                             u"-- strata:ignore truncate\n"
                                             u"DROP TABLE IF EXISTS legacy_coupons;\n\n"
                                             u"ALTER TABLE users RENAME COLUMN email TO email_address;\n\n"
                                             u"CREATE INDEX users_email_address ON users (email_address);\n"_s,
                                             u"DROP INDEX users_email_address;\n"
                                             u"ALTER TABLE users RENAME COLUMN email_address TO email;\n"_s);
    if (!risky || !session->reload()) {
        std::fprintf(stderr, "cannot write the risky revision\n");
        return 1;
    }
    waitFor(session, &ProjectSession::statusRead, 2);
    window.banner()->hide();
    window.timelinePanel()->selectRevision(risky->revision.id);
    QSignalSpy reviewed(window.review(), &ReviewController::reviewed);
    window.editRevision(risky->revision.id);
    reviewed.wait(15'000);
    window.reviewPanel()->view()->setCurrentIndex(window.reviewPanel()->model()->index(0, 0));
    save(&window, u"08-editor-with-findings"_s);
    window.editorTabs()->closeAll();

    // The plan of the staging database to head: the SQL a run would send, bookkeeping included.
    QTimer::singleShot(2'000, &window, [] {
        if (QWidget *plan = QApplication::activeModalWidget()) {
            save(plan, u"06-plan"_s);
            plan->close();
        }
    });
    window.setTargetConnection(u"staging"_s);
    window.timelinePanel()->selectRevision(u"3615e83d417e"_s);
    session->preparePlan(MigrationAction::migrateToHead(), u"staging"_s);
    waitFor(session, &ProjectSession::planPrepared);

    // Backup & Migrate on the production connection: the plan, the typed name, then the
    // run, which stops at the failing revision and offers the backup it took.
    BackupMigrateDialog *migrate = window.backupAndMigrate();
    if (!migrate) {
        std::fprintf(stderr, "cannot open Backup & Migrate\n");
        return 1;
    }
    QSignalSpy ready(migrate, &BackupMigrateDialog::planReady);
    ready.wait(30'000);
    if (auto *allow = migrate->findChild<QCheckBox *>(u"allowLintErrors"_s))
        allow->setChecked(true);
    save(migrate, u"11-backup-migrate-plan"_s);
    QTimer::singleShot(500, migrate, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *confirm = qobject_cast<ConfirmationDialog *>(widget); confirm && confirm->isVisible()) {
                confirm->nameEdit()->setText(u"stag"_s);
                save(confirm, u"12-backup-migrate-confirmation"_s);
                confirm->nameEdit()->setText(u"staging"_s);
                confirm->confirmButton()->click();
            }
        }
    });
    QSignalSpy finished(migrate, &BackupMigrateDialog::finished);
    if (migrate->start())
        finished.wait(60'000);
    save(migrate, u"13-backup-migrate-failed"_s);
    return 0;
}
