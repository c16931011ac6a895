// SPDX-License-Identifier: MIT
#pragma once

#include "revision.h"
#include "util/result.h"

#include <QList>

namespace strata::RevisionLoader {

/// Reads every `*.sql` file in @p directory (not recursive), in file-name order, keeping
/// headers and checksums but not the SQL. A file that cannot be read or parsed is an error
/// naming the file and line; when several are bad, the first is the message and the
/// detail lists them all. Never skips a file silently. Blocks; callable from any thread
/// (but not concurrently for the same @p cachePath).
///
/// With a @p cachePath, parsed headers are kept there between runs, like git's index: a file
/// whose name, size, modification time and inode match its cache entry is not read again.
/// Entries younger than two seconds when the cache is written are never trusted, so an edit
/// within the file system's time resolution is still seen. A missing, stale or unwritable
/// cache only costs speed.
Result<QList<Revision>> loadDirectory(const QString &directory, const QString &cachePath = {});

} // namespace strata::RevisionLoader
