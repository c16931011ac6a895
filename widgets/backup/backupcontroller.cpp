// SPDX-License-Identifier: MIT
#include "backupcontroller.h"

#include "backuplistmodel.h"
#include "common/confirmationdialog.h"
#include "log/logging.h"
#include "project/projectsession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace strata::ui {

BackupController::BackupController(ProjectSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &ProjectSession::projectOpened, this, &BackupController::refresh);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        // The job's result will be dropped with the project: stop it and be idle again.
        if (isBusy()) {
            m_cancel.cancel();
            m_busy.clear();
            Q_EMIT busyChanged(false);
        }
        m_backups.clear();
        Q_EMIT backupsListed(m_backups);
    });
    // A run that backed up first left a new backup in the directory.
    connect(m_session, &ProjectSession::runBackedUp, this, &BackupController::refresh);
}

BackupController::~BackupController()
{
    m_cancel.cancel();
}

bool BackupController::start(const QString &what)
{
    if (isBusy() || !m_session->isOpen())
        return false;
    m_busy = what;
    m_cancel = CancelToken();
    Q_EMIT busyChanged(true);
    return true;
}

void BackupController::finish()
{
    m_busy.clear();
    Q_EMIT busyChanged(false);
    refresh();
}

void BackupController::cancel()
{
    m_cancel.cancel();
}

void BackupController::refresh()
{
    m_session->runOnProject(this, [](const Project &project) { return BackupService::list(project); },
                            [this](Result<QList<BackupManifest>> backups) {
                                if (!backups) {
                                    Q_EMIT failed(tr("Reading the backup directory"), backups.error());
                                    return;
                                }
                                m_backups = *std::move(backups);
                                Q_EMIT backupsListed(m_backups);
                            });
}

void BackupController::backUp(const QString &connection)
{
    const QString what = tr("Backing up %1").arg(connection);
    if (!start(what))
        return;
    // Progress comes from the worker thread. It is queued to the session, which outlives
    // every job (its destructor waits for them), and forwarded from there, on the GUI
    // thread, only while this controller still exists.
    const QPointer<BackupController> self(this);
    BackupOptions options;
    options.progress = [self, session = m_session](qint64 bytes, qint64 elapsedMs) {
        QMetaObject::invokeMethod(
            session,
            [self, bytes, elapsedMs] {
                if (self)
                    Q_EMIT self->progress(bytes, elapsedMs);
            },
            Qt::QueuedConnection);
    };
    m_session->runOnConnection(
        this, connection,
        [options, cancel = m_cancel](const Project &project, const ConnectionChoice &choice) {
            return BackupService::backup(project, choice, options, cancel);
        },
        [this, what](Result<BackupResult> result) {
            if (result) {
                log::get("ui.backup")->info("backup {} taken and verified", result->manifest.id);
                Q_EMIT backedUp(*result);
            } else {
                Q_EMIT failed(what, result.error());
            }
            finish();
        });
}

void BackupController::verify(const QString &id)
{
    const QString what = tr("Verifying %1").arg(id);
    if (!start(what))
        return;
    m_session->runOnProject(
        this, [id, cancel = m_cancel](const Project &project) { return BackupService::verify(project, id, cancel); },
        [this, what](Result<BackupManifest> result) {
            if (result)
                Q_EMIT verified(*result);
            else
                Q_EMIT failed(what, result.error());
            finish();
        });
}

void BackupController::setPinned(const QString &id, bool pinned)
{
    m_session->runOnProject(
        this, [id, pinned](const Project &project) { return BackupService::setPinned(project, id, pinned); },
        [this, id, pinned](Result<BackupManifest> result) {
            if (!result)
                Q_EMIT failed(pinned ? tr("Pinning %1").arg(id) : tr("Unpinning %1").arg(id), result.error());
            refresh();
        });
}

void BackupController::remove(const QString &id)
{
    const QString what = tr("Deleting %1").arg(id);
    if (!start(what))
        return;
    m_session->runOnProject(
        this, [id](const Project &project) { return BackupService::remove(project, id); },
        [this, what](Result<void> result) {
            if (!result)
                Q_EMIT failed(what, result.error());
            finish();
        });
}

bool BackupController::askAndRestore(QWidget *parent, const BackupManifest &backup, const QString &connection)
{
    const auto profile = m_session->profile(connection);
    if (!profile || isBusy())
        return false;
    // The same rule as the job's, from the profile alone: where it goes, and how to ask.
    const BackupService::RestoreTarget target = BackupService::restoreTargetFor(backup, profile->choice());
    const QString text = tr("This replaces everything in %1 (%2) with backup %3, taken %4 when the database was "
                            "at %5.\n\nWhat the database holds now is lost unless you back it up first.")
                             .arg(target.name, target.url.redacted(), backup.id,
                                  QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat),
                                  revisionsText(backup));
    if (!ConfirmationDialog::ask(parent, tr("Restore %1").arg(backup.id), text, tr("&Restore"),
                                 target.production ? target.name : QString()))
        return false;
    restore(backup, connection);
    return true;
}

void BackupController::restore(const BackupManifest &backup, const QString &connection)
{
    const QString what = tr("Restoring %1 into %2").arg(backup.id, connection);
    if (!start(what))
        return;
    m_session->runOnConnection(
        this, connection,
        [backup, cancel = m_cancel](const Project &project, const ConnectionChoice &choice) {
            return BackupService::restore(project, backup, BackupService::restoreTargetFor(backup, choice), 10'000,
                                          cancel);
        },
        [this, backup, connection](Result<void> result) {
            if (result)
                Q_EMIT restored(backup, connection);
            else
                Q_EMIT restoreFailed(backup, connection, result.error());
            finish();
            // The database is somewhere else now: every view of it must read it again.
            m_session->refreshStatus(connection);
        });
}

} // namespace strata::ui
