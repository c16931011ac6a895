// SPDX-License-Identifier: MIT
// showmigrations, check, current, heads, history: commands that read and never write.
#include "commands.h"

#include "backup/backupservice.h"
#include "formatting.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace strata::cli {

namespace {

/// The flags shown after a revision's message.
QString statusMarks(const RevisionGraph &graph, int index, const RevisionStatus &status)
{
    QStringList marks;
    if (status.current)
        marks << u"current"_s;
    if (graph.isHead(index))
        marks << u"head"_s;
    if (graph.at(index).isMerge())
        marks << u"merge"_s;
    if (status.edited)
        marks << u"EDITED since applied"_s;
    if (status.failed)
        marks << u"FAILED: "_s + status.lastRecord->error;
    return marks.isEmpty() ? QString() : u"  ("_s + marks.join(u", "_s) + u')';
}

QJsonObject statusJson(const Project &project, const StatusReport &report)
{
    const RevisionGraph &graph = project.graph();
    QJsonArray revisions;
    for (int index : graph.topologicalOrder()) {
        const RevisionStatus &status = report.revisions.at(index);
        QJsonObject object = revisionJson(project, index);
        object.insert(u"applied"_s, status.applied);
        object.insert(u"current"_s, status.current);
        object.insert(u"edited"_s, status.edited);
        object.insert(u"failed"_s, status.failed);
        if (status.failed)
            object.insert(u"error"_s, status.lastRecord->error);
        revisions.append(object);
    }
    return {
        {u"database"_s, report.database},
        {u"connection"_s, report.connectionName},
        {u"current"_s, idArray(graph, report.state.rows)},
        {u"revisions"_s, revisions},
        {u"pending"_s, idArray(graph, report.pending)},
        {u"edited"_s, idArray(graph, report.edited)},
        {u"failed"_s, idArray(graph, report.failed)},
        {u"missing_files"_s, QJsonArray::fromStringList(report.missingFiles())},
    };
}

void printMissingFiles(Console &console, const StatusReport &report)
{
    for (const QString &id : report.missingFiles())
        console.result(u"[?] %1  (applied, but no revision file has this id)"_s.arg(id));
}

} // namespace

int runShowMigrations(CommandContext &context)
{
    auto report = context.readStatus();
    if (!report)
        return context.console().error(report.error());
    const Project &project = **context.project();
    Console &console = context.console();
    if (console.isJson()) {
        console.json(statusJson(project, *report));
        return ExitOk;
    }
    const RevisionGraph &graph = project.graph();
    console.result(u"%1 (%2)%3"_s.arg(report->database, report->connectionName,
                                     report->databaseMissing ? u", database file not created yet"_s : QString()));
    if (graph.isEmpty())
        console.result(u" (no revisions yet: 'strata makemigrations --empty -m MESSAGE' creates one)"_s);
    for (int index : graph.topologicalOrder()) {
        const Revision &revision = graph.at(index);
        const RevisionStatus &status = report->revisions.at(index);
        console.result(u"[%1] %2  %3  %4%5"_s.arg(status.applied ? u"X"_s : u" "_s, revision.id, shortDate(revision),
                                                revision.message, statusMarks(graph, index, status)));
    }
    printMissingFiles(console, *report);
    return ExitOk;
}

int runCheck(CommandContext &context)
{
    auto report = context.readStatus();
    if (!report)
        return context.console().error(report.error());
    const Project &project = **context.project();
    const RevisionGraph &graph = project.graph();
    Console &console = context.console();

    const int exitCode = report->hasIntegrityProblems() ? ExitIntegrity
                         : report->isUpToDate()          ? ExitOk
                                                         : ExitCheckFailed;
    if (console.isJson()) {
        QJsonObject object = statusJson(project, *report);
        object.remove(u"revisions"_s);
        object.insert(u"up_to_date"_s, report->isUpToDate());
        object.insert(u"exit_code"_s, exitCode);
        console.json(object);
        return exitCode;
    }
    for (int index : std::as_const(report->edited))
        console.result(u"EDITED   %1  %2 changed after it was applied"_s.arg(graph.at(index).id,
                                                                             project.relativePath(graph.at(index).path)));
    for (int index : std::as_const(report->failed))
        console.result(u"FAILED   %1  %2"_s.arg(graph.at(index).id, report->revisions.at(index).lastRecord->error));
    for (const QString &id : report->missingFiles())
        console.result(u"MISSING  %1  is applied but has no revision file"_s.arg(id));
    if (report->isUpToDate()) {
        console.result(u"No pending migrations: %1 is at %2."_s.arg(report->database,
                                                                    graph.describe(report->state.rows)));
    } else {
        console.result(u"%1 pending migration(s) on %2:"_s.arg(report->pending.size()).arg(report->database));
        for (int index : std::as_const(report->pending))
            console.result(u"  %1  %2"_s.arg(graph.at(index).id, graph.at(index).message));
        console.result(report->hasIntegrityProblems()
                           ? u"'strata migrate' refuses while the problems above last: fix them first."_s
                           : u"Run 'strata migrate' to apply them."_s);
    }
    return exitCode;
}

