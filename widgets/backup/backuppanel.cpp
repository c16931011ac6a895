// SPDX-License-Identifier: MIT
#include "backuppanel.h"

#include "backupcontroller.h"
#include "backuplistmodel.h"
#include "common/messagebanner.h"
#include "project/projectsession.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {

} // namespace

BackupPanel::BackupPanel(ProjectSession *session, BackupController *controller, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_controller(controller)
    , m_model(new BackupListModel(this))
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTreeView(this))
    , m_backUp(new QPushButton(tr("&Back Up Now"), this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_restoreInto(new QPushButton(tr("Restore &Into…"), this))
    , m_pin(new QPushButton(tr("&Pin"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_reveal(new QPushButton(tr("Re&veal"), this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_backUp->setToolTip(tr("Back up this database now and verify the archive (strata backup)"));
    m_verify->setToolTip(tr("Check the archive against its SHA-256 and read all of it back (strata verify)"));
    m_restore->setToolTip(tr("Replace this database with the selected backup (strata restore)"));
    m_restoreInto->setToolTip(tr("Restore the selected backup into another connection's database"));
    m_delete->setToolTip(tr("Delete the backup's archive and manifest"));
    m_reveal->setToolTip(tr("Open the backup directory in the file manager"));
    m_cancel->setToolTip(tr("Stop at the next safe point: a stopped backup leaves no file, a stopped restore "
                            "rolls back"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_backUp, m_verify, m_restore, m_restoreInto, m_pin, m_delete, m_reveal})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    m_progress->setMaximumWidth(200);
    m_progress->setRange(0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(progress);

    connect(m_backUp, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, &BackupPanel::verifyCurrent);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreCurrent(); });
    connect(m_restoreInto, &QPushButton::clicked, this, &BackupPanel::restoreCurrentInto);
    connect(m_pin, &QPushButton::clicked, this, &BackupPanel::togglePinned);
    connect(m_delete, &QPushButton::clicked, this, &BackupPanel::deleteCurrent);
    connect(m_reveal, &QPushButton::clicked, this, &BackupPanel::revealInFileManager);
    connect(m_cancel, &QPushButton::clicked, m_controller, &BackupController::cancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupPanel::updateButtons);

    connect(m_controller, &BackupController::backupsListed, this, &BackupPanel::showBackups);
    connect(m_controller, &BackupController::busyChanged, this, &BackupPanel::updateButtons);
    connect(m_controller, &BackupController::progress, this, [this](qint64 bytes, qint64 elapsedMs) {
        m_progressText->setText(tr("%1: %2 written, %3 s")
                                    .arg(m_controller->busyWith(), QLocale().formattedDataSize(bytes))
                                    .arg(elapsedMs / 1000));
    });
    connect(m_controller, &BackupController::backedUp, this, [this](const BackupResult &result) {
        const BackupManifest &backup = result.manifest;
        QStringList lines{tr("%1, verified: its SHA-256 is recorded and all of it read back.")
                              .arg(QLocale().formattedDataSize(backup.size)),
                          QDir::toNativeSeparators(result.archivePath)};
        for (const BackupManifest &pruned : result.pruned)
            lines << tr("Deleted the older backup %1 ([backup].keep).").arg(pruned.id);
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Backed up %1 at %2 in %3 ms").arg(backup.connection, revisionsText(backup))
                                  .arg(backup.durationMs),
                              lines.join(u'\n'));
        selectBackup(backup.id);
    });
    connect(m_controller, &BackupController::verified, this, [this](const BackupManifest &backup) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Backup %1 is sound").arg(backup.id),
                              tr("Its SHA-256 matches and all of it reads back."));
    });
    connect(m_controller, &BackupController::restored, this, [this](const BackupManifest &backup, const QString &into) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Restored %1 into %2").arg(backup.id, into),
                              tr("The database is at %1 again.").arg(revisionsText(backup)));
    });
    connect(m_controller, &BackupController::restoreFailed, this,
            [this](const BackupManifest &backup, const QString &into, const Error &error) {
                m_banner->showError(tr("Restoring %1 into %2 failed").arg(backup.id, into), error);
            });
    connect(m_controller, &BackupController::failed, this, [this](const QString &what, const Error &error) {
        m_banner->showError(error.code() == ErrorCode::Cancelled ? tr("%1: stopped").arg(what)
                                                                 : tr("%1 failed").arg(what),
                            error);
    });
    connect(m_session, &ProjectSession::profilesChanged, this, &BackupPanel::updateButtons);
    updateButtons();
}

