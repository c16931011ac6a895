// SPDX-License-Identifier: MIT
#include "modelsstatus.h"

#include "common/statusstyle.h"
#include "diff/autogenerateservice.h"
#include "project/projectsession.h"

using namespace Qt::StringLiterals;

namespace strata::ui {

ModelsStatus::ModelsStatus(ProjectSession *session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
{
    setObjectName(u"modelsStatus"_s);
    setAutoRaise(true);
    hide();
    connect(this, &QToolButton::clicked, this, &ModelsStatus::makeMigrationsRequested);
    // A reload (after a save, a new revision) opens the project again.
    connect(m_session, &ProjectSession::projectOpened, this, &ModelsStatus::check);
    connect(m_session, &ProjectSession::projectClosed, this, [this] {
        m_ticket.next();
        m_state = State::Unknown;
        hide();
    });
}

void ModelsStatus::check()
{
    const int ticket = m_ticket.next();
    if (!m_session->isOpen())
        return;
    // As `strata makemigrations --check` without -c.
    const QString connection = m_session->projectConnection();
    if (connection.isEmpty())
        return;
    present(State::Unknown, tr("Models: checking…"), tr("Comparing the models with what the revisions build"));
    m_session->runOnConnection(
        this, connection,
        [](const Project &project, const ConnectionChoice &choice) {
            return AutogenerateService::detect(project, choice);
        },
        [this, ticket](Result<DetectedChanges> detected) {
            if (!m_ticket.isLatest(ticket))
                return;
            if (!detected) {
                present(State::Failed, tr("Models: cannot check"), detected.error().fullMessage());
            } else if (detected->isEmpty()) {
                m_changes = 0;
                present(State::UpToDate, tr("Models: up to date"),
                     tr("Every change in the models is in a migration (strata makemigrations --check)."));
            } else {
                m_changes = int(detected->changes.size());
                QStringList lines;
                for (const SchemaChange &change : std::as_const(detected->changes))
                    lines << describe(change);
                present(State::Unmigrated, tr("Models: %n change(s) not in a migration", nullptr, m_changes),
                     tr("Click to make a migration of them:\n%1").arg(lines.join(u'\n')));
            }
            Q_EMIT checked();
        });
}

void ModelsStatus::present(State state, const QString &text, const QString &toolTip)
{
    m_state = state;
    setText(text);
    setToolTip(toolTip);
    setStyleSheet(state == State::Unmigrated ? u"color: %1; font-weight: bold"_s.arg(
                                                   severityColor(Severity::Warning).name())
                  : state == State::Failed ? u"color: %1"_s.arg(severityColor(Severity::Error).name())
                                           : QString());
    setVisible(true);
}

} // namespace strata::ui
