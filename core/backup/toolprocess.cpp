// SPDX-License-Identifier: MIT
#include "toolprocess.h"

#include "backupstore.h"
#include "database/connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

constexpr int PollMs = 250;

/// A .pgpass field: backslashes and colons escaped.
QString passFileField(const QString &value)
{
    QString escaped = value;
    return escaped.replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
}

Result<void> startOrFail(QProcess &process, const QString &what)
{
    process.start();
    if (process.waitForStarted(10'000))
        return {};
    return fail(ErrorCode::Backup, u"cannot run %1 to %2: %3"_s.arg(process.program(), what, process.errorString()),
                u"install the PostgreSQL client tools (Debian: postgresql-client), or point STRATA_PG_BINDIR at "
                u"their directory"_s);
}

/// SIGINT first: pg_dump stops its workers, psql cancels the statement running on the
/// server (a killed psql would leave it running, locks held). SIGKILL if that is ignored.
void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), SIGINT);
    if (process.waitForFinished(5'000))
        return;
    process.kill();
    process.waitForFinished(5'000);
}

bool succeeded(const QProcess &process)
{
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

Error toolFailure(const QString &program, const QString &what, int exitCode, const QString &standardError)
{
    const QString name = QFileInfo(program).fileName();
    // The line that says what went wrong, not a NOTICE printed before it.
    const QStringList lines = standardError.trimmed().split(u'\n', Qt::SkipEmptyParts);
    const auto failing = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.contains(u"ERROR:"_s) || line.contains(u"FATAL:"_s) || line.contains(u"error:"_s);
    });
    QString first = failing != lines.end() ? failing->trimmed() : lines.value(0).trimmed();
    if (first.startsWith(name + u':'))
        first = first.mid(name.size() + 1).trimmed();
    Error error(ErrorCode::Backup,
                u"%1 failed to %2 (exit %3)%4"_s.arg(name, what).arg(exitCode).arg(first.isEmpty() ? QString()
                                                                                                 : u": "_s + first));
    const QString text = standardError.toLower();
    if (text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s))
        error.setHint(u"the server refused the password: give it in the URL, PGPASSWORD or ~/.pgpass"_s);
    else if (text.contains(u"could not connect"_s) || text.contains(u"connection refused"_s))
        error.setHint(u"the server does not answer: check that it runs and the URL's host and port"_s);
    else if (text.contains(u"no space left on device"_s))
        error.setHint(u"the disk is full: free space in the backup directory ([backup].dir) or lower [backup].keep"_s);
    else if (text.contains(u"server version mismatch"_s))
        error.setHint(u"install the PostgreSQL client tools of the server's major version or newer"_s);
    else if (text.contains(u"could not obtain lock"_s) || text.contains(u"lock timeout"_s))
        error.setHint(u"a long transaction holds a lock on a table; try again when it is done"_s);
    error.setDetail(standardError.trimmed());
    return error;
}

ToolRunner::ToolRunner(const DatabaseUrl &url)
    : m_url(url.withoutPassword())
{
    if (const QString password = url.effectivePassword(); !password.isEmpty()) {
        // QTemporaryFile is created readable and writable by its owner only (0600).
        m_passwordFile = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"strata-pgpass-XXXXXX"_s));
        const bool written = m_passwordFile->open()
            && m_passwordFile->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && m_passwordFile->write((u"*:*:*:*:"_s + passFileField(password) + u'\n').toUtf8()) > 0
            && m_passwordFile->flush();
        if (!written)
            m_setupError = u"cannot write a temporary password file in %1: %2"_s.arg(QDir::tempPath(),
                                                                                     m_passwordFile->errorString());
    }
}

ToolRunner::~ToolRunner() = default;

Result<void> ToolRunner::ready() const
{
    if (m_setupError.isEmpty())
        return {};
    return fail(ErrorCode::Backup, m_setupError, u"make TMPDIR a writable directory"_s);
}

QString ToolRunner::connectionString() const
{
    QStringList parts;
    if (!m_url.host().isEmpty())
        parts << u"host="_s + conninfoValue(m_url.host());
    if (m_url.port() > 0)
        parts << u"port=%1"_s.arg(m_url.port());
    if (!m_url.user().isEmpty())
        parts << u"user="_s + conninfoValue(m_url.user());
    parts << u"dbname="_s + conninfoValue(m_url.database());
    for (const auto &[key, value] : m_url.parameters())
        parts << key + u'=' + conninfoValue(value);
    return parts.join(u' ');
}

