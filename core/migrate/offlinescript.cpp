// SPDX-License-Identifier: MIT
#include "offlinescript.h"

#include "database/bookkeepingsql.h"
#include "database/sqlsplitter.h"
#include "headtracker.h"
#include "migrator.h"
#include "revision/revisionfile.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace strata::OfflineScript {

Result<QString> render(const Project &project, Dialect dialect, const AppliedState &state, const MigrationPlan &plan)
{
    const RevisionGraph &graph = project.graph();
    const BookkeepingSql bookkeeping(dialect, project.config().versionTable);
    const bool pg = dialect == Dialect::Postgres;
    const QString begin = pg ? u"BEGIN;\n"_s : u"BEGIN IMMEDIATE;\n"_s;
    const QString lockTimeout = u"'%1ms'"_s.arg(project.config().lockTimeoutMs);

    QString out;
    out += u"-- Strata offline migration script for %1\n"_s.arg(dialectName(dialect));
    out += u"-- from %1 to %2, %3 step(s); generated %4\n\n"_s.arg(graph.describe(plan.fromHeads),
                                                                  graph.describe(plan.toHeads))
               .arg(plan.steps.size())
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!pg)
        out += u"-- As strata migrate does: foreign keys off while tables are rebuilt, checked before each "
               u"COMMIT\n-- (foreign_key_check prints the rows left without a parent; stop if it prints any).\n"
               u"PRAGMA foreign_keys = OFF;\n\n"_s;
    for (const QString &statement : bookkeeping.createTables())
        out += statement + u";\n\n"_s;

    QStringList rows;
    for (int row : state.rows)
        rows << graph.at(row).id;
    HeadTracker heads(graph, state.applied, rows);

    for (const PlanStep &step : plan.steps) {
        const Revision &revision = graph.at(step.revision);
        const bool up = step.direction == Direction::Up;
        STRATA_ASSIGN_OR_RETURN(parsed, RevisionFile::read(revision.path));
        const QString &sql = up ? parsed->script.upgrade : parsed->script.downgrade;
        const int firstLine = up ? parsed->script.upgradeFirstLine : parsed->script.downgradeFirstLine;

        out += u"-- %1 %2: %3 (%4)\n"_s.arg(up ? u"Upgrade"_s : u"Downgrade"_s, revision.id, revision.message,
                                           project.relativePath(revision.path));
        if (revision.transactional) {
            out += begin;
            if (pg)
                out += u"SET LOCAL lock_timeout = "_s + lockTimeout + u";\n"_s;
        } else {
            out += u"-- transactional: false -- these statements run outside a transaction\n"_s;
            if (pg)
                out += u"SET lock_timeout = "_s + lockTimeout + u";\n"_s;
        }
        for (const SqlStatement &statement : splitStatements(dialect, sql, firstLine))
            out += statement.text + u";\n"_s;
        if (!revision.transactional) {
            if (pg)
                out += u"RESET lock_timeout;\n"_s;
            out += begin;
        }
        const HeadTracker::Move move = heads.apply(step);
        for (const BookkeepingStatement &statement : bookkeeping.moveHeads(move.removed, move.added))
            out += statement.sql + u";\n"_s;
        HistoryRecord record = newHistoryRecord(revision, up ? u"up"_s : u"down"_s);
        record.appliedBy += u" (offline script)"_s;
        out += bookkeeping.insertHistory(record) + u";\n"_s;
        if (!pg)
            out += u"PRAGMA foreign_key_check;\n"_s;
        out += u"COMMIT;\n\n"_s;
    }
    return out;
}

} // namespace strata::OfflineScript
