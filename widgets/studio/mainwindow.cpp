// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "backup/backupmigratedialog.h"
#include "backup/backuppanel.h"
#include "common/messagebanner.h"
#include "common/translations.h"
#include "connections/connectionspanel.h"
#include "connections/passwordvault.h"
#include "diff/autogenerateservice.h"
#include "editor/editortabs.h"
#include "editor/fileeditor.h"
#include "editor/sqleditor.h"
#include "log/logging.h"
#include "log/logpanel.h"
#include "models/driftcheck.h"
#include "models/makemigrationsdialog.h"
#include "models/modelsstatus.h"
#include "project/demoproject.h"
#include "project/plandialog.h"
#include "project/projectscaffold.h"
#include "project/projectsession.h"
#include "project/welcomepage.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "timeline/revisiondetailspanel.h"
#include "timeline/revisionhistorymodel.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
constexpr int MaxRecentProjects = 8;
const QString RecentProjectsKey = u"recentProjects"_s;
} // namespace

MainWindow::MainWindow(LogModel *log, QWidget *parent)
    : QMainWindow(parent)
    , m_log(log)
    , m_vault(new PasswordVault(PasswordVault::Backend::Keychain, this))
    , m_session(new ProjectSession(m_vault, this))
    , m_timeline(new TimelineModel(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_timelinePanel(new TimelinePanel(m_timeline, this))
    , m_details(new RevisionDetailsPanel(this))
    , m_banner(new MessageBanner(this))
    , m_editors(new EditorTabs(this))
    , m_backups(new BackupController(m_session, this))
    , m_modelsStatus(new ModelsStatus(m_session, this))
    , m_drift(new DriftCheck(m_session, m_banner, this))
    , m_target(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    setWindowTitle(tr("Strata Studio"));
    m_target->setObjectName(u"targetConnection"_s);
    m_target->setMinimumContentsLength(14);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target->setToolTip(tr("The connection that Migrate, Roll back and Stamp act on"));

    auto *projectPage = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, projectPage);
    splitter->setObjectName(u"timelineSplitter"_s);
    splitter->addWidget(m_timelinePanel);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The files being edited open beside the timeline; the timeline has the width while none is.
    auto *workArea = new QSplitter(Qt::Horizontal, projectPage);
    workArea->setObjectName(u"workSplitter"_s);
    workArea->addWidget(splitter);
    workArea->addWidget(m_editors);
    workArea->setStretchFactor(0, 2);
    workArea->setStretchFactor(1, 3);
    m_editors->hide();
    auto *pageLayout = new QVBoxLayout(projectPage);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(workArea, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(projectPage);
    setCentralWidget(m_pages);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progressText, 1);
    statusBar()->addPermanentWidget(m_modelsStatus);
    connect(m_modelsStatus, &ModelsStatus::makeMigrationsRequested, this, &MainWindow::makeMigrations);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();
    createMenus();
    createDocks();

    m_session->setPasswordPrompt([this](const ConnectionProfile &profile, const QString &) -> std::optional<QString> {
        bool ok = false;
        const QString where = m_vault->hasKeychain() ? tr("It will be kept in the system keychain.")
                                                     : tr("No keychain is running: it is kept until you quit.");
        const QString password = QInputDialog::getText(
            this, tr("Password for %1").arg(profile.name),
            tr("Password for %1 (%2). %3").arg(profile.url.user(), profile.url.redacted(), where), QLineEdit::Password,
            {}, &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    });

    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::promptOpenProject);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::promptNewProject);
    connect(m_welcome, &WelcomePage::demoProjectRequested, this, &MainWindow::openDemoProject);
    connect(m_welcome, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);

    connect(m_session, &ProjectSession::projectOpened, this, [this] {
        const auto project = m_session->project();
        m_timeline->setGraph(std::shared_ptr<const RevisionGraph>(project, &project->graph()));
        setWindowTitle(tr("%1 — Strata Studio").arg(QDir::toNativeSeparators(project->config().rootDir.path())));
        m_pages->setCurrentIndex(1);
        m_timelinePanel->jumpToHead();
        m_review->refreshCompletions();
        updateActions();
    });
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_timeline->setGraph(nullptr);
        m_timeline->setConnections({});
        m_details->showRevision(nullptr, -1);
        m_reviewPanel->clear();
        m_banner->hide();
        setWindowTitle(tr("Strata Studio"));
        m_pages->setCurrentIndex(0);
        updateActions();
    });
    connect(m_session, &ProjectSession::shownConnectionsChanged, this, [this](const QStringList &names) {
        // Keep the reports already read; new columns wait for theirs.
        QList<ConnectionStatus> columns;
        for (const QString &name : names) {
            const auto known = std::find_if(m_timeline->connections().begin(), m_timeline->connections().end(),
                                            [&](const ConnectionStatus &status) { return status.name == name; });
            const auto profile = m_session->profile(name);
            ConnectionStatus status;
            if (known != m_timeline->connections().end())
                status = *known;
            status.name = name;
            status.production = profile && profile->production;
            columns.append(status);
        }
        m_timeline->setConnections(columns);
        updateTargetConnections();
    });
    connect(m_session, &ProjectSession::profilesChanged, this, &MainWindow::updateTargetConnections);
    connect(m_session, &ProjectSession::statusRead, this, &MainWindow::showStatus);
    connect(m_session, &ProjectSession::revisionHistoryRead, this,
            [this](const QString &revisionId, const QString &connection, const QList<HistoryRecord> &records,
                   const QString &error) {
                if (m_details->historyModel()->revisionId() == revisionId)
                    m_details->historyModel()->setRecords(connection, records, error);
            });
    connect(m_session, &ProjectSession::runStarted, this, [this](const QString &connection, const QString &what) {
        m_progressText->setText(tr("%1 on %2…").arg(what, connection));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        updateActions();
    });
    connect(m_session, &ProjectSession::runProgress, this, [this](int position, int total, const QString &step) {
        m_progress->setRange(0, total);
        m_progress->setValue(position);
        m_progress->setFormat(tr("%1 of %2").arg(position + 1).arg(total));
        m_progressText->setText(step);
    });
    connect(m_session, &ProjectSession::runSucceeded, this, &MainWindow::showRunResult);
    connect(m_session, &ProjectSession::runFailed, this, &MainWindow::showRunError);
    connect(m_session, &ProjectSession::planPrepared, this, &MainWindow::showPlan);
    connect(m_session, &ProjectSession::planFailed, this, [this](const QString &connection, const Error &error) {
        m_banner->showError(tr("Cannot plan on %1").arg(connection), error);
    });
    connect(m_vault, &PasswordVault::keychainUnavailable, this, [](const QString &reason) {
        log::get("ui.connections")->warn("no keychain ({}): passwords are kept in memory until Strata Studio quits",
                                         reason);
    });

    connect(m_timelinePanel, &TimelinePanel::currentRevisionChanged, this, &MainWindow::showSelectedRevision);
    connect(m_timelinePanel, &TimelinePanel::connectionPicked, this, &MainWindow::setTargetConnection);
    connect(m_timelinePanel, &TimelinePanel::revisionActivated, this, &MainWindow::editRevision);
    connect(m_editors, &EditorTabs::editorsChanged, this, [this] {
        m_editors->setVisible(m_editors->count() > 0);
        updateAppliedWarnings();
        updateActions();
    });
    connect(m_editors, &EditorTabs::currentEditorChanged, this, &MainWindow::updateActions);
    connect(m_editors, &EditorTabs::editorSaved, this, [this](FileEditor *editor) {
        // The project reads its files again: a saved revision has a new checksum (shown as
        // "edited" where it is applied), a new parent, or a header that no longer parses.
        const QString selected = m_timelinePanel->currentRevisionId();
        if (auto reloaded = m_session->reload(); !reloaded) {
            m_banner->showError(tr("%1 is saved, but the project cannot read it").arg(editor->fileName()),
                                reloaded.error());
            return;
        }
        if (!selected.isEmpty())
            m_timelinePanel->selectRevision(selected);
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_backupPanel->setConnection(targetConnection());
        updateActions();
    });
    connect(m_backups, &BackupController::busyChanged, this, &MainWindow::updateActions);

    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_openAction = make(tr("&Open Project…"), QKeySequence::Open, [this] { promptOpenProject(); });
    m_newAction = make(tr("&New Project…"), QKeySequence::New, [this] { promptNewProject(); });
    m_demoAction = make(tr("Open &Demo Project"), QKeySequence(u"Ctrl+Shift+D"_s), [this] { openDemoProject(); });
    m_reloadAction = make(tr("&Reload Revision Files"), QKeySequence(u"Ctrl+R"_s), [this] {
        if (auto reloaded = m_session->reload(); !reloaded)
            m_banner->showError(tr("Cannot reload the project"), reloaded.error());
    });
    m_closeAction = make(tr("&Close Project"), QKeySequence(u"Ctrl+Shift+W"_s), [this] { closeProject(); });
    m_openFileAction = make(tr("Open &File…"), QKeySequence(u"Ctrl+Shift+F"_s), [this] { promptOpenFile(); });
    m_editRevisionAction = make(tr("&Edit Selected Revision"), QKeySequence(u"Ctrl+E"_s),
                                [this] { editRevision(m_timelinePanel->currentRevisionId()); });
    m_openModelsAction = make(tr("Edit &Models"), QKeySequence(u"Ctrl+Shift+L"_s), [this] { openModels(); });
    m_saveAction = make(tr("&Save"), QKeySequence::Save, [this] { m_editors->saveCurrent(); });
    m_closeTabAction = make(tr("Close &Tab"), QKeySequence(u"Ctrl+W"_s),
                            [this] { m_editors->closeEditor(m_editors->currentIndex()); });
    m_replaceAction = make(tr("&Replace…"), QKeySequence(u"Ctrl+H"_s), [this] { find(true); });
    m_reviewPendingAction = make(tr("Review &Pending Migrations"), QKeySequence(u"Ctrl+Shift+R"_s),
                                 [this] { m_review->reviewPending(targetConnection()); });
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    m_makeMigrationsAction = make(tr("Make Mi&grations…"), QKeySequence(u"Ctrl+Shift+G"_s), [this] { makeMigrations(); });
    m_makeMigrationsAction->setToolTip(tr("Generate a migration from the changes in the models (strata makemigrations)"));
    m_backupMigrateAction = make(tr("Back Up && &Migrate…"), QKeySequence(u"Ctrl+Alt+M"_s),
                                 [this] { backupAndMigrate(); });
    m_backupMigrateAction->setToolTip(tr("Back up, verify, then migrate to head; the way to migrate production"));
    m_backUpNowAction = make(tr("Back &Up Now"), QKeySequence(u"Ctrl+Alt+B"_s), [this] {
        m_backupPanel->backUpNow();
    });
    m_checkDriftAction = make(tr("Check &Drift"), QKeySequence(u"Ctrl+Alt+D"_s), [this] { checkDrift(); });
    m_checkDriftAction->setToolTip(tr("Compare the live schema with what the applied migrations build "
                                      "(strata check --drift)"));

    m_migrateHeadAction = make(tr("&Migrate to Head"), QKeySequence(u"Ctrl+M"_s),
                               [this] { runAction(MigrationAction::migrateToHead()); });
    m_migrateSelectedAction = make(tr("Migrate to &Selected Revision"), QKeySequence(u"Ctrl+Shift+M"_s), [this] {
        runAction(MigrationAction::migrateTo(m_timelinePanel->currentRevisionId()));
    });
    m_rollBackAction = make(tr("Roll &Back…"), QKeySequence(u"Ctrl+Shift+B"_s), [this] { promptRollBack(); });
    m_stampAction = make(tr("S&tamp Selected Revision…"), QKeySequence(u"Ctrl+Shift+T"_s), [this] { promptStamp(); });
    m_planAction = make(tr("Show &Plan"), QKeySequence(u"Ctrl+P"_s), [this] { requestPlan(); });
    m_refreshAction = make(tr("Refresh &Status"), QKeySequence::Refresh, [this] { m_session->refreshStatus(); });
    m_cancelAction = make(tr("&Cancel"), QKeySequence(u"Ctrl+."_s), [this] { m_session->cancelRun(); });
    m_cancelAction->setToolTip(tr("Stop after the step under way (a migration is never cut in half)"));
    m_cancel->setDefaultAction(m_cancelAction);

    m_filterAction = make(tr("&Find…"), QKeySequence::Find, [this] { find(false); });
    m_filterAction->setToolTip(tr("Find in the file being edited, or filter the timeline's revisions"));
    m_jumpToHeadAction = make(tr("&Jump to Head"), QKeySequence(u"Ctrl+J"_s), [this] { m_timelinePanel->jumpToHead(); });
    m_focusTimelineAction = make(tr("Focus &Timeline"), QKeySequence(u"Ctrl+T"_s),
                                 [this] { m_timelinePanel->view()->setFocus(); });
    m_addConnectionAction = make(tr("&Add Connection…"), QKeySequence(u"Ctrl+Shift+N"_s),
                                 [this] { m_connections->addConnection(); });
    m_editConnectionAction = make(tr("&Edit Connection…"), QKeySequence(u"Ctrl+Shift+E"_s),
                                  [this] { m_connections->editConnection(); });
    m_aboutAction = make(tr("&About Strata Studio"), {}, [this] {
        QMessageBox::about(this, tr("About Strata Studio"),
                           tr("<b>Strata Studio %1</b><p>Database migrations: review, apply, roll back.</p>")
                               .arg(QStringLiteral(STRATA_VERSION)));
    });

    for (QAction *action : {m_migrateHeadAction, m_migrateSelectedAction, m_rollBackAction, m_stampAction,
                            m_planAction, m_refreshAction})
        m_timelinePanel->view()->addAction(action);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_openAction, m_newAction, m_demoAction});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addActions({m_editRevisionAction, m_openModelsAction, m_openFileAction, m_saveAction, m_closeTabAction});
    file->addSeparator();
    file->addActions({m_reloadAction, m_closeAction});
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *migrate = menuBar()->addMenu(tr("&Migrate"));
    migrate->addActions({m_migrateHeadAction, m_migrateSelectedAction, m_rollBackAction, m_stampAction});
    migrate->addSeparator();
    migrate->addActions({m_backupMigrateAction, m_backUpNowAction});
    migrate->addSeparator();
    migrate->addActions({m_planAction, m_reviewPendingAction, m_checkDriftAction, m_refreshAction, m_cancelAction});
    migrate->addSeparator();
    migrate->addAction(m_makeMigrationsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_filterAction, m_replaceAction, m_jumpToHeadAction, m_focusTimelineAction});
    view->setObjectName(u"viewMenu"_s);

    QMenu *connections = menuBar()->addMenu(tr("&Connections"));
    connections->addActions({m_addConnectionAction, m_editConnectionAction});
    menuBar()->addMenu(tr("&Help"))->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(u"actionsToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(new QLabel(tr(" Act on: "), toolbar));
    toolbar->addWidget(m_target);
    toolbar->addSeparator();
    toolbar->addActions({m_migrateHeadAction, m_migrateSelectedAction, m_rollBackAction, m_stampAction});
    toolbar->addSeparator();
    toolbar->addAction(m_backupMigrateAction);
    toolbar->addSeparator();
    toolbar->addActions({m_planAction, m_refreshAction, m_makeMigrationsAction});
}

