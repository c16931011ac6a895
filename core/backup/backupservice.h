// SPDX-License-Identifier: MIT
#pragma once

#include "backupmanifest.h"
#include "config/connectionchoice.h"
#include "project/project.h"
#include "toolprocess.h"

#include <memory>

namespace strata {

class Connection;

struct BackupOptions
{
    std::optional<BackupFormat> format; ///< PostgreSQL: custom unless directory is asked for
    int jobs = 1;                       ///< pg_dump --jobs (directory format only)
    bool pinned = false;                ///< taken before a migration: retention keeps it
    int lockWaitMs = 60'000;            ///< for the migration lock, and pg_dump --lock-wait-timeout
    ToolProgress progress;              ///< bytes written so far, during the dump
};

struct RunCallbacks;
struct RunReport;

/// What a rehearsal did on its copy.
struct Rehearsal
{
    BackupManifest backup;  ///< the backup the copy was made from
    qint64 restoreMs = 0;
    std::shared_ptr<RunReport> run; ///< the pending migrations as they ran on the copy
};

struct BackupResult
{
    BackupManifest manifest;
    QString archivePath;
    QList<BackupManifest> pruned; ///< older backups [backup].keep let go
};

/// Backups (DESIGN §7): taken, verified, listed, restored. PostgreSQL through pg_dump,
/// pg_restore and psql; SQLite through its online backup API.
namespace BackupService {

/// Backs up @p choice's database while holding the migration lock, so no migration starts
/// during the dump; verifies the archive by reading it whole; writes the manifest; then
/// deletes backups beyond [backup].keep. A failed or cancelled backup leaves no archive.
Result<BackupResult> backup(const Project &project, const ConnectionChoice &choice, const BackupOptions &options,
                            const CancelToken &cancel = {});
/// The same, on @p connection, whose run already holds the migration lock (migrate --backup).
/// @p revisions: the version-table rows now.
Result<BackupResult> backupLocked(const Project &project, const ConnectionChoice &choice, Connection &connection,
                                  const QStringList &revisions, const BackupOptions &options,
                                  const CancelToken &cancel = {});

/// Every backup in [backup].dir, newest first.
Result<QList<BackupManifest>> list(const Project &project);
/// The backup @p idOrPrefix names.
Result<BackupManifest> find(const Project &project, const QString &idOrPrefix);

/// The command that restores backup @p backupId onto connection @p connectionName:
/// "strata restore ID", or "strata -c NAME restore ID" for a named connection.
QString restoreCommand(const QString &connectionName, const QString &backupId);

/// Pins (@p pinned) or unpins backup @p idOrPrefix: [backup].keep never deletes the newest
/// pinned backup of a connection. Returns the manifest as saved.
Result<BackupManifest> setPinned(const Project &project, const QString &idOrPrefix, bool pinned);
/// Deletes backup @p idOrPrefix: its manifest first (what is left is no longer listed as a
/// backup), then its archive.
Result<void> remove(const Project &project, const QString &idOrPrefix);

/// Checks the archive against its checksum and reads all of it (pg_restore into /dev/null,
/// or PRAGMA integrity_check); records the outcome in the manifest.
Result<BackupManifest> verify(const Project &project, const QString &idOrPrefix, const CancelToken &cancel = {});

/// Where a restore goes, and how carefully it must be confirmed.
struct RestoreTarget
{
    DatabaseUrl url;
    QString name;            ///< the connection's name, or the redacted URL
    bool production = false; ///< the connection's name must be typed to confirm
    bool intoOther = false;  ///< not the backed-up database: ownership and grants are left to the role
};

/// @p into (a URL, --into) if given; a configured production URL stays production. Else the
/// @p chosen database, which must be the one @p backup was taken of (ErrorCode::Usage).
Result<RestoreTarget> restoreTarget(const Project &project, const BackupManifest &backup, const QString &into,
                                    const std::optional<ConnectionChoice> &chosen);

/// Into the database of connection @p other (the studio's "Restore into…"): its name and
/// production mark are @p other's, and it counts as another database unless it is the one
/// @p backup was taken of.
RestoreTarget restoreTargetFor(const BackupManifest &backup, const ConnectionChoice &other);

/// Makes @p target's database what the backup holds, in one transaction: on PostgreSQL
/// every schema is dropped and the archive restored through psql, and any failure rolls all
/// of it back; on SQLite the file is copied back page by page. A backup whose last check
/// failed (BackupManifest::verified false) is refused (ErrorCode::Backup). Holds the migration lock,
/// waiting up to @p lockWaitMs for a migration or backup running there.
Result<void> restore(const Project &project, const BackupManifest &backup, const RestoreTarget &target,
                     int lockWaitMs = 60'000, const CancelToken &cancel = {});

/// A dress rehearsal of the next migrate: restores backup @p idOrPrefix (empty: the newest
/// of @p choice's connection) into a scratch database, runs the pending migrations there
/// with @p callbacks (the review, each step's timing), and drops the copy. @p choice's own
/// database is only read from the backup, never touched.
Result<Rehearsal> rehearse(const Project &project, const ConnectionChoice &choice, const QString &idOrPrefix,
                           const RunCallbacks &callbacks, const CancelToken &cancel = {});

} // namespace BackupService

} // namespace strata
