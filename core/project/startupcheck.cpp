// SPDX-License-Identifier: MIT
#include "startupcheck.h"

#include "config/connectionchoice.h"
#include "migrate/migrationservice.h"
#include "project/project.h"

using namespace Qt::StringLiterals;

namespace strata {

namespace {

QStringList ids(const RevisionGraph &graph, const QList<int> &indexes)
{
    QStringList found;
    for (int index : indexes)
        found << graph.at(index).id;
    return found;
}

} // namespace

QString StartupCheck::summary() const
{
    QStringList problems;
    if (!pending.isEmpty())
        problems << u"%1 pending migration(s): %2; run 'strata migrate'"_s.arg(pending.size()).arg(pending.join(u", "_s));
    if (!edited.isEmpty())
        problems << u"applied migration(s) edited since: %1"_s.arg(edited.join(u", "_s));
    if (!failed.isEmpty())
        problems << u"failed migration(s): %1"_s.arg(failed.join(u", "_s));
    if (!missingFiles.isEmpty())
        problems << u"applied revision(s) without a file: %1"_s.arg(missingFiles.join(u", "_s));
    if (problems.isEmpty())
        return u"%1 is up to date at %2"_s.arg(database, current.isEmpty() ? u"<base>"_s : current.join(u", "_s));
    return u"%1: %2"_s.arg(database, problems.join(u"; "_s));
}

Result<StartupCheck> checkOnStartup(const QString &url, const QString &projectDir)
{
    STRATA_ASSIGN_OR_RETURN(project, Project::discover(projectDir));
    STRATA_ASSIGN_OR_RETURN(choice, chooseConnection(project->config(),
                                                     {url, {}, qEnvironmentVariable("DATABASE_URL")}));
    STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(*project, *choice, true));
    STRATA_ASSIGN_OR_RETURN(status, (*service)->status());
    const RevisionGraph &graph = project->graph();
    StartupCheck check;
    check.database = status->database;
    check.current = status->state.rowIds(graph);
    check.pending = ids(graph, status->pending);
    check.edited = ids(graph, status->edited);
    check.failed = ids(graph, status->failed);
    check.missingFiles = status->missingFiles();
    return check;
}

} // namespace strata
