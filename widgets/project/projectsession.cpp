// SPDX-License-Identifier: MIT
#include "projectsession.h"

#include "common/backgroundjob.h"
#include "connections/connectionstore.h"
#include "connections/passwordvault.h"
#include "database/connection.h"
#include "log/logging.h"
#include "migrate/offlinescript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {

/// libpq finds a password of its own in PGPASSWORD or the password file; prompting would
/// then only get in the way.
bool libpqHasPassword()
{
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return true;
    const QString file = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                  : QDir::home().filePath(u".pgpass"_s);
    return QFileInfo::exists(file);
}

QString stepText(const RevisionGraph &graph, const PlanStep &step, RunMode mode)
{
    const Revision &revision = graph.at(step.revision);
    const QString verb = mode == RunMode::Stamp ? ProjectSession::tr("Stamping")
        : step.direction == Direction::Up       ? ProjectSession::tr("Applying")
                                                : ProjectSession::tr("Reverting");
    return u"%1 %2  %3"_s.arg(verb, revision.id, revision.message);
}

} // namespace

Result<PlanPreview> previewPlan(const Project &project, const ConnectionChoice &choice, const MigrationAction &action)
{
    STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(project, choice, true));
    STRATA_ASSIGN_OR_RETURN(status, (*service)->status());
    STRATA_ASSIGN_OR_RETURN(plan, (*service)->plan(action.planRequest()));
    PlanPreview preview{choice.url.redacted(), *plan, {}, {}};
    if (action.kind != MigrationAction::Kind::Stamp) {
        STRATA_ASSIGN_OR_RETURN(sql, OfflineScript::render(project, choice.url.dialect(), status->state, *plan));
        preview.sql = *sql;
        STRATA_ASSIGN_OR_RETURN(review, LintService::lintSteps(project, choice.url.dialect(), plan->steps));
        preview.review = *review;
    }
    return preview;
}

ProjectSession::ProjectSession(PasswordVault *vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
}

ProjectSession::~ProjectSession()
{
    m_cancel.cancel();
    waitForJobs();
}

Result<void> ProjectSession::open(const QString &path)
{
    const QFileInfo info(path);
    auto project = info.isFile() ? Project::open(info.absoluteFilePath()) : Project::discover(info.absoluteFilePath());
    if (!project)
        return fail(project.error());
    adopt(*std::move(project));
    log::get("ui.session")->info("opened project {} ({} revisions)", m_project->config().configPath,
                                 m_project->graph().size());
    return {};
}

Result<void> ProjectSession::reload()
{
    if (!m_project)
        return {};
    auto project = Project::open(m_project->config().configPath);
    if (!project)
        return fail(project.error());
    adopt(*std::move(project));
    return {};
}

void ProjectSession::adopt(Project project)
{
    m_project = std::make_shared<const Project>(std::move(project));
    ++m_generation;
    m_statusTickets.clear();
    loadProfiles();
    Q_EMIT projectOpened();
    refreshStatus();
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    m_project.reset();
    ++m_generation;
    m_profiles.clear();
    m_shown.clear();
    Q_EMIT projectClosed();
}

void ProjectSession::loadProfiles()
{
    const ConnectionStore store(m_project->config());
    m_profiles = store.load();
    QStringList shown = store.shownConnections();
    shown.removeIf([this](const QString &name) { return !profile(name); });
    // A project opened for the first time shows its default database (or its first).
    if (shown.isEmpty() && !m_profiles.isEmpty())
        shown.append(profile(u"default"_s) ? u"default"_s : m_profiles.first().name);
    m_shown = shown;
    Q_EMIT profilesChanged();
    Q_EMIT shownConnectionsChanged(m_shown);
}

std::optional<ConnectionProfile> ProjectSession::profile(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProjectSession::setProfiles(QList<ConnectionProfile> profiles)
{
    if (!m_project)
        return;
    m_profiles = std::move(profiles);
    ConnectionStore(m_project->config()).save(m_profiles);
    Q_EMIT profilesChanged();
    QStringList shown;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (m_shown.contains(profile.name))
            shown.append(profile.name);
    }
    setShownConnections(shown);
}