void BackupPanel::setConnection(const QString &connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    m_banner->hide();
    showBackups();
}

void BackupPanel::showBackups()
{
    const QString selected = currentBackup() ? currentBackup()->id : QString();
    QList<BackupManifest> shown;
    for (const BackupManifest &backup : m_controller->backups()) {
        if (backup.connection == m_connection)
            shown << backup;
    }
    m_model->setBackups(shown);
    const auto project = m_session->project();
    if (!project || m_connection.isEmpty())
        m_title->setText(tr("No connection chosen"));
    else
        m_title->setText(tr("Backups of %1: %n in %2", nullptr, int(shown.size()))
                             .arg(m_connection, QDir::toNativeSeparators(project->config().backupDir)));
    selectBackup(selected);
    updateButtons();
}

const BackupManifest *BackupPanel::currentBackup() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? &m_model->backup(current.row()) : nullptr;
}

void BackupPanel::selectBackup(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void BackupPanel::updateButtons()
{
    const bool open = m_session->isOpen();
    const bool idle = !m_controller->isBusy();
    const BackupManifest *backup = currentBackup();
    const bool connected = open && m_session->profile(m_connection).has_value();
    m_backUp->setEnabled(connected && idle);
    m_verify->setEnabled(backup && idle);
    m_restore->setEnabled(backup && idle && connected);
    m_restoreInto->setEnabled(backup && idle && m_session->profiles().size() > 1);
    m_pin->setEnabled(backup != nullptr);
    m_pin->setText(backup && backup->pinned ? tr("Un&pin") : tr("&Pin"));
    m_delete->setEnabled(backup && idle);
    m_reveal->setEnabled(open);
    m_progress->setVisible(!idle);
    m_cancel->setVisible(!idle);
    m_progressText->setText(idle ? QString() : m_controller->busyWith() + u'…');
}

void BackupPanel::backUpNow()
{
    m_banner->hide();
    m_controller->backUp(m_connection);
}

void BackupPanel::verifyCurrent()
{
    if (const BackupManifest *backup = currentBackup()) {
        m_banner->hide();
        m_controller->verify(backup->id);
    }
}

void BackupPanel::restoreCurrent(const QString &connection)
{
    if (const BackupManifest *backup = currentBackup()) {
        const BackupManifest chosen = *backup; // the list may be read again meanwhile
        if (m_controller->askAndRestore(this, chosen, connection.isEmpty() ? m_connection : connection))
            m_banner->hide();
    }
}

void BackupPanel::restoreCurrentInto()
{
    const BackupManifest *backup = currentBackup();
    if (!backup)
        return;
    QStringList names;
    const Dialect dialect = backup->format == BackupFormat::SqliteFile ? Dialect::Sqlite : Dialect::Postgres;
    for (const ConnectionProfile &profile : m_session->profiles()) {
        if (profile.url.dialect() == dialect)
            names << profile.name;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Restore into"),
                                               tr("Restore %1 into the database of:").arg(backup->id), names, 0,
                                               false, &ok);
    if (ok && !into.isEmpty())
        restoreCurrent(into);
}

void BackupPanel::togglePinned()
{
    if (const BackupManifest *backup = currentBackup())
        m_controller->setPinned(backup->id, !backup->pinned);
}

void BackupPanel::deleteCurrent()
{
    const BackupManifest *backup = currentBackup();
    if (!backup)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete backup"),
        tr("Delete backup %1 (%2, %3)? Its archive and manifest are removed from disk.")
            .arg(backup->id, QLocale().formattedDataSize(backup->size), revisionsText(*backup)));
    if (answer == QMessageBox::Yes)
        m_controller->remove(backup->id);
}

void BackupPanel::revealInFileManager()
{
    if (const auto project = m_session->project()) {
        QDir().mkpath(project->config().backupDir);
        QDesktopServices::openUrl(QUrl::fromLocalFile(project->config().backupDir));
    }
}

} // namespace strata::ui
