// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

namespace strata::RevisionAuthor {

/// A revision file Strata wrote.
struct WrittenRevision
{
    Revision revision;
    QString path;
};

/// Writes a new revision on the single head (or a first revision when there is none) with
/// the given SQL sections (empty for the `makemigrations --empty` template). Several heads
/// are an ErrorCode::Usage error naming them and suggesting `strata merge`.
Result<WrittenRevision> write(const Project &project, const QString &message, const QString &upgradeSql = {},
                              const QString &downgradeSql = {}, bool transactional = true);

/// The file write() would write, before it is written (`makemigrations --dry-run`, the
/// studio's preview): its id is "<new>" until then. The sections' lines are the file's.
QString preview(const Project &project, const QString &message, const QString &upgradeSql = {},
                const QString &downgradeSql = {}, bool transactional = true);

/// Writes a merge revision whose down_revision lists @p heads (graph indices, two or more).
Result<WrittenRevision> writeMerge(const Project &project, const QString &message, const QList<int> &heads);

} // namespace strata::RevisionAuthor
