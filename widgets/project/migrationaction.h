// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/migrationservice.h"

namespace strata::ui {

/// What the user asked the studio to do to one database, translated into the request the
/// core service takes. The studio's verbs are the CLI's: `migrate`, `migrate REV`,
/// `rollback -s N`, `stamp REV`.
struct MigrationAction
{
    enum class Kind {
        MigrateToHead, ///< `strata migrate`
        MigrateTo,     ///< `strata migrate REV`: up or down to revisionId
        RollBack,      ///< `strata rollback -s steps`
        Stamp,         ///< `strata stamp REV`: the version table only, no SQL
    };

    Kind kind = Kind::MigrateToHead;
    QString revisionId; ///< MigrateTo, Stamp
    int steps = 1;      ///< RollBack

    static MigrationAction migrateToHead() { return {Kind::MigrateToHead, {}, 1}; }
    static MigrationAction migrateTo(const QString &revisionId) { return {Kind::MigrateTo, revisionId, 1}; }
    static MigrationAction rollBack(int steps) { return {Kind::RollBack, {}, steps}; }
    static MigrationAction stamp(const QString &revisionId) { return {Kind::Stamp, revisionId, 1}; }

    MigrationService::PlanRequest planRequest() const;
    RunOptions runOptions() const;
    /// "Migrate to head", "Roll back 2 revisions", ... for progress and results.
    QString description() const;
};

} // namespace strata::ui
