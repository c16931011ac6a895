// SPDX-License-Identifier: MIT
#pragma once

#include "config/connectionchoice.h"
#include "console.h"
#include "migrate/migrationservice.h"
#include "project/project.h"

#include <memory>
#include <optional>

namespace strata::cli {

/// The global options, before or after the command word.
struct GlobalOptions
{
    QString directory;   ///< -C DIR
    QString databaseUrl; ///< -d URL
    QString connection;  ///< -c NAME
    bool json = false;
    int verbosity = 0;   ///< -v count
    bool quiet = false;
};

/// What every command needs: the options, the console, and lazily the project and a
/// connection to its database.
class CommandContext
{
public:
    CommandContext(GlobalOptions options, Console &console);

    const GlobalOptions &options() const { return m_options; }
    Console &console() { return m_console; }

    /// The directory commands start from: -C DIR or the working directory.
    QString startDirectory() const;
    /// Finds and reads the project (once), and starts the project's log file.
    Result<const Project *> project();
    Result<ConnectionChoice> connectionChoice();
    /// Connects to the chosen database; read-only commands never create a SQLite file.
    Result<std::unique_ptr<MigrationService>> connect(bool readOnly);
    /// Connects read-only and reads the chosen database's migration status.
    Result<StatusReport> readStatus();

    /// A path as the user should see it: relative to the working directory when inside it.
    QString displayPath(const QString &path) const;

private:
    GlobalOptions m_options;
    Console &m_console;
    std::optional<Project> m_project;
};

} // namespace strata::cli