void ToolRunner::prepare(QProcess &process, const ToolCommand &command) const
{
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setProcessEnvironment(environment());
}

QProcessEnvironment ToolRunner::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGAPPNAME"_s, u"strata"_s);
    if (m_passwordFile) {
        // The URL's password wins, as it does for Strata's own connection.
        environment.insert(u"PGPASSFILE"_s, m_passwordFile->fileName());
        environment.remove(u"PGPASSWORD"_s);
    }
    return environment;
}

Result<void> ToolRunner::run(const ToolCommand &command, const CancelToken &cancel, const QString &watched,
                             const ToolProgress &progress) const
{
    STRATA_TRY(ready());
    QProcess process;
    prepare(process, command);
    process.setStandardOutputFile(QProcess::nullDevice());
    STRATA_TRY(startOrFail(process, u"run"_s));
    QElapsedTimer elapsed;
    elapsed.start();
    while (!process.waitForFinished(PollMs) && process.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            stop(process);
            return fail(ErrorCode::Cancelled, u"%1 was stopped"_s.arg(QFileInfo(command.program).fileName()));
        }
        if (progress && !watched.isEmpty())
            progress(archiveSize(watched), elapsed.elapsed());
    }
    if (cancel.isCancelled()) // the tool may have died of the same Ctrl-C first
        return fail(ErrorCode::Cancelled, u"%1 was stopped"_s.arg(QFileInfo(command.program).fileName()));
    if (!succeeded(process))
        return fail(toolFailure(command.program, u"complete"_s, process.exitCode(),
                                QString::fromLocal8Bit(process.readAllStandardError())));
    return {};
}

Result<void> ToolRunner::runTee(const ToolCommand &producer, const QString &file, const ToolCommand &reader,
                                Sha256 &hash, const CancelToken &cancel, const ToolProgress &progress) const
{
    STRATA_TRY(ready());
    QFile output(file);
    if (!output.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Backup, u"cannot write %1: %2"_s.arg(file, output.errorString()),
                    u"check that the backup directory is writable"_s);
    QProcess source;
    prepare(source, producer);
    QProcess check;
    prepare(check, reader);
    check.setStandardOutputFile(QProcess::nullDevice());
    STRATA_TRY(startOrFail(check, u"read the dump back"_s));
    if (auto started = startOrFail(source, u"dump"_s); !started) {
        stop(check);
        return started;
    }
    const auto stopBoth = [&] {
        stop(source);
        stop(check);
    };
    // Never more than this much waits for the reader: the dump slows to its pace instead.
    constexpr qint64 ReaderBacklog = 8 << 20;
    qint64 written = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto pass = [&]() -> Result<void> {
        const QByteArray chunk = source.readAllStandardOutput();
        if (chunk.isEmpty())
            return {};
        if (output.write(chunk) != chunk.size())
            return fail(ErrorCode::Backup, u"cannot write %1: %2"_s.arg(file, output.errorString()),
                        u"the disk may be full: free space in the backup directory or lower [backup].keep"_s);
        hash.addData(chunk);
        written += chunk.size();
        if (check.state() == QProcess::Running) {
            check.write(chunk);
            while (check.bytesToWrite() > ReaderBacklog && check.waitForBytesWritten(PollMs)) {
            }
        }
        if (progress && sinceProgress.elapsed() >= PollMs) {
            progress(written, elapsed.elapsed());
            sinceProgress.restart();
        }
        return {};
    };
    while (source.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            stopBoth();
            return fail(ErrorCode::Cancelled, u"%1 was stopped"_s.arg(QFileInfo(producer.program).fileName()));
        }
        source.waitForReadyRead(PollMs);
        if (auto passed = pass(); !passed) {
            stopBoth();
            return passed;
        }
    }
    STRATA_TRY(pass());
    check.closeWriteChannel();
    while (!check.waitForFinished(PollMs) && check.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            stopBoth();
            return fail(ErrorCode::Cancelled, u"reading the dump back was stopped"_s);
        }
    }
    if (cancel.isCancelled())
        return fail(ErrorCode::Cancelled, u"%1 was stopped"_s.arg(QFileInfo(producer.program).fileName()));
    if (!succeeded(source))
        return fail(toolFailure(producer.program, u"complete"_s, source.exitCode(),
                                QString::fromLocal8Bit(source.readAllStandardError())));
    if (!succeeded(check))
        return fail(toolFailure(reader.program, u"read the dump back"_s, check.exitCode(),
                                QString::fromLocal8Bit(check.readAllStandardError())));
    // On disk before it counts: a backup lost to a power cut would be found out too late.
    if (!output.flush() || ::fsync(output.handle()) != 0)
        return fail(ErrorCode::Backup, u"cannot write %1 to disk: %2"_s.arg(file, output.errorString()));
    return {};
}