void ProjectSession::setShownConnections(const QStringList &names)
{
    if (!m_project)
        return;
    QStringList ordered;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (names.contains(profile.name))
            ordered.append(profile.name);
    }
    ConnectionStore(m_project->config()).setShownConnections(ordered);
    const QStringList before = m_shown;
    m_shown = ordered;
    Q_EMIT shownConnectionsChanged(m_shown);
    for (const QString &name : std::as_const(m_shown)) {
        if (!before.contains(name))
            refreshStatus(name);
    }
}

void ProjectSession::withChoice(const QString &connection, ChoiceReady ready)
{
    const std::optional<ConnectionProfile> found = profile(connection);
    if (!found) {
        ready(fail(ErrorCode::Usage, tr("There is no connection called '%1'.").arg(connection),
                   tr("Add it in the Connections panel.")));
        return;
    }
    if (!found->needsPassword()) {
        ready(found->choice());
        return;
    }
    m_vault->fetch(found->passwordKey(), [this, profile = *found, ready = std::move(ready)](std::optional<QString> stored) {
        if (stored) {
            ready(profile.choice(*stored));
            return;
        }
        if (libpqHasPassword() || !m_prompt) {
            ready(profile.choice());
            return;
        }
        const std::optional<QString> asked = m_prompt(profile, {});
        if (!asked) {
            ready(fail(ErrorCode::Cancelled, tr("No password given for '%1'.").arg(profile.name),
                       tr("Set it in the connection's settings, or in PGPASSWORD or ~/.pgpass.")));
            return;
        }
        m_vault->store(profile.passwordKey(), *asked);
        ready(profile.choice(*asked));
    });
}

void ProjectSession::noteFailure(const QString &connection, const Error &error)
{
    // A rejected password must not be offered again: the next attempt asks for a new one.
    if (isAuthenticationFailure(error)) {
        if (const auto found = profile(connection))
            m_vault->forget(found->passwordKey());
    }
}

void ProjectSession::track(const QFuture<void> &future)
{
    m_jobs.removeIf([](const QFuture<void> &job) { return job.isFinished(); });
    m_jobs.append(future);
}

void ProjectSession::waitForJobs()
{
    // Jobs may start others when they finish (a run refreshes the status), so wait until
    // none is left.
    while (!m_jobs.isEmpty()) {
        QFuture<void> job = m_jobs.takeFirst();
        job.waitForFinished();
    }
}

QString ProjectSession::projectConnection() const
{
    if (profile(u"default"_s))
        return u"default"_s;
    return m_profiles.isEmpty() ? QString() : m_profiles.first().name;
}

Dialect ProjectSession::dialectOf(const QString &connection) const
{
    if (const auto found = profile(connection))
        return found->url.dialect();
    if (m_project) {
        if (const auto url = DatabaseUrl::parse(m_project->config().databaseUrl))
            return url->dialect();
    }
    return Dialect::Sqlite;
}

void ProjectSession::refreshStatus()
{
    for (const QString &name : std::as_const(m_shown))
        refreshStatus(name);
}

void ProjectSession::refreshStatus(const QString &connection)
{
    if (!m_project)
        return;
    const int ticket = ++m_statusTickets[connection];
    const int generation = m_generation;
    withChoice(connection, [=, this](Result<ConnectionChoice> choice) {
        const auto deliver = [=, this](Result<StatusReport> report) {
            if (generation != m_generation || m_statusTickets.value(connection) != ticket)
                return;
            ConnectionStatus status;
            status.name = connection;
            status.production = choice ? choice->production : false;
            if (report) {
                status.report = *std::move(report);
            } else {
                status.error = report.error().fullMessage();
                noteFailure(connection, report.error());
            }
            Q_EMIT statusRead(connection, status);
        };
        if (!choice) {
            deliver(fail(choice.error()));
            return;
        }
        track(QFuture<void>(runInBackground(
            this,
            [project = m_project, choice = *choice]() -> Result<StatusReport> {
                STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(*project, choice, true));
                return (*service)->status();
            },
            deliver)));
    });
}

