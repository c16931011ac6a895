// SPDX-License-Identifier: MIT
#pragma once

#include "config/projectconfig.h"
#include "graph/revisiongraph.h"

namespace strata {

/// A user's project: its configuration and its revision graph, read from disk. A value
/// snapshot; call open() again to see changes on disk.
class Project
{
public:
    /// Finds strata.toml by walking up from @p startDir (like git) and opens it.
    static Result<Project> discover(const QString &startDir);
    /// Reads the configuration at @p configPath and every revision file.
    static Result<Project> open(const QString &configPath);

    const ProjectConfig &config() const { return m_config; }
    const RevisionGraph &graph() const { return m_graph; }

    /// @p path relative to the project directory, for messages.
    QString relativePath(const QString &path) const;

private:
    ProjectConfig m_config;
    RevisionGraph m_graph;
};

} // namespace strata
