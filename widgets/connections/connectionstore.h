// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include "config/projectconfig.h"

namespace strata::ui {

/// Where a project's connections come from and go to: the project's own from strata.toml
/// (read-only here), the user's from the studio's settings, kept per project. Never stores
/// a password. Uses the application's default QSettings.
class ConnectionStore
{
public:
    explicit ConnectionStore(const ProjectConfig &config);

    /// The project's connections ("default" for [database].url, then [connections.*]),
    /// followed by the ones the user added for this project.
    QList<ConnectionProfile> load() const;
    /// Saves the user's connections among @p profiles (project ones are skipped).
    void save(const QList<ConnectionProfile> &profiles) const;

    /// The connections shown as timeline columns; empty when never chosen.
    QStringList shownConnections() const;
    void setShownConnections(const QStringList &names) const;

private:
    QString group() const;

    ProjectConfig m_config;
};

} // namespace strata::ui
