// SPDX-License-Identifier: MIT
#include "project.h"

#include "revision/revisionloader.h"

namespace strata {

Result<Project> Project::discover(const QString &startDir)
{
    STRATA_ASSIGN_OR_RETURN(path, ProjectConfig::find(startDir));
    return open(*path);
}

Result<Project> Project::open(const QString &configPath)
{
    Project project;
    STRATA_ASSIGN_OR_RETURN(config, ProjectConfig::load(configPath));
    project.m_config = *std::move(config);
    const QString cache = project.m_config.stateDir() + QStringLiteral("/cache/revisions.bin");
    STRATA_ASSIGN_OR_RETURN(revisions, RevisionLoader::loadDirectory(project.m_config.migrationsDir, cache));
    STRATA_ASSIGN_OR_RETURN(graph, RevisionGraph::build(*std::move(revisions)));
    project.m_graph = *std::move(graph);
    return project;
}

QString Project::relativePath(const QString &path) const
{
    return m_config.rootDir.relativeFilePath(path);
}

} // namespace strata
