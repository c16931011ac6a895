// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace strata {

/// What kind of failure an Error is. The CLI maps these to its exit codes (DESIGN §8);
/// the studio chooses how to present them.
enum class ErrorCode {
    Usage,       ///< the request itself is wrong (bad argument, ambiguous target)
    Config,      ///< strata.toml or a URL is missing or malformed
    Io,          ///< a file could not be read or written
    Database,    ///< the database refused or failed
    Integrity,   ///< revision graph, checksum or failed-migration problems
    Lock,        ///< another run holds the migration lock
    Backup,      ///< backup or restore failed
    Cancelled,   ///< the caller cancelled the operation
    Review,      ///< the review (lint) found errors where they stop the run
};

/// The code's stable lower-case name ("usage", "database", ...), as machine output uses it.
QString errorCodeName(ErrorCode code);

/// Where in a user's file an error points.
struct SourceLocation {
    QString path;
    int line = 0; ///< 1-based; 0 when unknown

    bool isValid() const { return !path.isEmpty(); }
    QString toString() const;
};

/// A failure as core reports it: a short message for the user, a hint saying what to do,
/// the driver's own words (SQLSTATE, server message, tool stderr) and a context chain
/// such as "applying abc123def456 › line 14", outermost first.
class Error
{
public:
    Error(ErrorCode code, QString message, QString hint = {});

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &hint() const { return m_hint; }
    const QString &detail() const { return m_detail; }
    const QStringList &context() const { return m_context; }
    const SourceLocation &location() const { return m_location; }

    /// The same failure reported as another kind: a connection refused while backing up
    /// is a failed backup (exit 6) to the one who asked for the backup.
    Error &setCode(ErrorCode code);
    Error &setHint(QString hint);
    Error &setDetail(QString detail);
    Error &setLocation(SourceLocation location);
    /// Prepends an outer context step ("migrating sqlite:///dev.db").
    Error &addContext(QString step);

    /// "context › context: message", the one line the CLI prints.
    QString fullMessage() const;

private:
    ErrorCode m_code;
    QString m_message;
    QString m_hint;
    QString m_detail;
    QStringList m_context;
    SourceLocation m_location;
};

} // namespace strata
