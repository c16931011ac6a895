// SPDX-License-Identifier: MIT
#pragma once

#include "project/migrationaction.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace strata {
class Error;
struct RunReport;
} // namespace strata

namespace strata::ui {

class BackupController;
class BackupMigrateDialog;
class BackupPanel;
class ConnectionsPanel;
class DriftCheck;
class MakeMigrationsDialog;
class ModelsStatus;
class EditorTabs;
class FileEditor;
class ReviewController;
class ReviewPanel;
class LogModel;
class LogPanel;
class MessageBanner;
class PasswordVault;
class ProjectSession;
class RevisionDetailsPanel;
class TimelineModel;
class TimelinePanel;
class WelcomePage;
struct ConnectionStatus;
struct PlanPreview;

/// Strata Studio's window: assembles the welcome page, the timeline with its details, the
/// connection manager and the log panel, and turns menu and toolbar actions into session
/// calls. Holds no engine logic: everything that touches a database is a ProjectSession job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LogModel *log, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    MessageBanner *banner() const { return m_banner; }
    EditorTabs *editorTabs() const { return m_editors; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    ReviewController *review() const { return m_review; }
    BackupController *backups() const { return m_backups; }
    BackupPanel *backupPanel() const { return m_backupPanel; }
    ModelsStatus *modelsStatus() const { return m_modelsStatus; }
    /// The connection actions act on (the "Act on" box of the toolbar).
    QString targetConnection() const;
    void setTargetConnection(const QString &name);

public Q_SLOTS:
    /// Opens the project at @p path (a directory in it, or its strata.toml); false with a
    /// message when it cannot be opened.
    bool openProject(const QString &path);
    void openDemoProject();
    void closeProject();
    /// Runs @p action on the target connection. On a production connection it asks first,
    /// and a migrate or roll back backs up first (MigrationAction::backupFirst), as the CLI does.
    void runAction(const strata::ui::MigrationAction &action);
    /// Opens @p path in an editor tab; nullptr (and a message) when it cannot be read.
    strata::ui::FileEditor *openFile(const QString &path);
    /// Opens the file of revision @p revisionId.
    strata::ui::FileEditor *editRevision(const QString &revisionId);
    /// Opens the Make Migrations dialog (window-modal); a revision it writes is opened in
    /// the editor and selected in the timeline.
    strata::ui::MakeMigrationsDialog *makeMigrations();
    /// Opens Backup & Migrate for the target connection (window-modal).
    strata::ui::BackupMigrateDialog *backupAndMigrate();
    /// Compares the target's live schema with what its applied revisions build.
    void checkDrift();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    /// View > Language: the system's, English, or a shipped translation, from the next start.
    void createLanguageMenu(QMenu *menu);
    void restoreSettings();
    void rememberRecentProject(const QString &path);
    void updateActions();
    void updateTargetConnections();
    void showStatus(const QString &connection, const ConnectionStatus &status);
    void showRunResult(const QString &connection, const RunReport &report);
    void showRunError(const QString &connection, const Error &error);
    void showPlan(const QString &connection, const PlanPreview &preview);
    void showSelectedRevision();
    void promptOpenProject();
    void promptNewProject();
    void promptRollBack();
    void promptStamp();
    void requestPlan();
    void promptOpenFile();
    void openModels();
    /// Warns in each open revision's tab on which databases it is applied.
    void updateAppliedWarnings();
    void find(bool replace);
    /// "Yes" when @p connection is not production, else the user's answer.
    bool confirmOnProduction(const QString &connection, const QString &what);

    LogModel *m_log;
    PasswordVault *m_vault;
    ProjectSession *m_session;
    TimelineModel *m_timeline;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    TimelinePanel *m_timelinePanel;
    RevisionDetailsPanel *m_details;
    MessageBanner *m_banner;
    EditorTabs *m_editors;
    ReviewPanel *m_reviewPanel = nullptr;
    ReviewController *m_review = nullptr;
    ConnectionsPanel *m_connections = nullptr;
    BackupController *m_backups;
    BackupPanel *m_backupPanel = nullptr;
    ModelsStatus *m_modelsStatus;
    DriftCheck *m_drift;
    LogPanel *m_logPanel = nullptr;
    QComboBox *m_target;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    MigrationAction m_pendingPlanAction;

    QAction *m_openAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_migrateHeadAction = nullptr;
    QAction *m_migrateSelectedAction = nullptr;
    QAction *m_rollBackAction = nullptr;
    QAction *m_stampAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_jumpToHeadAction = nullptr;
    QAction *m_focusTimelineAction = nullptr;
    QAction *m_addConnectionAction = nullptr;
    QAction *m_editConnectionAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_editRevisionAction = nullptr;
    QAction *m_openModelsAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_reviewPendingAction = nullptr;
    QAction *m_makeMigrationsAction = nullptr;
    QAction *m_backupMigrateAction = nullptr;
    QAction *m_backUpNowAction = nullptr;
    QAction *m_checkDriftAction = nullptr;
};

} // namespace strata::ui
