// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QStringList>

namespace strata {

/// What an application learns about its database when it starts: whether every migration
/// of its project is applied, and what is not (`strata check`). A value type.
struct StartupCheck
{
    QString database;         ///< the URL, without its password
    QStringList current;      ///< the version table's rows: the revisions the database is at
    QStringList pending;      ///< revisions not applied yet, in the order migrate applies them
    QStringList edited;       ///< applied revisions whose files changed since
    QStringList failed;       ///< non-transactional migrations that failed part-way
    QStringList missingFiles; ///< version-table rows without a revision file (an older checkout?)

    /// Nothing pending, and nothing that would stop `strata migrate`.
    bool isUpToDate() const
    {
        return pending.isEmpty() && edited.isEmpty() && failed.isEmpty() && missingFiles.isEmpty();
    }
    /// One line for a log: "up to date at abc123" or "2 pending migration(s): a1, b2; run strata migrate".
    QString summary() const;
};

/// The seed's `check_migrations_on_startup` for C++ applications. Reads the project found at
/// or above @p projectDir, connects to @p url (empty: DATABASE_URL, else the project's
/// [database].url, as the CLI chooses) and reads its version table. Reads only: a missing
/// SQLite file reads as an empty database and is not created. Blocks for one connection and
/// two queries. Needs a QCoreApplication (or QApplication) to exist, for Qt's SQL drivers.
/// Errors are the CLI's: ErrorCode::Config for a project that does not read, ErrorCode::Database
/// for a database that cannot be reached.
Result<StartupCheck> checkOnStartup(const QString &url, const QString &projectDir);

} // namespace strata