void MainWindow::createDocks()
{
    m_connections = new ConnectionsPanel(m_session, this);
    auto *connectionsDock = new QDockWidget(tr("Connections"), this);
    connectionsDock->setObjectName(u"connectionsDock"_s);
    connectionsDock->setWidget(m_connections);
    addDockWidget(Qt::LeftDockWidgetArea, connectionsDock);
    connect(m_connections, &ConnectionsPanel::currentConnectionChanged, this, [this](const QString &name) {
        if (m_session->shownConnections().contains(name))
            setTargetConnection(name);
    });

    m_reviewPanel = new ReviewPanel(this);
    auto *reviewDock = new QDockWidget(tr("Review"), this);
    reviewDock->setObjectName(u"reviewDock"_s);
    reviewDock->setWidget(m_reviewPanel);
    addDockWidget(Qt::BottomDockWidgetArea, reviewDock);
    m_review = new ReviewController(m_session, m_editors, m_reviewPanel, [this] { return targetConnection(); }, this);
    connect(m_review, &ReviewController::problem, this, [this](const QString &title, const QString &details) {
        m_banner->showMessage(MessageBanner::Kind::Error, title, details);
    });
    connect(m_review, &ReviewController::reviewed, reviewDock, &QWidget::raise);

    m_logPanel = new LogPanel(m_log, this);
    auto *logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(u"logDock"_s);
    logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(reviewDock, logDock);

    m_backupPanel = new BackupPanel(m_session, m_backups, this);
    auto *backupDock = new QDockWidget(tr("Backups"), this);
    backupDock->setObjectName(u"backupDock"_s);
    backupDock->setWidget(m_backupPanel);
    addDockWidget(Qt::BottomDockWidgetArea, backupDock);
    tabifyDockWidget(logDock, backupDock);
    reviewDock->raise();
    // The timeline is the main thing: the docks start small (restoreState may resize them).
    resizeDocks({connectionsDock}, {300}, Qt::Horizontal);
    resizeDocks({reviewDock}, {190}, Qt::Vertical);

    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    view->addSeparator();
    QAction *toggleConnections = connectionsDock->toggleViewAction();
    toggleConnections->setShortcut(QKeySequence(u"Ctrl+1"_s));
    QAction *toggleLog = logDock->toggleViewAction();
    toggleLog->setShortcut(QKeySequence(u"Ctrl+2"_s));
    QAction *toggleReview = reviewDock->toggleViewAction();
    toggleReview->setShortcut(QKeySequence(u"Ctrl+3"_s));
    QAction *toggleBackups = backupDock->toggleViewAction();
    toggleBackups->setShortcut(QKeySequence(u"Ctrl+4"_s));
    view->addActions({toggleConnections, toggleLog, toggleReview, toggleBackups});
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString chosen = Translations::configured();
    const auto add = [&](const QString &text, const QString &language) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language, text] {
            Translations::setConfigured(language);
            m_banner->showMessage(MessageBanner::Kind::Information, tr("Language: %1").arg(text),
                                  tr("Strata Studio speaks it from its next start."));
        });
    };
    add(tr("System Default"), {});
    menu->addSeparator();
    add(Translations::nativeName(u"en"_s), u"en"_s);
    for (const QString &language : Translations::available())
        add(Translations::nativeName(language), language);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    const QStringList recent = settings.value(RecentProjectsKey).toStringList();
    m_welcome->setRecentProjects(recent);
    m_recentMenu->clear();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_backups->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Still working"),
            tr("%1 is under way. Stop it and quit? A stopped backup leaves no file; a stopped restore rolls "
               "back.").arg(m_backups->busyWith()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_backups->cancel();
    }
    if (m_session->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A migration is running"),
            tr("Stop after the step under way and quit? The step itself finishes or rolls back first."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_session->cancelRun();
    }
    if (!m_editors->closeAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::rememberRecentProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentProjectsKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    settings.setValue(RecentProjectsKey, recent);
    restoreSettings();
}

bool MainWindow::openProject(const QString &path)
{
    if (!m_editors->closeAll())
        return false;
    auto opened = m_session->open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open project"), errorDetails(opened.error()));
        return false;
    }
    rememberRecentProject(m_session->project()->config().rootDir.absolutePath());
    return true;
}

