// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

namespace strata {

/// Copies the SQLite database file @p from into @p to, page by page, with SQLite's online
/// backup API: a consistent copy while other connections keep reading and writing. @p to is
/// replaced as one transaction on it, so a reader of @p to sees it whole before or after.
/// Waits up to @p busyTimeoutMs for a writer on either side. @p makeSingleFile: @p to is an
/// archive, taken out of WAL mode so that it is one file.
Result<void> copySqliteDatabase(const QString &from, const QString &to, int busyTimeoutMs, bool makeSingleFile = false);

/// Reads every page of the SQLite file @p path (PRAGMA integrity_check): an error quoting
/// what SQLite found wrong, or that it is no database at all.
Result<void> checkSqliteIntegrity(const QString &path);

/// The SQLite library's version, "3.40.1".
QString sqliteLibraryVersion();

} // namespace strata
