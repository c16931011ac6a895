// SPDX-License-Identifier: MIT
#include "driftcheck.h"

#include "common/messagebanner.h"
#include "diff/autogenerateservice.h"
#include "project/projectsession.h"

using namespace Qt::StringLiterals;

namespace strata::ui {

DriftCheck::DriftCheck(ProjectSession *session, MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_banner(banner)
{
}

void DriftCheck::check(const QString &connection)
{
    m_session->runOnConnection(
        this, connection,
        [](const Project &project, const ConnectionChoice &choice) -> Result<AutogenerateService::DriftReport> {
            STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(project, choice, true));
            return AutogenerateService::drift(project, **service);
        },
        [this, connection](Result<AutogenerateService::DriftReport> report) {
            if (!report) {
                m_banner->showError(tr("Cannot check %1 for drift").arg(connection), report.error());
                Q_EMIT checked(connection, false);
                return;
            }
            if (report->changes.isEmpty()) {
                m_banner->showMessage(MessageBanner::Kind::Success, tr("No drift on %1").arg(connection),
                                      tr("Its schema is what its %n applied revision(s) build.", nullptr,
                                         report->appliedRevisions));
                Q_EMIT checked(connection, false);
                return;
            }
            QStringList lines;
            for (const SchemaChange &change : std::as_const(report->changes))
                lines << describe(change);
            m_banner->showMessage(
                MessageBanner::Kind::Warning,
                tr("%1 has drifted: %n difference(s) from what its applied revisions build", nullptr,
                   int(lines.size()))
                    .arg(connection),
                tr("From the applied revisions' schema to the live one (someone changed it by hand):\n%1\n"
                   "Write a migration that makes these changes, or undo them on the database.")
                    .arg(lines.join(u'\n')));
            Q_EMIT checked(connection, true);
        });
}

} // namespace strata::ui
