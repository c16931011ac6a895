// SPDX-License-Identifier: MIT
#pragma once

#include "backup/backupmanifest.h"
#include "project/projectsession.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace strata::ui {

class BackupController;
class FindingsModel;
class MessageBanner;
class SqlView;

/// Backup & Migrate, the one action for production: shows what will happen (the revisions,
/// their SQL, the review's findings, where the backup goes), asks for the connection's name
/// on a production database, then runs backup → verify → migrate as one core run
/// (RunOptions::backupFirst), each stage with its progress. Whatever fails stops the run with
/// nothing further applied; the result says which stage failed and, once a backup exists,
/// offers to restore it.
class BackupMigrateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Backup, Verify, Migrate };
    enum class StageState { Waiting, Running, Done, Failed, Skipped };

    BackupMigrateDialog(ProjectSession *session, BackupController *backups, const QString &connection,
                        QWidget *parent = nullptr);

    /// Asks (the name on production), then starts the run; false when the user declined or
    /// there is nothing to run.
    bool start();
    /// Restores the backup this run took, after asking as the backup panel does.
    void restoreBackup();

    bool isPlanReady() const { return m_preview.has_value(); }
    bool isRunning() const { return m_running; }
    StageState stageState(Stage stage) const { return m_states[int(stage)]; }
    /// The backup taken by the run, once it exists.
    std::optional<BackupManifest> backup() const { return m_backup; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *restoreButton() const { return m_restore; }
    FindingsModel *findings() const { return m_findings; }

Q_SIGNALS:
    void planReady();
    /// The run ended, @p succeeded or not.
    void finished(bool succeeded);
    /// A restore offered after a failure ended.
    void restoreFinished(bool succeeded);

protected:
    void reject() override;

private:
    void showPlan(const PlanPreview &preview);
    void setStage(Stage stage, StageState state, const QString &detail = {});
    void runFailed(const Error &error);
    void updateButtons();

    ProjectSession *m_session;
    BackupController *m_backups;
    QString m_connection;
    MigrationAction m_action = MigrationAction::backupAndMigrate();
    std::optional<PlanPreview> m_preview;
    std::optional<BackupManifest> m_backup;
    bool m_running = false;
    bool m_ran = false;
    StageState m_states[3] = {StageState::Waiting, StageState::Waiting, StageState::Waiting};

    QLabel *m_summary;
    QLabel *m_target;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_steps;
    SqlView *m_sql;
    FindingsModel *m_findings;
    QTreeView *m_findingsView;
    QCheckBox *m_allowLintErrors;
    QLabel *m_stageLabels[3];
    QProgressBar *m_progress;
    MessageBanner *m_banner;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_restore;
    QPushButton *m_close;
};

} // namespace strata::ui