void MainWindow::openDemoProject()
{
    const auto directory = DemoProject::install(DemoProject::defaultDirectory());
    if (!directory) {
        QMessageBox::warning(this, tr("Cannot open the demo project"), directory.error().fullMessage());
        return;
    }
    openProject(*directory);
}

void MainWindow::closeProject()
{
    if (m_session->isRunning() || m_backups->isBusy() || !m_editors->closeAll())
        return;
    m_session->close();
}

void MainWindow::promptOpenProject()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open a Strata project (its directory)"));
    if (!directory.isEmpty())
        openProject(directory);
}

void MainWindow::promptNewProject()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("New project: choose an empty directory"));
    if (directory.isEmpty())
        return;
    const auto created = ProjectScaffold::create(directory);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the project"), errorDetails(created.error()));
        return;
    }
    openProject(directory);
}

QString MainWindow::targetConnection() const
{
    return m_target->currentData().toString();
}

void MainWindow::setTargetConnection(const QString &name)
{
    const int index = m_target->findData(name);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void MainWindow::updateTargetConnections()
{
    const QString current = targetConnection();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    for (const QString &name : m_session->shownConnections()) {
        const auto profile = m_session->profile(name);
        m_target->addItem(profile && profile->production ? tr("%1 (production)").arg(name) : name, name);
    }
    const int index = m_target->findData(current);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
    m_backupPanel->setConnection(targetConnection());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool idle = !m_session->isRunning();
    const bool canAct = open && idle && !targetConnection().isEmpty();
    const bool hasSelection = !m_timelinePanel->currentRevisionId().isEmpty();
    const bool backupIdle = !m_backups->isBusy();
    m_reloadAction->setEnabled(open && idle);
    m_closeAction->setEnabled(open && idle && backupIdle);
    m_migrateHeadAction->setEnabled(canAct);
    m_migrateSelectedAction->setEnabled(canAct && hasSelection);
    m_rollBackAction->setEnabled(canAct);
    m_stampAction->setEnabled(canAct && hasSelection);
    m_planAction->setEnabled(canAct);
    m_refreshAction->setEnabled(open);
    m_cancelAction->setEnabled(!idle);
    m_addConnectionAction->setEnabled(open);
    m_editConnectionAction->setEnabled(open);
    m_filterAction->setEnabled(open);
    const bool editing = m_editors->currentEditor() != nullptr;
    m_editRevisionAction->setEnabled(open && hasSelection);
    m_openModelsAction->setEnabled(open);
    m_openFileAction->setEnabled(open);
    m_saveAction->setEnabled(editing);
    m_closeTabAction->setEnabled(editing);
    m_replaceAction->setEnabled(editing);
    m_reviewPendingAction->setEnabled(canAct);
    m_backupMigrateAction->setEnabled(canAct && backupIdle);
    m_backUpNowAction->setEnabled(canAct && backupIdle);
    m_checkDriftAction->setEnabled(canAct);
    m_makeMigrationsAction->setEnabled(open);
    m_jumpToHeadAction->setEnabled(open);
}

bool MainWindow::confirmOnProduction(const QString &connection, const QString &what)
{
    const auto profile = m_session->profile(connection);
    if (!profile || !profile->production)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Production connection"),
        tr("%1 on the production connection '%2' (%3)?").arg(what, connection, profile->url.redacted()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void MainWindow::runAction(const MigrationAction &requested)
{
    const QString connection = targetConnection();
    if (connection.isEmpty() || m_session->isRunning())
        return;
    // As `strata migrate` and `rollback` do on production: a verified backup first.
    MigrationAction action = requested;
    if (const auto profile = m_session->profile(connection); profile && profile->production)
        action.backupFirst = action.kind != MigrationAction::Kind::Stamp;
    if (!confirmOnProduction(connection, action.description()))
        return;
    m_banner->hide();
    m_session->run(action, connection);
}

void MainWindow::promptRollBack()
{
    bool ok = false;
    const int steps = QInputDialog::getInt(this, tr("Roll back"),
                                           tr("Revisions to roll back on %1:").arg(targetConnection()), 1, 1,
                                           std::max(1, m_timeline->graph() ? m_timeline->graph()->size() : 1), 1, &ok);
    if (ok)
        runAction(MigrationAction::rollBack(steps));
}

void MainWindow::promptStamp()
{
    const QString revision = m_timelinePanel->currentRevisionId();
    if (revision.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Stamp"),
        tr("Record %1 as the current revision of %2 without running any SQL? Use this when the schema is "
           "already there.")
            .arg(revision, targetConnection()));
    if (answer == QMessageBox::Yes)
        runAction(MigrationAction::stamp(revision));
}

void MainWindow::requestPlan()
{
    const QString selected = m_timelinePanel->currentRevisionId();
    m_pendingPlanAction = selected.isEmpty() ? MigrationAction::migrateToHead() : MigrationAction::migrateTo(selected);
    m_session->preparePlan(m_pendingPlanAction, targetConnection());
}

void MainWindow::showPlan(const QString &connection, const PlanPreview &preview)
{
    if (!m_session->isOpen())
        return;
    PlanDialog dialog(tr("Plan: %1 on %2").arg(m_pendingPlanAction.description(), connection),
                      m_session->project()->graph(), preview, this);
    if (dialog.exec() == QDialog::Accepted) {
        setTargetConnection(connection);
        runAction(m_pendingPlanAction);
    }
}

void MainWindow::showStatus(const QString &connection, const ConnectionStatus &status)
{
    const QList<ConnectionStatus> &columns = m_timeline->connections();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == connection) {
            ConnectionStatus updated = status;
            updated.production = columns.at(i).production;
            m_timeline->setConnectionStatus(i, updated);
        }
    }
    if (!status.report)
        log::get("ui.session")->warn("cannot read the status of {}: {}", connection, status.error);
    updateAppliedWarnings();
}

void MainWindow::showRunResult(const QString &connection, const RunReport &report)
{
    m_progress->hide();
    m_cancel->hide();
    m_progressText->clear();
    updateActions();
    const RevisionGraph &graph = m_session->project()->graph();
    QStringList lines;
    constexpr int ShownSteps = 8; // the log panel has every step; the banner stays short
    for (const StepReport &step : report.steps) {
        if (lines.size() == ShownSteps) {
            lines << tr("… and %n more step(s): see the log panel", nullptr, int(report.steps.size()) - ShownSteps);
            break;
        }
        const Revision &revision = graph.at(step.step.revision);
        lines << tr("%1 %2  %3  (%4 ms)")
                     .arg(step.step.direction == Direction::Up ? tr("applied") : tr("reverted"), revision.id,
                          revision.message, QString::number(step.durationMs));
    }
    for (const QString &row : report.purgedRows)
        lines << tr("removed version row %1 (no revision file has this id)").arg(row);
    const QString where = graph.describe(report.plan.toHeads);
    if (!report.backupId.isEmpty())
        lines.prepend(tr("backed up first: %1 (restore it from the Backups panel to undo this run)").arg(report.backupId));
    const QString title = report.plan.isEmpty() && report.purgedRows.isEmpty()
        ? tr("Nothing to do: %1 is at %2.").arg(connection, where)
        : tr("%1 is now at %2: %n step(s) in %3 ms.", nullptr, int(report.plan.steps.size()))
              .arg(connection, where, QString::number(report.durationMs));
    m_banner->showMessage(MessageBanner::Kind::Success, title, lines.join(u'\n'));
}

void MainWindow::showRunError(const QString &connection, const Error &error)
{
    m_progress->hide();
    m_cancel->hide();
    m_progressText->clear();
    updateActions();
    m_banner->showError(error.code() == ErrorCode::Cancelled ? tr("Stopped on %1").arg(connection)
                                                             : tr("Failed on %1").arg(connection),
                        error);
    // Point at the failing line in the revision's file, when core says where it is.
    if (error.location().isValid() && m_session->isOpen()) {
        const RevisionGraph &graph = m_session->project()->graph();
        for (int i = 0; i < graph.size(); ++i) {
            if (graph.at(i).path == error.location().path) {
                m_timelinePanel->selectRevision(graph.at(i).id);
                m_details->markLine(error.location().line);
                break;
            }
        }
    }
}

FileEditor *MainWindow::openFile(const QString &path)
{
    QString error;
    FileEditor *editor = m_editors->open(path, &error);
    if (!editor) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Cannot open %1").arg(QDir::toNativeSeparators(path)),
                              error);
        return nullptr;
    }
    editor->setFocus();
    return editor;
}

