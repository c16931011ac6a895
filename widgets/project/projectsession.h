// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"
#include "connections/connectionprofile.h"
#include "migrationaction.h"
#include "lint/lintservice.h"
#include "timeline/timelinemodel.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace strata::ui {

class PasswordVault;

/// What a run would do, shown before it runs: the steps and the SQL with bookkeeping.
struct PlanPreview
{
    QString database; ///< redacted URL
    MigrationPlan plan;
    QString sql;      ///< empty for a stamp, which runs no SQL
    LintReport review; ///< what migrate's review will say of the steps (empty for a stamp)
};

/// Works out @p action's plan on @p choice's database, its SQL and its review, changing
/// nothing. Blocks: call it from a job.
Result<PlanPreview> previewPlan(const Project &project, const ConnectionChoice &choice, const MigrationAction &action);

/// The project open in the studio and the work done on it: its connections, and every
/// call into core that touches a database, each run off the GUI thread (QtConcurrent)
/// with its result delivered as a signal on the GUI thread. Status and history reads are
/// latest-wins; one run (migrate, roll back, stamp) at a time. Passwords come from the
/// PasswordVault, else from the password prompt the window installs.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    /// Asks the user for @p profile's password; nullopt when they decline.
    using PasswordPrompt = std::function<std::optional<QString>(const ConnectionProfile &profile, const QString &why)>;

    explicit ProjectSession(PasswordVault *vault, QObject *parent = nullptr);
    /// Cancels a run between steps and waits for every job, which may still call back.
    ~ProjectSession() override;

    /// Opens the project at @p path (a directory inside it, or its strata.toml).
    Result<void> open(const QString &path);
    /// Reads the revision files again (after edits on disk) and refreshes every status.
    Result<void> reload();
    void close();
    bool isOpen() const { return m_project != nullptr; }
    std::shared_ptr<const Project> project() const { return m_project; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString &name) const;
    /// Replaces the connections (the user's are saved to the settings, never a password).
    void setProfiles(QList<ConnectionProfile> profiles);
    /// The connections shown as status columns, in profile order.
    QStringList shownConnections() const { return m_shown; }
    void setShownConnections(const QStringList &names);

    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    PasswordVault *passwordVault() const { return m_vault; }

    /// Reads the status of every shown connection (statusRead once each).
    void refreshStatus();
    void refreshStatus(const QString &connection);
    /// Reads @p revisionId's history rows from every shown connection.
    void readRevisionHistory(const QString &revisionId);
    /// Works out what @p action would do on @p connection (planPrepared / planFailed).
    void preparePlan(const MigrationAction &action, const QString &connection);
    /// Runs @p action on @p connection (runStarted, runProgress, then runSucceeded or
    /// runFailed). Ignored while another run is under way.
    void run(const MigrationAction &action, const QString &connection);
    /// Asks the run to stop before its next step; a step under way finishes (or rolls
    /// back) first, so the database is never left inside a migration.
    void cancelRun();
    bool isRunning() const { return m_running; }
    /// Blocks until every job has finished (closing, tests).
    void waitForJobs();

    /// The project's own database, [database].url ("default"), else the first connection;
    /// empty without any. What makemigrations and the models indicator work against, as the
    /// CLI does without -c.
    QString projectConnection() const;
    /// The dialect of @p connection's database; the project's default database when there
    /// is no such connection.
    Dialect dialectOf(const QString &connection) const;

    /// The building block of every job: runs @p work(project, choice) for @p connection on
    /// a worker thread and hands its Result to @p done on the GUI thread. The result is
    /// dropped when @p receiver is gone or another project was opened meanwhile. A rejected
    /// password is forgotten, so the next job asks again.
    template<typename Work, typename Done>
    void runOnConnection(QObject *receiver, const QString &connection, Work work, Done done);
    /// The same for work on the project's files, which needs no database.
    template<typename Work, typename Done>
    void runOnProject(QObject *receiver, Work work, Done done);

Q_SIGNALS:
    void projectOpened();
    void projectClosed();
    void profilesChanged();
    void shownConnectionsChanged(const QStringList &names);
    void statusRead(const QString &connection, const strata::ui::ConnectionStatus &status);
    void revisionHistoryRead(const QString &revisionId, const QString &connection,
                             const QList<strata::HistoryRecord> &records, const QString &error);
    void planPrepared(const QString &connection, const strata::ui::PlanPreview &preview);
    void planFailed(const QString &connection, const strata::Error &error);
    void runStarted(const QString &connection, const QString &description);
    void runProgress(int position, int total, const QString &step);
    /// A run's backup (MigrationAction::backupFirst) has written @p bytes so far.
    void runBackupProgress(qint64 bytes, qint64 elapsedMs);
    /// A run's backup is taken and verified; its migrations come next.
    void runBackedUp(const QString &connection, const strata::BackupManifest &backup);
    void runSucceeded(const QString &connection, const strata::RunReport &report);
    void runFailed(const QString &connection, const strata::Error &error);

private:
    using ChoiceReady = std::function<void(Result<ConnectionChoice>)>;
    /// Fills in @p connection's password (vault, then prompt) and calls @p ready.
    void withChoice(const QString &connection, ChoiceReady ready);
    void noteFailure(const QString &connection, const Error &error);
    void track(const QFuture<void> &future);
    /// Makes @p project the open one: its connections, then a status read of each.
    void adopt(Project project);
    void loadProfiles();

    PasswordVault *m_vault;
    PasswordPrompt m_prompt;
    std::shared_ptr<const Project> m_project;
    int m_generation = 0; ///< bumped per project opened, so late results of the old one drop
    QList<ConnectionProfile> m_profiles;
    QStringList m_shown;
    QHash<QString, int> m_statusTickets;
    int m_historyTicket = 0;
    bool m_running = false;
    CancelToken m_cancel;
    QList<QFuture<void>> m_jobs;
};

template<typename Work, typename Done>
void ProjectSession::runOnConnection(QObject *receiver, const QString &connection, Work work, Done done)
{
    if (!m_project)
        return;
    using Value = std::invoke_result_t<Work, const Project &, const ConnectionChoice &>;
    const int generation = m_generation;
    const QPointer<QObject> alive(receiver);
    withChoice(connection, [=, this](Result<ConnectionChoice> choice) {
        const auto deliver = [=, this](Value result) {
            if (!alive || generation != m_generation)
                return;
            if (!result)
                noteFailure(connection, result.error());
            done(std::move(result));
        };
        if (!choice) {
            deliver(fail(choice.error()));
            return;
        }
        track(QFuture<void>(runInBackground(
            this, [project = m_project, choice = *choice, work] { return work(*project, choice); }, deliver)));
    });
}

template<typename Work, typename Done>
void ProjectSession::runOnProject(QObject *receiver, Work work, Done done)
{
    if (!m_project)
        return;
    const int generation = m_generation;
    const QPointer<QObject> alive(receiver);
    track(QFuture<void>(runInBackground(
        this, [project = m_project, work] { return work(*project); },
        [=, this](auto result) {
            if (alive && generation == m_generation)
                done(std::move(result));
        })));
}

} // namespace strata::ui
