// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QString>

namespace strata {

/// The PostgreSQL client tools of one installation: pg_dump, pg_restore and psql side by side.
struct PostgresTools
{
    QString dir;
    int major = 0;
    QString version; ///< as pg_dump --version prints it: "pg_dump (PostgreSQL) 15.18"

    QString pgDump() const;
    QString pgRestore() const;
    QString psql() const;
};

/// The client tools for a server of major version @p serverMajor: a pg_dump whose major
/// version is at least the server's (an older one refuses to dump it), the closest such one,
/// the one on PATH first. Looked for on PATH and in /usr/lib/postgresql/<major>/bin, or only
/// in $STRATA_PG_BINDIR when it is set. An error names what was found and what is needed.
Result<PostgresTools> findPostgresTools(int serverMajor);

} // namespace strata
