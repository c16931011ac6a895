// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "sha256.h"
#include "util/canceltoken.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryFile>

#include <functional>

class QProcess;
#include <memory>

namespace strata {

/// One PostgreSQL client tool to run (pg_dump, pg_restore, psql).
struct ToolCommand
{
    QString program;        ///< absolute path
    QStringList arguments;  ///< never a password: see ToolRunner
};

/// Progress of a running tool: what it has written so far.
using ToolProgress = std::function<void(qint64 bytesWritten, qint64 elapsedMs)>;

/// Runs PostgreSQL client tools for one database. The password, when the URL has one,
/// reaches the child in a temporary PGPASSFILE readable by the owner only, so it appears on
/// no command line and in no environment; the file is deleted when the runner is.
class ToolRunner
{
public:
    /// @p url: the database the tools connect to.
    explicit ToolRunner(const DatabaseUrl &url);
    ~ToolRunner();
    ToolRunner(const ToolRunner &) = delete;
    ToolRunner &operator=(const ToolRunner &) = delete;

    /// The libpq connection string for --dbname: host, port, user, database and the URL's
    /// parameters; no password.
    QString connectionString() const;

    /// Runs @p command to the end. @p watched (a file or directory the tool writes) is
    /// measured for @p progress about twice a second. ErrorCode::Backup with the tool's
    /// stderr when it fails; ErrorCode::Cancelled, the child killed, when @p cancel fires.
    Result<void> run(const ToolCommand &command, const CancelToken &cancel = {}, const QString &watched = {},
                     const ToolProgress &progress = {}) const;
    /// Runs @p producer (pg_dump to standard output) and writes what it prints to @p file,
    /// into @p hash and, at the same time, into @p reader's standard input (pg_restore
    /// reading the archive whole), so the archive is checked while it is made rather than
    /// read again after. The file is flushed to disk before this returns. Both must succeed.
    Result<void> runTee(const ToolCommand &producer, const QString &file, const ToolCommand &reader,
                        Sha256 &hash, const CancelToken &cancel = {},
                        const ToolProgress &progress = {}) const;

    /// Feeds the SQL script @p producer writes (pg_restore --single-transaction -f -) to
    /// @p consumer (psql), with @p afterBegin inserted right after the script's BEGIN. The
    /// script's last bytes, its COMMIT, are held back until @p producer has succeeded and
    /// psql has run everything before it: a producer that fails half way, or a stop, leaves
    /// psql an open transaction, which the server rolls back. Both must succeed.
    Result<void> pipeTransaction(const ToolCommand &producer, const ToolCommand &consumer, const QByteArray &afterBegin,
                                 const CancelToken &cancel = {}) const;

private:
    QProcessEnvironment environment() const;
    /// @p command in @p process, with the environment that carries the password file.
    void prepare(QProcess &process, const ToolCommand &command) const;
    /// The password file could be written (when one is needed).
    Result<void> ready() const;

    DatabaseUrl m_url;
    std::unique_ptr<QTemporaryFile> m_passwordFile; ///< null when the URL has no password
    QString m_setupError;
};

/// A tool's failure as an Error: its first stderr line, all of it as detail, and a hint for
/// what is commonly wrong (password, server down, disk full).
Error toolFailure(const QString &program, const QString &what, int exitCode, const QString &standardError);

} // namespace strata
