// SPDX-License-Identifier: MIT
#include "connectionprobe.h"

#include "connection.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace strata {

Result<ConnectionProbe> probeConnection(const DatabaseUrl &url, const QDir &baseDir, int timeoutSec)
{
    if (url.dialect() == Dialect::Sqlite && !url.isInMemory() && !QFileInfo::exists(url.sqlitePath(baseDir)))
        return fail(ErrorCode::Database, u"SQLite database %1 does not exist"_s.arg(url.sqlitePath(baseDir)),
                    u"check the path; 'strata migrate' creates the file on first use"_s);
    Connection::Options options;
    options.baseDir = baseDir;
    options.readOnly = true;
    options.connectTimeoutSec = timeoutSec;
    QElapsedTimer timer;
    timer.start();
    auto connection = Connection::open(url, options);
    if (!connection) {
        Error error = connection.error();
        if (isAuthenticationFailure(error))
            error.setHint(u"the server rejected the password for user '%1'; check it (or PGPASSWORD, ~/.pgpass)"_s.arg(
                url.user()));
        return fail(std::move(error));
    }
    ConnectionProbe probe;
    probe.connectMs = timer.elapsed();
    timer.restart();
    STRATA_TRY((*connection)->select(u"SELECT 1"_s));
    probe.roundTripMs = timer.elapsed();
    STRATA_ASSIGN_OR_RETURN(version, (*connection)->serverVersion());
    probe.serverVersion = *version;
    return probe;
}

} // namespace strata
