// SPDX-License-Identifier: MIT
#pragma once

#include "backup/backupservice.h"
#include "util/canceltoken.h"

#include <QObject>

class QWidget;

namespace strata::ui {

class ProjectSession;

/// The studio's backup work, each call a job off the GUI thread through the session:
/// listing the backup directory, backing up (with progress, cancellable), verifying,
/// pinning, deleting and restoring. One backup or restore at a time. The backup panel and
/// Backup & Migrate both go through it; the rules (what a restore replaces, what retention
/// keeps) are core's BackupService.
class BackupController : public QObject
{
    Q_OBJECT

public:
    explicit BackupController(ProjectSession *session, QObject *parent = nullptr);
    ~BackupController() override;

    /// Reads every manifest in [backup].dir (backupsListed).
    void refresh();
    const QList<BackupManifest> &backups() const { return m_backups; }

    /// Takes a backup of @p connection (progress, then backedUp or failed).
    void backUp(const QString &connection);
    /// Reads @p id's archive whole against its checksum (verified or failed).
    void verify(const QString &id);
    void setPinned(const QString &id, bool pinned);
    void remove(const QString &id);
    /// Makes @p connection's database what @p backup holds (restored or restoreFailed), after
    /// asking in a dialog over @p parent: on a production database the connection's name must
    /// be typed. False when the user declined or another job runs.
    bool askAndRestore(QWidget *parent, const BackupManifest &backup, const QString &connection);

    /// Stops a backup, verification or restore at its next safe point (nothing half-made is kept).
    void cancel();
    bool isBusy() const { return !m_busy.isEmpty(); }
    /// What is under way ("Backing up prod"), empty when idle.
    QString busyWith() const { return m_busy; }

Q_SIGNALS:
    void backupsListed(const QList<strata::BackupManifest> &backups);
    void busyChanged(bool busy);
    void progress(qint64 bytes, qint64 elapsedMs);
    void backedUp(const strata::BackupResult &result);
    void verified(const strata::BackupManifest &backup);
    void restored(const strata::BackupManifest &backup, const QString &into);
    void restoreFailed(const strata::BackupManifest &backup, const QString &into, const strata::Error &error);
    /// @p what failed ("Backing up prod", "Deleting 2026…"), and why.
    void failed(const QString &what, const strata::Error &error);

private:
    /// Marks the controller busy with @p what; false (and nothing starts) when it already is.
    bool start(const QString &what);
    void finish();
    void restore(const BackupManifest &backup, const QString &connection);

    ProjectSession *m_session;
    QList<BackupManifest> m_backups;
    QString m_busy;
    CancelToken m_cancel;
};

} // namespace strata::ui
