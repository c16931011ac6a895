// SPDX-License-Identifier: MIT
#include "backupmigratedialog.h"

#include "backupcontroller.h"
#include "backuplistmodel.h"
#include "common/confirmationdialog.h"
#include "common/messagebanner.h"
#include "common/statusstyle.h"
#include "editor/sqlview.h"
#include "project/plandialog.h"
#include "review/findingsmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {

QString stateText(BackupMigrateDialog::StageState state)
{
    switch (state) {
    case BackupMigrateDialog::StageState::Waiting: return BackupMigrateDialog::tr("waiting");
    case BackupMigrateDialog::StageState::Running: return BackupMigrateDialog::tr("running…");
    case BackupMigrateDialog::StageState::Done: return BackupMigrateDialog::tr("done");
    case BackupMigrateDialog::StageState::Failed: return BackupMigrateDialog::tr("FAILED");
    case BackupMigrateDialog::StageState::Skipped: return BackupMigrateDialog::tr("not run");
    }
    return {};
}

} // namespace

BackupMigrateDialog::BackupMigrateDialog(ProjectSession *session, BackupController *backups,
                                         const QString &connection, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_backups(backups)
    , m_connection(connection)
    , m_summary(new QLabel(tr("Working out the plan…"), this))
    , m_target(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(new QPlainTextEdit(this))
    , m_sql(new SqlView(this))
    , m_findings(new FindingsModel(this))
    , m_findingsView(new QTreeView(this))
    , m_allowLintErrors(new QCheckBox(tr("Run although the review found errors (--allow-lint-errors)"), this))
    , m_progress(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
{
    const auto profile = m_session->profile(connection);
    const bool production = profile && profile->production;
    setWindowTitle(tr("Back Up & Migrate %1").arg(connection));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    if (const auto project = m_session->project(); project && profile) {
        const QString dir = QDir::toNativeSeparators(project->config().backupDir);
        m_target->setText(profile->url.dialect() == Dialect::Postgres
                              ? tr("Backup: pg_dump (custom format) of %1 into %2, read back whole before any "
                                   "migration runs, and pinned.").arg(profile->url.redacted(), dir)
                              : tr("Backup: SQLite's online backup of %1 into %2, checked with PRAGMA "
                                   "integrity_check before any migration runs, and pinned.")
                                    .arg(profile->url.redacted(), dir));
    }
    m_findingsView->setModel(m_findings);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->header()->setStretchLastSection(true);
    m_allowLintErrors->hide();

    m_steps->setReadOnly(true);
    m_steps->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_allowLintErrors->setObjectName(u"allowLintErrors"_s);
    m_tabs->setObjectName(u"planTabs"_s);
    m_tabs->addTab(m_steps, tr("Revisions"));
    m_tabs->addTab(m_sql, tr("SQL"));
    m_tabs->addTab(m_findingsView, tr("Review"));

    auto *stages = new QGroupBox(tr("Stages"), this);
    auto *form = new QFormLayout(stages);
    const QString names[3] = {tr("1. Back up"), tr("2. Verify"), tr("3. Migrate")};
    for (int i = 0; i < 3; ++i) {
        m_stageLabels[i] = new QLabel(stateText(StageState::Waiting), stages);
        m_stageLabels[i]->setTextFormat(Qt::PlainText);
        form->addRow(names[i], m_stageLabels[i]);
    }
    form->addRow(m_progress);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Back Up && Migrate"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(u"startBackupMigrate"_s);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setToolTip(tr("Stop at the next safe point: the dump is abandoned, or the run stops between "
                          "migrations"));
    m_restore = buttons->addButton(tr("&Restore the Backup…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    if (production)
        m_start->setStyleSheet(u"color: %1; font-weight: bold"_s.arg(productionColor().name()));
    connect(m_start, &QPushButton::clicked, this, &BackupMigrateDialog::start);
    connect(m_stop, &QPushButton::clicked, m_session, &ProjectSession::cancelRun);
    connect(m_restore, &QPushButton::clicked, this, &BackupMigrateDialog::restoreBackup);
    connect(m_close, &QPushButton::clicked, this, &BackupMigrateDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_target);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_allowLintErrors);
    layout->addWidget(stages);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(860, 680);

    connect(m_session, &ProjectSession::runBackupProgress, this, [this](qint64 bytes, qint64 elapsedMs) {
        if (m_running)
            setStage(Stage::Backup, StageState::Running,
                     tr("%1 written, %2 s").arg(QLocale().formattedDataSize(bytes)).arg(elapsedMs / 1000));
    });
    connect(m_session, &ProjectSession::runBackedUp, this,
            [this](const QString &on, const BackupManifest &backup) {
                if (!m_running || on != m_connection)
                    return;
                m_backup = backup;
                setStage(Stage::Backup, StageState::Done,
                         tr("%1 in %2 ms: %3").arg(QLocale().formattedDataSize(backup.size)).arg(backup.durationMs)
                             .arg(backup.id));
                setStage(Stage::Verify, StageState::Done,
                         tr("SHA-256 %1…, read back whole").arg(backup.sha256.left(12)));
                setStage(Stage::Migrate, StageState::Running);
            });
    connect(m_session, &ProjectSession::runProgress, this, [this](int position, int total, const QString &step) {
        if (!m_running)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(position);
        setStage(Stage::Migrate, StageState::Running, tr("%1 of %2: %3").arg(position + 1).arg(total).arg(step));
    });
    connect(m_session, &ProjectSession::runSucceeded, this, [this](const QString &on, const RunReport &report) {
        if (!m_running || on != m_connection)
            return;
        m_running = false;
        m_progress->setValue(m_progress->maximum());
        const RevisionGraph &graph = m_session->project()->graph();
        setStage(Stage::Migrate, StageState::Done,
                 tr("%n step(s) in %1 ms", nullptr, int(report.steps.size())).arg(report.durationMs));
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("%1 is now at %2").arg(m_connection, graph.describe(report.plan.toHeads)),
                              m_backup ? tr("Backup %1 was taken first and is kept (pinned).").arg(m_backup->id)
                                       : QString());
        updateButtons();
        Q_EMIT finished(true);
    });
    connect(m_session, &ProjectSession::runFailed, this, [this](const QString &on, const Error &error) {
        if (m_running && on == m_connection)
            runFailed(error);
    });
    connect(m_backups, &BackupController::restored, this, [this](const BackupManifest &backup, const QString &into) {
        if (into != m_connection)
            return;
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Restored %1 into %2").arg(backup.id, into),
                              tr("The database is as it was before this run: at %1.").arg(revisionsText(backup)));
        updateButtons();
        Q_EMIT restoreFinished(true);
    });
    connect(m_backups, &BackupController::restoreFailed, this,
            [this](const BackupManifest &backup, const QString &into, const Error &error) {
        if (!m_backup || backup.id != m_backup->id)
            return;
        m_banner->showError(tr("Restoring %1 into %2 failed").arg(backup.id, into), error);
        updateButtons();
        Q_EMIT restoreFinished(false);
    });
    connect(m_backups, &BackupController::busyChanged, this, &BackupMigrateDialog::updateButtons);

    updateButtons();
    m_session->runOnConnection(
        this, connection,
        [action = m_action](const Project &project, const ConnectionChoice &choice) {
            return previewPlan(project, choice, action);
        },
        [this](Result<PlanPreview> preview) {
            if (!preview) {
                m_summary->setText(tr("No plan for %1.").arg(m_connection));
                m_banner->showError(tr("Cannot plan on %1").arg(m_connection), preview.error());
            } else {
                showPlan(*preview);
            }
            updateButtons();
            Q_EMIT planReady();
        });
}

