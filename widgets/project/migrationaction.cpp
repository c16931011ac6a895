// SPDX-License-Identifier: MIT
#include "migrationaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
// MigrationAction is a value type, not a QObject: its texts live in its own context.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("strata::ui::MigrationAction", text, comment, n);
}
} // namespace

MigrationService::PlanRequest MigrationAction::planRequest() const
{
    switch (kind) {
    case Kind::MigrateToHead:
        return [](const MigrationPlanner &planner) {
            RevisionSpec head;
            head.kind = RevisionSpec::Kind::Head;
            head.text = u"head"_s;
            return planner.migrate(head);
        };
    case Kind::MigrateTo:
    case Kind::Stamp:
        return [id = revisionId, stamp = kind == Kind::Stamp](const MigrationPlanner &planner) -> Result<MigrationPlan> {
            STRATA_ASSIGN_OR_RETURN(spec, RevisionSpec::parse(id));
            return stamp ? planner.stamp(*spec) : planner.migrate(*spec);
        };
    case Kind::RollBack:
        return [steps = steps](const MigrationPlanner &planner) { return planner.rollback(steps); };
    }
    Q_UNREACHABLE();
}

RunOptions MigrationAction::runOptions() const
{
    RunOptions options;
    options.mode = kind == Kind::Stamp ? RunMode::Stamp : RunMode::Execute;
    options.backupFirst = backupFirst && kind != Kind::Stamp;
    options.allowLintErrors = allowLintErrors;
    return options;
}

QString MigrationAction::description() const
{
    if (backupFirst && kind == Kind::MigrateToHead)
        return tr("Back up and migrate to head");
    if (backupFirst && kind != Kind::Stamp) {
        MigrationAction plain = *this;
        plain.backupFirst = false;
        return tr("%1, after a backup").arg(plain.description());
    }
    switch (kind) {
    case Kind::MigrateToHead: return tr("Migrate to head");
    case Kind::MigrateTo: return tr("Migrate to %1").arg(revisionId);
    case Kind::RollBack: return tr("Roll back %n revision(s)", nullptr, steps);
    case Kind::Stamp: return tr("Stamp at %1").arg(revisionId);
    }
    return {};
}

} // namespace strata::ui