FileEditor *MainWindow::editRevision(const QString &revisionId)
{
    const auto project = m_session->project();
    const std::optional<int> index = project && !revisionId.isEmpty() ? project->graph().indexOf(revisionId)
                                                                      : std::nullopt;
    return index ? openFile(project->graph().at(*index).path) : nullptr;
}

MakeMigrationsDialog *MainWindow::makeMigrations()
{
    if (!m_session->isOpen())
        return nullptr;
    auto *dialog = new MakeMigrationsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MakeMigrationsDialog::created, this, [this](const QString &path, const QString &revisionId) {
        if (auto reloaded = m_session->reload(); !reloaded) {
            m_banner->showError(tr("The new revision is written, but the project cannot read it"),
                                reloaded.error());
            return;
        }
        m_timelinePanel->selectRevision(revisionId);
        openFile(path);
    });
    dialog->open();
    return dialog;
}

BackupMigrateDialog *MainWindow::backupAndMigrate()
{
    const QString connection = targetConnection();
    if (!m_session->isOpen() || connection.isEmpty() || m_session->isRunning() || m_backups->isBusy())
        return nullptr;
    m_banner->hide();
    auto *dialog = new BackupMigrateDialog(m_session, m_backups, connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::checkDrift()
{
    const QString connection = targetConnection();
    if (!m_session->isOpen() || connection.isEmpty())
        return;
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Checking %1 for drift…").arg(connection));
    m_drift->check(connection);
}

void MainWindow::promptOpenFile()
{
    const auto project = m_session->project();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a SQL file"),
                                                      project ? project->config().rootDir.path() : QString(),
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openModels()
{
    const auto project = m_session->project();
    if (!project)
        return;
    const QStringList files = AutogenerateService::modelFiles(project->config());
    if (files.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("No models file yet"),
                              tr("The models are plain DDL in the files [project].models names (%1); create "
                                 "models/schema.sql and describe the schema you want there.")
                                  .arg(project->config().modelPatterns.join(u", "_s)));
        return;
    }
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::updateAppliedWarnings()
{
    const RevisionGraph *graph = m_timeline->graph();
    for (FileEditor *editor : m_editors->editors()) {
        const std::optional<int> index = graph && !editor->revisionId().isEmpty()
            ? graph->indexOf(editor->revisionId())
            : std::nullopt;
        QStringList appliedOn;
        for (const ConnectionStatus &connection : m_timeline->connections()) {
            if (index && connection.report && connection.report->revisions.value(*index).applied)
                appliedOn << connection.name;
        }
        editor->setAppliedOn(appliedOn);
    }
}

void MainWindow::find(bool replace)
{
    FileEditor *editor = m_editors->currentEditor();
    const bool inEditor = editor && (replace || m_editors->isAncestorOf(QApplication::focusWidget()));
    if (inEditor)
        editor->editor()->openFindBar(replace);
    else
        m_timelinePanel->focusFilter();
}

void MainWindow::showSelectedRevision()
{
    updateActions();
    const QString id = m_timelinePanel->currentRevisionId();
    const auto project = m_session->project();
    const std::optional<int> index = project && !id.isEmpty() ? project->graph().indexOf(id) : std::nullopt;
    m_details->showRevision(project, index.value_or(-1));
    if (index)
        m_session->readRevisionHistory(id);
}

} // namespace strata::ui