void BackupMigrateDialog::showPlan(const PlanPreview &preview)
{
    m_preview = preview;
    const RevisionGraph &graph = m_session->project()->graph();
    // The first line says where the database goes; the steps have a tab of their own.
    const QString summary = PlanDialog::summary(graph, preview);
    m_summary->setText(summary.section(u'\n', 0, 0));
    m_steps->setPlainText(summary.section(u'\n', 1).replace(u"\n  "_s, u"\n"_s).trimmed());
    m_tabs->setTabText(0, tr("Revisions (%1)").arg(preview.plan.steps.size()));
    m_sql->setSql(preview.sql.isEmpty() ? tr("-- Nothing to run.") : preview.sql);
    m_findings->setItems(reviewItems(graph, preview.review, m_session->dialectOf(m_connection)));
    m_tabs->setTabText(2, tr("Review (%1 errors, %2 warnings)")
                              .arg(preview.review.count(Severity::Error))
                              .arg(preview.review.count(Severity::Warning)));
    const auto profile = m_session->profile(m_connection);
    if (profile && profile->production && preview.review.hasErrors()) {
        // Core refuses review errors on production unless told otherwise, as the CLI does.
        m_allowLintErrors->show();
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The review found errors"),
                              tr("On a production database the run stops on them before anything is backed up "
                                 "or applied. Fix the migration, silence the finding with -- strata:ignore, or "
                                 "tick the box to run anyway."));
    }
    if (preview.plan.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Nothing to do"),
                              tr("%1 is at head already.").arg(m_connection));
}

