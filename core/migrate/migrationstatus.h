// SPDX-License-Identifier: MIT
#pragma once

#include "database/historyrecord.h"
#include "graph/appliedstate.h"

#include <optional>

namespace strata {

/// The one word for a revision's state on a database, most urgent first.
enum class RevisionState {
    Failed,  ///< a non-transactional attempt failed
    Edited,  ///< applied, and its file changed since
    Current, ///< applied and named by the version table
    Applied,
    Pending,
};

/// What one database knows about one revision.
struct RevisionStatus
{
    bool applied = false;
    bool current = false; ///< named by a version-table row
    bool edited = false;  ///< applied, but the file's checksum differs from the recorded one
    bool failed = false;  ///< a non-transactional attempt failed and nothing resolved it since
    std::optional<LatestRecord> lastRecord;

    RevisionState state() const
    {
        if (failed)
            return RevisionState::Failed;
        if (edited)
            return RevisionState::Edited;
        if (current)
            return RevisionState::Current;
        return applied ? RevisionState::Applied : RevisionState::Pending;
    }
};

/// A snapshot of one database against a project's revisions: the input of showmigrations,
/// check, current and the studio's status columns. A value type.
struct StatusReport
{
    QString connectionName;
    QString database;              ///< redacted URL
    bool databaseMissing = false;  ///< a SQLite file that does not exist yet
    AppliedState state;
    QList<RevisionStatus> revisions; ///< by graph index
    QList<int> pending;              ///< not applied, in topological order
    QList<int> edited;
    QList<int> failed;

    /// Version-table rows with no revision file.
    const QStringList &missingFiles() const { return state.unknownRows; }
    bool isUpToDate() const { return pending.isEmpty(); }
    bool hasIntegrityProblems() const { return !edited.isEmpty() || !failed.isEmpty() || !missingFiles().isEmpty(); }
    /// History row ids by graph index (-1 when unknown): when each revision was last applied.
    QList<qint64> appliedOrder() const;
};

} // namespace strata