void ProjectSession::readRevisionHistory(const QString &revisionId)
{
    if (!m_project)
        return;
    const int ticket = ++m_historyTicket;
    const int generation = m_generation;
    for (const QString &connection : std::as_const(m_shown)) {
        withChoice(connection, [=, this](Result<ConnectionChoice> choice) {
            const auto deliver = [=, this](Result<QList<HistoryRecord>> records) {
                if (generation != m_generation || ticket != m_historyTicket)
                    return;
                Q_EMIT revisionHistoryRead(revisionId, connection, records ? *records : QList<HistoryRecord>(),
                                           records ? QString() : records.error().fullMessage());
            };
            if (!choice) {
                deliver(fail(choice.error()));
                return;
            }
            track(QFuture<void>(runInBackground(
                this,
                [project = m_project, choice = *choice, revisionId]() -> Result<QList<HistoryRecord>> {
                    STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(*project, choice, true));
                    return (*service)->revisionHistory(revisionId);
                },
                deliver)));
        });
    }
}

void ProjectSession::preparePlan(const MigrationAction &action, const QString &connection)
{
    if (!m_project)
        return;
    const int generation = m_generation;
    withChoice(connection, [=, this](Result<ConnectionChoice> choice) {
        const auto deliver = [=, this](Result<PlanPreview> preview) {
            if (generation != m_generation)
                return;
            if (!preview) {
                noteFailure(connection, preview.error());
                Q_EMIT planFailed(connection, preview.error());
                return;
            }
            Q_EMIT planPrepared(connection, *preview);
        };
        if (!choice) {
            deliver(fail(choice.error()));
            return;
        }
        track(QFuture<void>(runInBackground(
            this, [project = m_project, choice = *choice, action] { return previewPlan(*project, choice, action); },
            deliver)));
    });
}

void ProjectSession::run(const MigrationAction &action, const QString &connection)
{
    if (!m_project || m_running)
        return;
    m_running = true;
    m_cancel = CancelToken();
    Q_EMIT runStarted(connection, action.description());
    const int generation = m_generation;
    withChoice(connection, [=, this](Result<ConnectionChoice> choice) {
        const auto deliver = [=, this](Result<RunReport> report) {
            m_running = false;
            if (generation != m_generation)
                return;
            if (report)
                Q_EMIT runSucceeded(connection, *report);
            else {
                noteFailure(connection, report.error());
                Q_EMIT runFailed(connection, report.error());
            }
            // Show what the run left behind; a run the user called off before it
            // connected (no password given) changed nothing and must not ask again.
            if (report || report.error().code() != ErrorCode::Cancelled || choice)
                refreshStatus(connection);
        };
        if (!choice) {
            deliver(fail(choice.error()));
            return;
        }
        // Progress comes from the worker thread; this object outlives the job (the
        // destructor waits), so queueing calls to it is safe.
        RunCallbacks callbacks;
        callbacks.stepStarted = [this, project = m_project, mode = action.runOptions().mode](
                                    const PlanStep &step, int position, int total) {
            const QString text = stepText(project->graph(), step, mode);
            QMetaObject::invokeMethod(
                this, [this, position, total, text] { Q_EMIT runProgress(position, total, text); },
                Qt::QueuedConnection);
        };
        callbacks.backedUp = [this, connection](const BackupResult &backup) {
            QMetaObject::invokeMethod(
                this, [this, connection, manifest = backup.manifest] { Q_EMIT runBackedUp(connection, manifest); },
                Qt::QueuedConnection);
        };
        const ToolProgress backupProgress = [this](qint64 bytes, qint64 elapsedMs) {
            QMetaObject::invokeMethod(
                this, [this, bytes, elapsedMs] { Q_EMIT runBackupProgress(bytes, elapsedMs); }, Qt::QueuedConnection);
        };
        track(QFuture<void>(runInBackground(
            this,
            [project = m_project, choice = *choice, action, callbacks, backupProgress,
             cancel = m_cancel]() -> Result<RunReport> {
                STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(*project, choice, false));
                RunOptions options = action.runOptions();
                options.lockWaitMs = 5'000;
                options.backup.progress = backupProgress;
                return (*service)->run(action.planRequest(), options, callbacks, cancel);
            },
            deliver)));
    });
}

void ProjectSession::cancelRun()
{
    if (m_running)
        m_cancel.cancel();
}

} // namespace strata::ui
