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
    /// Back up and verify first, under the run's lock; nothing runs if that fails
    /// (`migrate --backup`, Backup & Migrate).
    bool backupFirst = false;
    /// On a production connection, run although the review found errors (--allow-lint-errors).
    bool allowLintErrors = false;

    static MigrationAction migrateToHead() { return {Kind::MigrateToHead, {}, 1}; }
    static MigrationAction migrateTo(const QString &revisionId) { return {Kind::MigrateTo, revisionId, 1}; }
    static MigrationAction rollBack(int steps) { return {Kind::RollBack, {}, steps}; }
    static MigrationAction stamp(const QString &revisionId) { return {Kind::Stamp, revisionId, 1}; }
    /// Backup & Migrate: back up, verify, then migrate to head.
    static MigrationAction backupAndMigrate()
    {
        MigrationAction action = migrateToHead();
        action.backupFirst = true;
        return action;
    }

    MigrationService::PlanRequest planRequest() const;
    RunOptions runOptions() const;
    /// "Migrate to head", "Roll back 2 revisions", ... for progress and results.
    QString description() const;
};

} // namespace strata::ui
