// SPDX-License-Identifier: MIT
#include "scratchdatabase.h"

#include "log/logging.h"
#include "sqlsplitter.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace strata {

Result<std::unique_ptr<ScratchDatabase>> ScratchDatabase::create(const DatabaseUrl &target, const QString &shadowUrl)
{
    std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase);
    if (target.dialect() == Dialect::Sqlite) {
        STRATA_ASSIGN_OR_RETURN(memory, DatabaseUrl::parse(u"sqlite://"_s));
        STRATA_ASSIGN_OR_RETURN(connection, Connection::open(*memory, {}));
        scratch->m_connection = *std::move(connection);
        return scratch;
    }
    if (!shadowUrl.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(shadow, DatabaseUrl::parse(shadowUrl));
        STRATA_ASSIGN_OR_RETURN(connection, Connection::open(*shadow, {}));
        // The shadow database is Strata's to use: start from nothing but an empty public schema.
        STRATA_ASSIGN_OR_RETURN(schemas, (*connection)->select(
            u"SELECT quote_ident(nspname) FROM pg_namespace "
            u"WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'"_s));
        for (const QVariantList &row : *schemas)
            STRATA_TRY((*connection)->exec(u"DROP SCHEMA %1 CASCADE"_s.arg(row.first().toString())));
        STRATA_TRY((*connection)->exec(u"CREATE SCHEMA public"_s));
        scratch->m_connection = *std::move(connection);
        STRATA_TRY(scratch->tuneForSpeed());
        return scratch;
    }
    STRATA_ASSIGN_OR_RETURN(admin, Connection::open(target, {}));
    const QString name = u"strata_scratch_%1"_s.arg(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFull, 0, 16);
    if (auto created = (*admin)->exec(u"CREATE DATABASE "_s + name); !created) {
        Error error(ErrorCode::Config,
                    u"cannot create a scratch database on %1 to compare schemas"_s.arg(target.withoutPassword().redacted()),
                    u"give the role CREATEDB, or set [database].shadow_url in strata.toml to an empty database "
                    u"Strata may use (its contents are discarded)"_s);
        error.setDetail(created.error().fullMessage());
        return fail(std::move(error));
    }
    scratch->m_admin = *std::move(admin);
    scratch->m_createdDatabase = name;
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(target.withDatabase(name), {}));
    scratch->m_connection = *std::move(connection);
    STRATA_TRY(scratch->tuneForSpeed());
    return scratch;
}

Result<void> ScratchDatabase::tuneForSpeed()
{
    // Nothing in a scratch database needs to survive a crash: don't wait for the disk.
    STRATA_TRY(m_connection->exec(u"SET synchronous_commit = off"_s));
    return {};
}

ScratchDatabase::~ScratchDatabase()
{
    m_connection.reset();
    if (m_admin && !m_createdDatabase.isEmpty()) {
        if (auto dropped = m_admin->exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_createdDatabase)); !dropped)
            log::get(log::Database)->warn("could not drop the scratch database {}: {}", m_createdDatabase,
                                          dropped.error().fullMessage());
    }
}

Result<void> ScratchDatabase::runInTransaction(const QString &script, const QString &source, int firstLine)
{
    STRATA_TRY(m_connection->exec(u"BEGIN"_s));
    if (auto done = run(script, source, firstLine); !done) {
        (void)m_connection->exec(u"ROLLBACK"_s);
        return done;
    }
    return m_connection->exec(u"COMMIT"_s).map([](int) {});
}

Result<void> ScratchDatabase::run(const QString &script, const QString &source, int firstLine)
{
    for (const SqlStatement &statement : splitStatements(m_connection->dialect(), script, firstLine)) {
        if (auto done = m_connection->exec(statement.text); !done) {
            Error error = done.error();
            error.setLocation({source, statement.line});
            return fail(std::move(error.addContext(u"%1:%2"_s.arg(source).arg(statement.line))));
        }
    }
    return {};
}

} // namespace strata
