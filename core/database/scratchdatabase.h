// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"

#include <memory>

namespace strata {

/// A throwaway database for autogenerate (DESIGN §5): the models and the replayed
/// revisions are built in one, never in the user's database. SQLite: in memory.
/// PostgreSQL: the project's shadow_url (whose contents are discarded), or else a
/// temporary database created on the target's server and dropped with this object.
class ScratchDatabase
{
public:
    /// @p target: the user's database, whose dialect and server are used. @p shadowUrl:
    /// [database].shadow_url, may be empty. A role that may not create databases gets an
    /// ErrorCode::Config error naming shadow_url.
    static Result<std::unique_ptr<ScratchDatabase>> create(const DatabaseUrl &target, const QString &shadowUrl);
    ~ScratchDatabase();

    Connection &connection() { return *m_connection; }
    /// Runs every statement of @p script, naming @p source (a file) in errors.
    Result<void> run(const QString &script, const QString &source, int firstLine = 1);
    /// Like run(), in one transaction: a transactional revision, or a models file.
    Result<void> runInTransaction(const QString &script, const QString &source, int firstLine = 1);

private:
    ScratchDatabase() = default;
    Result<void> tuneForSpeed();

    std::unique_ptr<Connection> m_admin; ///< PostgreSQL without shadow_url: where the database was created
    std::unique_ptr<Connection> m_connection;
    QString m_createdDatabase;
};

} // namespace strata