Result<void> ToolRunner::pipeTransaction(const ToolCommand &producer, const ToolCommand &consumer,
                                         const QByteArray &afterBegin, const CancelToken &cancel) const
{
    STRATA_TRY(ready());
    QProcess source;
    prepare(source, producer);
    QProcess sink;
    prepare(sink, consumer);
    sink.setProcessChannelMode(QProcess::MergedChannels); // psql's notices and errors, for the message
    STRATA_TRY(startOrFail(sink, u"restore"_s));
    if (auto started = startOrFail(source, u"restore"_s); !started) {
        stop(sink);
        return started;
    }
    // The tail is held back: it holds the COMMIT, sent only once the producer succeeded.
    constexpr qsizetype HeldBack = 4096;
    QByteArray pending;
    bool injected = afterBegin.isEmpty();
    QByteArray sinkOutput;
    const auto forward = [&](bool finished) {
        pending += source.readAllStandardOutput();
        if (!injected) {
            const qsizetype begin = pending.indexOf("\nBEGIN;\n");
            if (begin < 0 && !finished)
                return;
            if (begin >= 0) {
                pending.insert(begin + qsizetype(qstrlen("\nBEGIN;\n")), afterBegin);
                injected = true;
            }
        }
        const qsizetype ready = finished ? 0 : pending.size() - HeldBack;
        if (ready > 0) {
            sink.write(pending.left(ready));
            pending.remove(0, ready);
        }
        sinkOutput += sink.readAll();
    };
    while (source.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            stop(source);
            stop(sink);
            return fail(ErrorCode::Cancelled, u"the restore was stopped; the database is as it was"_s);
        }
        if (sink.state() == QProcess::NotRunning) {
            stop(source); // psql stopped at an error: its transaction is gone, nothing to feed
            break;
        }
        source.waitForReadyRead(PollMs);
        forward(false);
        while (sink.bytesToWrite() > 0 && sink.waitForBytesWritten(PollMs))
            sinkOutput += sink.readAll();
    }
    forward(false);
    if (sink.state() == QProcess::NotRunning && !succeeded(sink)) {
        sinkOutput += sink.readAll();
        return fail(toolFailure(consumer.program, u"restore"_s, sink.exitCode(), QString::fromLocal8Bit(sinkOutput)));
    }
    if (!succeeded(source) || !injected) {
        // The COMMIT never reaches psql: its transaction is rolled back.
        stop(sink);
        if (!injected && succeeded(source))
            return fail(ErrorCode::Backup, u"pg_restore wrote no BEGIN to restore in one transaction"_s);
        return fail(toolFailure(producer.program, u"read the backup"_s, source.exitCode(),
                                QString::fromLocal8Bit(source.readAllStandardError())));
    }
    // pg_restore is done long before psql: the indexes and constraints still run. A marker
    // query just before the COMMIT tells when they have, and a stop until then rolls back.
    const qsizetype commit = pending.lastIndexOf("\nCOMMIT;\n");
    if (commit < 0) {
        stop(sink);
        return fail(ErrorCode::Backup, u"pg_restore's script does not end in COMMIT; nothing was restored"_s);
    }
    static const QByteArray marker = "strata:all-but-commit-done";
    sink.write(pending.left(commit + 1) + "SELECT '" + marker + "';\n");
    while (!sinkOutput.contains(marker)) {
        if (cancel.isCancelled()) {
            stop(sink);
            return fail(ErrorCode::Cancelled, u"the restore was stopped; the database is as it was"_s);
        }
        if (sink.state() == QProcess::NotRunning) {
            sinkOutput += sink.readAll();
            return fail(toolFailure(consumer.program, u"restore"_s, sink.exitCode(), QString::fromLocal8Bit(sinkOutput)));
        }
        sink.waitForReadyRead(PollMs);
        sinkOutput += sink.readAll();
    }
    sink.write(pending.mid(commit + 1));
    sink.closeWriteChannel();
    while (!sink.waitForFinished(PollMs) && sink.state() != QProcess::NotRunning)
        sinkOutput += sink.readAll();
    sinkOutput += sink.readAll();
    if (!succeeded(sink))
        return fail(toolFailure(consumer.program, u"restore"_s, sink.exitCode(), QString::fromLocal8Bit(sinkOutput)));
    return {};
}

} // namespace strata
