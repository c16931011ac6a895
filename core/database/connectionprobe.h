// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "util/result.h"

#include <QDir>

namespace strata {

/// What "Test connection" reports about a reachable database.
struct ConnectionProbe
{
    QString serverVersion; ///< "PostgreSQL 15.18", "SQLite 3.40.1"
    qint64 connectMs = 0;  ///< opening the session (authentication included)
    qint64 roundTripMs = 0; ///< one `SELECT 1` once connected
};

/// Connects to @p url, asks the server's version and times a round trip, then disconnects.
/// A SQLite file is never created (a missing one is an error). A rejected password is
/// reported as such. Blocks; call it off the GUI thread.
Result<ConnectionProbe> probeConnection(const DatabaseUrl &url, const QDir &baseDir, int timeoutSec = 5);

} // namespace strata
