// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "util/canceltoken.h"

namespace strata {

/// The run-wide lock that keeps two Strata runs from migrating one database at once
/// (DESIGN §4). PostgreSQL: a session advisory lock keyed by the version table's name,
/// polled with pg_try_advisory_lock — never a blocking wait, which would deadlock with
/// CREATE INDEX CONCURRENTLY in the holder's run. SQLite has no advisory locks: an flock()
/// on `<database file>.strata-lock`, which holds the holder's pid (SQLite's own locks
/// serialise each transaction, not a run, and non-transactional steps need the run's).
/// Released by release(), the destructor, or when the session or process ends.
class MigrationLock
{
public:
    MigrationLock(Connection &connection, const QString &versionTable);
    ~MigrationLock();

    /// Waits up to @p timeoutMs. ErrorCode::Lock on timeout names the holder's pid,
    /// application_name and client address; ErrorCode::Cancelled when @p cancel fires.
    Result<void> acquire(int timeoutMs, const CancelToken &cancel = {});
    void release();

    /// The 64-bit advisory lock key for a version table name (stable across versions).
    static qint64 key(const QString &versionTable);

private:
    Result<void> acquireFile(int timeoutMs, const CancelToken &cancel);
    QString describeHolder();
    QString describeFileHolder() const;

    Connection &m_connection;
    qint64 m_key;
    bool m_held = false;
    int m_lockFile = -1; ///< SQLite: the locked sidecar file
    QString m_lockPath;
};

} // namespace strata
