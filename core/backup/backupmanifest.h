// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace strata {

/// How a backup is stored.
enum class BackupFormat {
    PostgresCustom,    ///< pg_dump -Fc: one compressed archive file
    PostgresDirectory, ///< pg_dump -Fd: a directory, dumped and restorable in parallel
    SqliteFile,        ///< a copy of the database file made with SQLite's online backup API
};

QString backupFormatName(BackupFormat format);
std::optional<BackupFormat> backupFormatFromName(const QString &name);

/// What is known of one backup: the JSON file beside it (`<id>.json`). The archive is
/// `<id>.dump`, `<id>.dir/` or `<id>.sqlite3` in the same directory.
struct BackupManifest
{
    QString id;              ///< "20261124-083015-prod": sortable by creation
    QString connection;      ///< the connection's name ("default", "prod")
    QString url;             ///< redacted
    QString serverVersion;   ///< "PostgreSQL 15.18", "SQLite 3.40.1"
    QString tool;            ///< "pg_dump (PostgreSQL) 15.18", "sqlite3 online backup 3.40.1"
    BackupFormat format = BackupFormat::SqliteFile;
    QStringList revisions;   ///< the version-table rows when it was taken
    QDateTime created;       ///< UTC
    qint64 durationMs = 0;
    qint64 size = 0;         ///< bytes of the archive (all files of a directory)
    QString sha256;          ///< of the archive (for a directory: of its files' names and bytes, sorted)
    bool verified = false;   ///< the last verification read the whole archive and found it sound
    QDateTime verifiedAt;
    bool pinned = false;     ///< taken before a migration: retention keeps the newest of a connection
    QString strataVersion;

    /// The archive's file or directory name, relative to the manifest's directory.
    QString archiveName() const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    /// @p path names the file in errors.
    static Result<BackupManifest> fromJson(const QByteArray &json, const QString &path);
};

} // namespace strata
