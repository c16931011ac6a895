// SPDX-License-Identifier: MIT
#pragma once

#include "revision.h"
#include "util/result.h"

#include <QList>

namespace strata::RevisionLoader {

/// Reads every `*.sql` file in @p directory (not recursive), in file-name order, keeping
/// headers and checksums but not the SQL. A file that cannot be read or parsed is an error
/// naming the file and line; when several are bad, the first is the message and the
/// detail lists them all. Never skips a file silently. Blocks; callable from any thread.
Result<QList<Revision>> loadDirectory(const QString &directory);

} // namespace strata::RevisionLoader
