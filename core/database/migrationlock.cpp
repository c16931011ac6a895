// SPDX-License-Identifier: MIT
#include "migrationlock.h"

#include "util/localuser.h"

#include "log/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace strata {

MigrationLock::MigrationLock(Connection &connection, const QString &versionTable)
    : m_connection(connection)
    , m_key(key(versionTable))
{
}

MigrationLock::~MigrationLock()
{
    release();
}

qint64 MigrationLock::key(const QString &versionTable)
{
    // FNV-1a over "strata:<table>": stable, unlike qHash, whose seed changes per process.
    quint64 hash = 14695981039346656037ull;
    for (char byte : (u"strata:"_s + versionTable.toLower()).toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ull;
    }
    return qint64(hash);
}

Result<void> MigrationLock::acquireFile(int timeoutMs, const CancelToken &cancel)
{
    const QString database = m_connection.database().databaseName();
    if (database.isEmpty() || database == u":memory:"_s)
        return {}; // no other process can reach an in-memory database
    m_lockPath = database + u".strata-lock"_s;
    m_lockFile = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFile < 0)
        return fail(ErrorCode::Lock,
                    u"cannot create the migration lock file %1: %2"_s.arg(m_lockPath,
                                                                         QString::fromLocal8Bit(std::strerror(errno))),
                    u"Strata needs to write next to the SQLite database; check the directory's permissions"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (::flock(m_lockFile, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return fail(ErrorCode::Lock, u"cannot lock %1: %2"_s.arg(m_lockPath, QString::fromLocal8Bit(std::strerror(errno))));
        if (cancel.isCancelled())
            return fail(ErrorCode::Cancelled, u"cancelled while waiting for the migration lock"_s);
        if (deadline.hasExpired())
            return fail(ErrorCode::Lock,
                        u"another run holds the migration lock of %1: %2"_s.arg(m_connection.url().redacted(),
                                                                                 describeFileHolder()),
                        u"wait for it to finish, or raise --lock-timeout (waited %1 s)"_s.arg(timeoutMs / 1000.0));
        QThread::msleep(std::min<qint64>(200, std::max<qint64>(1, deadline.remainingTime())));
    }
    const QByteArray holder = u"pid %1, %2, since %3\n"_s
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(localUserAtHost(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                  .toUtf8();
    if (::ftruncate(m_lockFile, 0) != 0 || ::pwrite(m_lockFile, holder.constData(), size_t(holder.size()), 0) < 0)
        log::get(log::Migrate)->debug("could not note the lock holder in {}", m_lockPath);
    m_held = true;
    return {};
}

QString MigrationLock::describeFileHolder() const
{
    QFile file(m_lockPath);
    const QString holder = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    return holder.isEmpty() ? u"a process that has not written its details yet"_s : holder;
}

Result<void> MigrationLock::acquire(int timeoutMs, const CancelToken &cancel)
{
    if (m_held)
        return {};
    if (m_connection.dialect() == Dialect::Sqlite)
        return acquireFile(timeoutMs, cancel);
    const auto logger = log::get(log::Migrate);
    const QString attempt = u"SELECT pg_try_advisory_lock(%1)"_s.arg(m_key);
    QDeadlineTimer deadline(timeoutMs);
    bool announced = false;
    while (true) {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(attempt));
        if (rows->value(0).value(0).toBool()) {
            m_held = true;
            return {};
        }
        if (!announced) {
            logger->info("waiting for the migration lock held by {}", describeHolder());
            announced = true;
        }
        if (cancel.isCancelled())
            return fail(ErrorCode::Cancelled, u"cancelled while waiting for the migration lock"_s);
        if (deadline.hasExpired()) {
            return fail(ErrorCode::Lock,
                        u"another run holds the migration lock of %1: %2"_s.arg(m_connection.url().redacted(),
                                                                                 describeHolder()),
                        u"wait for it to finish, or raise --lock-timeout (waited %1 s)"_s.arg(timeoutMs / 1000.0));
        }
        QThread::msleep(std::min<qint64>(200, std::max<qint64>(1, deadline.remainingTime())));
    }
}

void MigrationLock::release()
{
    if (m_lockFile >= 0) {
        // The file stays: deleting it would let a waiter lock an unlinked file.
        if (m_held && ::ftruncate(m_lockFile, 0) != 0)
            log::get(log::Migrate)->debug("could not clear {}", m_lockPath);
        ::close(m_lockFile); // also releases the flock
        m_lockFile = -1;
        m_held = false;
        return;
    }
    if (!m_held)
        return;
    m_held = false;
    if (auto released = m_connection.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(m_key)); !released)
        log::get(log::Migrate)->warn("could not release the migration lock: {}", released.error().message());
}

QString MigrationLock::describeHolder()
{
    // A bigint advisory key shows in pg_locks as classid (high 32 bits) and objid (low 32).
    const quint64 bits = quint64(m_key);
    const QString sql =
        u"SELECT a.pid, COALESCE(a.application_name, ''), COALESCE(host(a.client_addr), 'local socket'), "
        u"COALESCE(a.usename, ''), a.backend_start "
        u"FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        u"WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        u"AND l.classid::bigint = %1 AND l.objid::bigint = %2 AND l.database = "
        u"(SELECT oid FROM pg_database WHERE datname = current_database())"_s.arg(bits >> 32).arg(bits & 0xFFFFFFFFu);
    auto rows = m_connection.select(sql);
    if (!rows || rows->isEmpty())
        return u"a session that has since ended or is not visible to this role"_s;
    const QVariantList &row = rows->first();
    return u"pid %1, application_name '%2', client %3, user %4, connected since %5"_s.arg(
        row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
        row.value(4).toDateTime().toUTC().toString(Qt::ISODate));
}

} // namespace strata
