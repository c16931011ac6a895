// SPDX-License-Identifier: MIT
#pragma once

#include "databaseurl.h"
#include "projectconfig.h"

namespace strata {

/// What the user asked for on the command line or in the studio.
struct ConnectionRequest
{
    QString url;            ///< -d/--database-url
    QString name;           ///< -c/--connection
    QString environmentUrl; ///< DATABASE_URL, read by the caller so core stays testable
};

/// The database an operation runs against and why that one was chosen.
struct ConnectionChoice
{
    QString name;     ///< the [connections.NAME] name, or "default"
    DatabaseUrl url;
    bool production = false;
    QString source;   ///< "--database-url", "--connection prod", "DATABASE_URL", "[database].url"
};

/// Picks the database: -d beats -c, which beats DATABASE_URL, which beats [database].url.
/// -d and -c together are a usage error.
Result<ConnectionChoice> chooseConnection(const ProjectConfig &config, const ConnectionRequest &request);

} // namespace strata
