// SPDX-License-Identifier: MIT
#include "sqlitecopy.h"

#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

/// An open sqlite3 handle, closed when it goes.
class SqliteHandle
{
public:
    SqliteHandle(const QString &path, int flags)
    {
        m_code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    }
    ~SqliteHandle() { sqlite3_close_v2(m_db); }
    SqliteHandle(const SqliteHandle &) = delete;
    SqliteHandle &operator=(const SqliteHandle &) = delete;

    sqlite3 *get() const { return m_db; }
    bool isOpen() const { return m_code == SQLITE_OK; }
    QString message() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_code)); }

private:
    sqlite3 *m_db = nullptr;
    int m_code = SQLITE_OK;
};

} // namespace

Result<void> copySqliteDatabase(const QString &from, const QString &to, int busyTimeoutMs, bool makeSingleFile)
{
    SqliteHandle source(from, SQLITE_OPEN_READONLY);
    if (!source.isOpen())
        return fail(ErrorCode::Backup, u"cannot open %1: %2"_s.arg(from, source.message()));
    SqliteHandle target(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!target.isOpen())
        return fail(ErrorCode::Backup, u"cannot open %1: %2"_s.arg(to, target.message()),
                    u"check that the directory exists and is writable"_s);
    sqlite3_busy_timeout(source.get(), busyTimeoutMs);
    sqlite3_busy_timeout(target.get(), busyTimeoutMs);
    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return fail(ErrorCode::Backup, u"cannot copy %1 to %2: %3"_s.arg(from, to, target.message()));
    // One step for the whole file: the copy is a consistent snapshot of the source.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    // A copy of a WAL database is one too; an archive is better a single file.
    if (stepped == SQLITE_DONE && finished == SQLITE_OK && makeSingleFile)
        sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const int code = stepped != SQLITE_DONE ? stepped : finished;
        Error error(ErrorCode::Backup, u"copying %1 to %2 failed: %3"_s.arg(from, to, QString::fromUtf8(sqlite3_errstr(code))));
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            error.setHint(u"another connection kept the database locked; try again when it is done"_s);
        else if (code == SQLITE_FULL)
            error.setHint(u"the disk is full: free space or lower [backup].keep"_s);
        return fail(error);
    }
    return {};
}

Result<void> checkSqliteIntegrity(const QString &path)
{
    // immutable: a copy of a WAL database would otherwise get -wal and -shm files beside it.
    const QString uri = u"file:%1?immutable=1"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
    SqliteHandle db(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!db.isOpen())
        return fail(ErrorCode::Backup, u"cannot open %1: %2"_s.arg(path, db.message()));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Backup, u"%1 is not a readable SQLite database: %2"_s.arg(path, db.message()));
    QStringList problems;
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != u"ok"_s)
            problems << line;
    }
    sqlite3_finalize(statement);
    if (code != SQLITE_DONE)
        return fail(ErrorCode::Backup, u"%1 is not a sound SQLite database: %2"_s.arg(path, db.message()));
    if (!problems.isEmpty()) {
        Error error(ErrorCode::Backup, u"%1 fails SQLite's integrity check: %2"_s.arg(path, problems.first()));
        error.setDetail(problems.join(u'\n'));
        return fail(error);
    }
    return {};
}

QString sqliteLibraryVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace strata
