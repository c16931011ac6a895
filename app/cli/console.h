// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace strata::cli {

/// DESIGN §8's exit codes.
enum ExitCode {
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitUsage = 2,
    ExitDatabase = 3,
    ExitIntegrity = 4,
    ExitLock = 5,
    ExitBackup = 6,
    ExitCancelled = 130,
};

int exitCodeFor(ErrorCode code);

/// Everything the CLI prints goes through here: results to stdout (text or --json), errors
/// to stderr as `strata: error: ...` plus a hint line.
class Console
{
public:
    Console(bool json, bool quiet);
    ~Console();

    bool isJson() const { return m_json; }
    bool isQuiet() const { return m_quiet; }

    /// A line of human output on stdout (suppressed by --json and -q).
    void line(const QString &text = {});
    /// Part of a line, flushed at once (progress such as "Applying ... ").
    void partial(const QString &text);
    /// A result that must print even with -q (the answer to `current`, a file path).
    void result(const QString &text);
    /// The one JSON document of a --json run.
    void json(const QJsonObject &object);
    /// A note on stderr that does not change the outcome.
    void note(const QString &text);
    /// Asks @p question on stderr and reads the answer from stdin; nothing when stdin is not
    /// a terminal (CI, a pipe), where nobody can answer.
    std::optional<QString> ask(const QString &question);
    /// Prints @p error and returns its exit code.
    int error(const Error &error);
    /// The exit code @p outcome carries, printing its error if it is one.
    int exitWith(const Result<int> &outcome) { return outcome ? *outcome : error(outcome.error()); }

private:
    void write(const QByteArray &bytes);
    void flush();

    bool m_json;
    bool m_quiet;
    QByteArray m_buffer;
};

} // namespace strata::cli
