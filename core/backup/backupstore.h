// SPDX-License-Identifier: MIT
#pragma once

#include "backupmanifest.h"

namespace strata {

/// The backup directory ([backup].dir): one `<id>.json` manifest beside each archive. An
/// archive without a manifest (a dump that failed or was cancelled) is not a backup.
class BackupStore
{
public:
    explicit BackupStore(QString dir);
    const QString &dir() const { return m_dir; }

    /// Every backup, newest first. A manifest that does not read is an error naming it.
    Result<QList<BackupManifest>> list() const;
    /// The backup with id @p idOrPrefix, or the only one whose id starts with it.
    Result<BackupManifest> find(const QString &idOrPrefix) const;
    /// A new id for a backup of @p connection taken at @p now, unused in the directory.
    QString newId(const QString &connection, const QDateTime &now) const;

    QString archivePath(const BackupManifest &manifest) const;
    QString manifestPath(const QString &id) const;
    /// Writes the manifest atomically: a reader sees the old one or the new one.
    Result<void> save(const BackupManifest &manifest) const;
    /// Deletes the archive, then the manifest.
    Result<void> remove(const BackupManifest &manifest) const;
    /// Deletes the oldest backups of @p connection beyond the newest @p keep, never the newest
    /// pinned one (the backup taken before the last migration). Returns what it deleted.
    Result<QList<BackupManifest>> prune(const QString &connection, int keep) const;

private:
    QString m_dir;
};

/// Deletes the file or directory @p path; true when nothing is left of it.
bool removeArchive(const QString &path);
/// Bytes in @p path: a file, or every file under a directory.
qint64 archiveSize(const QString &path);
/// SHA-256 (hex) of @p path: a file's bytes, or for a directory each file's relative name and
/// bytes in name order, so that a renamed, missing or changed file changes it.
Result<QString> archiveDigest(const QString &path);

} // namespace strata