int runCurrent(CommandContext &context)
{
    auto report = context.readStatus();
    if (!report)
        return context.console().error(report.error());
    const Project &project = **context.project();
    const RevisionGraph &graph = project.graph();
    Console &console = context.console();
    if (console.isJson()) {
        QJsonArray current;
        for (int index : std::as_const(report->state.rows))
            current.append(revisionJson(project, index));
        console.json({{u"database"_s, report->database},
                      {u"connection"_s, report->connectionName},
                      {u"current"_s, current},
                      {u"missing_files"_s, QJsonArray::fromStringList(report->missingFiles())},
                      {u"up_to_date"_s, report->isUpToDate()}});
        return ExitOk;
    }
    if (report->state.rows.isEmpty() && report->missingFiles().isEmpty())
        console.result(u"<base>  (no revision applied)"_s);
    for (int index : std::as_const(report->state.rows)) {
        const Revision &revision = graph.at(index);
        console.result(u"%1%2  %3"_s.arg(revision.id, graph.isHead(index) ? u" (head)"_s : QString(), revision.message));
    }
    for (const QString &id : report->missingFiles())
        console.result(u"%1  (no revision file has this id)"_s.arg(id));
    return ExitOk;
}

int runHeads(CommandContext &context, bool check)
{
    auto loaded = context.project();
    if (!loaded)
        return context.console().error(loaded.error());
    const Project &project = **loaded;
    const RevisionGraph &graph = project.graph();
    const QList<int> heads = graph.heads();
    Console &console = context.console();
    if (console.isJson()) {
        QJsonArray array;
        for (int index : heads)
            array.append(revisionJson(project, index));
        console.json({{u"heads"_s, array}});
        return check && heads.size() > 1 ? ExitCheckFailed : ExitOk;
    }
    for (int index : heads)
        console.result(u"%1 (head)  %2"_s.arg(graph.at(index).id, graph.at(index).message));
    if (heads.size() > 1)
        console.note(u"%1 heads: join them with 'strata merge -m \"merge heads\"'"_s.arg(heads.size()));
    return check && heads.size() > 1 ? ExitCheckFailed : ExitOk;
}

int runHistory(CommandContext &context, int limit, bool verbose)
{
    auto loaded = context.project();
    if (!loaded)
        return context.console().error(loaded.error());
    const Project &project = **loaded;
    const RevisionGraph &graph = project.graph();
    Console &console = context.console();

    // The log comes from the files; the database only adds the "current" marks, so an
    // unreachable database is a note, not a failure.
    std::optional<StatusReport> status;
    auto service = context.connect(true);
    if (service) {
        if (auto report = (*service)->status())
            status = *std::move(report);
        else
            console.note(u"cannot read the current revision: "_s + report.error().fullMessage());
    } else {
        console.note(u"cannot read the current revision: "_s + service.error().fullMessage());
    }

    // --verbose shows who last moved each revision: the newest history row per revision.
    const QString connectionName = service ? (*service)->connectionChoice().name : QString();
    QHash<QString, HistoryRecord> lastActions;
    if (verbose && service) {
        if (auto rows = (*service)->history(0)) {
            for (const HistoryRecord &row : std::as_const(*rows)) {
                if (!lastActions.contains(row.revision))
                    lastActions.insert(row.revision, row);
            }
        }
    }

    const QList<int> &order = graph.topologicalOrder();
    QJsonArray array;
    int shown = 0;
    for (auto it = order.rbegin(); it != order.rend() && (limit <= 0 || shown < limit); ++it, ++shown) {
        const int index = *it;
        const Revision &revision = graph.at(index);
        const RevisionStatus *revisionStatus = status ? &status->revisions.at(index) : nullptr;
        const bool current = revisionStatus && revisionStatus->current;
        if (console.isJson()) {
            QJsonObject object = revisionJson(project, index);
            object.insert(u"branchpoint"_s, graph.children(index).size() > 1);
            object.insert(u"current"_s, current);
            if (revisionStatus)
                object.insert(u"applied"_s, revisionStatus->applied);
            array.append(object);
            continue;
        }
        QStringList marks;
        if (graph.isHead(index))
            marks << u"(head)"_s;
        if (current)
            marks << u"(current)"_s;
        if (revision.isMerge())
            marks << u"(mergepoint)"_s;
        if (graph.children(index).size() > 1)
            marks << u"(branchpoint)"_s;
        const QString parents = revision.isBase() ? u"<base>"_s : revision.parents.join(u", "_s);
        if (!verbose) {
            console.result(u"%1 -> %2%3, %4"_s.arg(parents, revision.id,
                                                   marks.isEmpty() ? QString() : u' ' + marks.join(u' '),
                                                   revision.message));
            continue;
        }
        console.result(u"Revision: %1%2"_s.arg(revision.id, marks.isEmpty() ? QString() : u' ' + marks.join(u' ')));
        console.result(u"Parent: "_s + parents);
        console.result(u"Path: "_s + project.relativePath(revision.path));
        console.result(u"Created: "_s + (revision.created.isValid() ? revision.created.toString(Qt::ISODate) : u"-"_s));
        console.result(u"Transactional: "_s + (revision.transactional ? u"true"_s : u"false"_s));
        if (const auto last = lastActions.constFind(revision.id); last != lastActions.cend()) {
            const HistoryRecord &record = *last;
            console.result(u"Last action: %1 %2 at %3 by %4 in %5 ms"_s.arg(
                record.direction, record.success ? u"succeeded"_s : u"FAILED"_s,
                record.appliedAt.toString(Qt::ISODate), record.appliedBy, QString::number(record.durationMs)));
            if (!record.backupId.isEmpty())
                console.result(u"Backed up before: %1 ('%2' returns to the state before that run)"_s.arg(
                    record.backupId, BackupService::restoreCommand(connectionName, record.backupId)));
        }
        console.result(u"\n    "_s + revision.message + u'\n');
    }
    if (console.isJson())
        console.json({{u"revisions"_s, array}});
    return ExitOk;
}

} // namespace strata::cli
