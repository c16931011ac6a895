// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace strata {

/// One row of `<version_table>_history` (DESIGN §4).
struct HistoryRecord
{
    qint64 id = 0;
    QString revision;
    QString downRevision;   ///< the parents as in the file header, "a1, b2"; empty for a base
    QString direction;      ///< "up", "down", "stamp" or "fake"
    QString checksum;
    QString message;
    QDateTime appliedAt;    ///< UTC
    QString appliedBy;      ///< user@host
    qint64 durationMs = 0;
    bool success = true;
    QString error;
    QString backupId;
    QString toolVersion;
};

/// The latest history row of one revision, as status reads it for every revision at once:
/// only what status needs, so that reading 10,000 of them stays cheap.
struct LatestRecord
{
    qint64 id = 0;       ///< the history row id, which orders actions in time
    QString direction;
    QString checksum;
    bool success = true;
    QString error;

    /// Only non-transactional migrations leave failed rows: a transactional failure rolls
    /// back its history row with everything else.
    bool isFailure() const { return !success; }
};

} // namespace strata