bool BackupMigrateDialog::start()
{
    if (!m_preview || m_preview->plan.isEmpty() || m_running || m_ran || m_session->isRunning())
        return false;
    const auto profile = m_session->profile(m_connection);
    const bool production = profile && profile->production;
    const QString text = tr("Back up %1 (%2), verify the backup, then apply %n migration(s) to head.", nullptr,
                            int(m_preview->plan.steps.size()))
                             .arg(m_connection, m_preview->database);
    if (production
        && !ConfirmationDialog::ask(this, tr("Back up and migrate production"), text, tr("Back Up && &Migrate"),
                                    m_connection))
        return false;
    m_action.allowLintErrors = m_allowLintErrors->isChecked();
    m_running = true;
    m_ran = true;
    m_backup.reset();
    m_banner->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    setStage(Stage::Backup, StageState::Running);
    setStage(Stage::Verify, StageState::Running,
             profile && profile->url.dialect() == Dialect::Postgres ? tr("pg_restore reads the dump as it is written")
                                                                    : tr("after the copy"));
    setStage(Stage::Migrate, StageState::Waiting);
    updateButtons();
    m_session->run(m_action, m_connection);
    return true;
}

void BackupMigrateDialog::runFailed(const Error &error)
{
    m_running = false;
    m_progress->hide();
    const bool cancelled = error.code() == ErrorCode::Cancelled;
    QString title;
    if (!m_backup) {
        // Nothing ran: the review refused, the lock was held, or the backup failed.
        const bool backupFailed = error.code() == ErrorCode::Backup || cancelled;
        setStage(Stage::Backup, backupFailed ? StageState::Failed : StageState::Skipped);
        setStage(Stage::Verify, StageState::Skipped);
        setStage(Stage::Migrate, StageState::Skipped);
        title = tr("Stopped before migrating %1: nothing was applied").arg(m_connection);
    } else {
        setStage(Stage::Migrate, StageState::Failed,
                 tr("at step %1 of %2; the steps before it are applied")
                     .arg(m_progress->value() + 1)
                     .arg(m_progress->maximum()));
        title = cancelled ? tr("Stopped on %1: the migrations before the stop are applied").arg(m_connection)
                          : tr("Migrating %1 failed: nothing past the failing migration was applied").arg(m_connection);
    }
    QString details = errorDetails(error);
    if (m_backup)
        details += u"\n\n"_s + tr("Backup %1 holds the database as it was before this run. Restore it to undo "
                                  "the migrations that did apply.").arg(m_backup->id);
    m_banner->showMessage(cancelled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Error, title, details);
    updateButtons();
    Q_EMIT finished(false);
}

void BackupMigrateDialog::restoreBackup()
{
    if (!m_backup || m_running)
        return;
    if (m_backups->askAndRestore(this, *m_backup, m_connection)) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Restoring %1…").arg(m_backup->id));
        updateButtons();
    }
}

void BackupMigrateDialog::setStage(Stage stage, StageState state, const QString &detail)
{
    m_states[int(stage)] = state;
    QLabel *label = m_stageLabels[int(stage)];
    label->setText(detail.isEmpty() ? stateText(state) : u"%1 — %2"_s.arg(stateText(state), detail));
    label->setStyleSheet(state == StageState::Failed ? u"color: %1"_s.arg(severityColor(Severity::Error).name())
                                                     : QString());
}

void BackupMigrateDialog::updateButtons()
{
    const bool restoring = m_backups->isBusy();
    m_start->setEnabled(m_preview && !m_preview->plan.isEmpty() && !m_running && !m_ran);
    m_start->setVisible(!m_ran); // one run per dialog: its outcome stays on show
    m_stop->setVisible(m_running);
    // A backup is worth restoring when the run failed or stopped after taking it.
    const bool failedAfterBackup = m_ran && !m_running && m_backup && m_states[int(Stage::Migrate)] != StageState::Done;
    m_restore->setVisible(failedAfterBackup);
    m_restore->setEnabled(failedAfterBackup && !restoring);
    m_close->setEnabled(!m_running && !restoring);
}

void BackupMigrateDialog::reject()
{
    // A run or a restore under way is never left without its window.
    if (m_running || m_backups->isBusy())
        return;
    QDialog::reject();
}

} // namespace strata::ui
