// SPDX-License-Identifier: MIT
#pragma once

#include "backup/backupmanifest.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace strata::ui {

class BackupController;
class BackupListModel;
class MessageBanner;
class ProjectSession;

/// The backups of the connection actions act on: listed from their manifests, with Back Up
/// Now (progress, cancel), Verify, Restore (into the same database, or into another
/// connection), Pin/Unpin, Delete and Reveal in the file manager. Every restore asks first;
/// on a production database the connection's name must be typed.
class BackupPanel : public QWidget
{
    Q_OBJECT

public:
    BackupPanel(ProjectSession *session, BackupController *controller, QWidget *parent = nullptr);

    /// Shows the backups of @p connection.
    void setConnection(const QString &connection);
    QString connection() const { return m_connection; }

    BackupListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    /// The selected backup, or nullptr.
    const BackupManifest *currentBackup() const;
    void selectBackup(const QString &id);

    void backUpNow();
    void verifyCurrent();
    /// Restores the selected backup into @p connection (its own when empty), after asking.
    void restoreCurrent(const QString &connection = {});
    void restoreCurrentInto();
    void togglePinned();
    void deleteCurrent();
    void revealInFileManager();

private:
    void showBackups();
    void updateButtons();

    ProjectSession *m_session;
    BackupController *m_controller;
    QString m_connection;
    BackupListModel *m_model;
    QLabel *m_title;
    MessageBanner *m_banner;
    QTreeView *m_view;
    QPushButton *m_backUp;
    QPushButton *m_verify;
    QPushButton *m_restore;
    QPushButton *m_restoreInto;
    QPushButton *m_pin;
    QPushButton *m_delete;
    QPushButton *m_reveal;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace strata::ui
