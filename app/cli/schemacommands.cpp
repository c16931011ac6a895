// SPDX-License-Identifier: MIT
// inspect, diff, check --drift: commands that read a live database's schema and compare it.
#include "commands.h"

#include "diff/autogenerateservice.h"
#include "diff/schemadiff.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace strata::cli {

int runInspect(CommandContext &context)
{
    Console &console = context.console();
    auto service = context.connect(true);
    if (!service)
        return console.error(service.error());
    auto ddl = AutogenerateService::liveDdl((*service)->project(), **service);
    if (!ddl)
        return console.error(ddl.error());
    if (console.isJson()) {
        console.json({{u"database"_s, (*service)->connectionChoice().url.redacted()}, {u"ddl"_s, *ddl}});
        return ExitOk;
    }
    console.result(u"-- The schema of %1, as model DDL (strata inspect)\n%2"_s.arg(
        (*service)->connectionChoice().url.redacted(), *ddl));
    return ExitOk;
}

int runDiff(CommandContext &context)
{
    Console &console = context.console();
    auto service = context.connect(true);
    if (!service)
        return console.error(service.error());
    auto script = AutogenerateService::sqlToModels((*service)->project(), **service);
    if (!script)
        return console.error(script.error());
    if (console.isJson()) {
        console.json({{u"database"_s, (*service)->connectionChoice().url.redacted()},
                      {u"sql"_s, AutogenerateService::sectionText(*script)}});
        return ExitOk;
    }
    if (script->statements.isEmpty()) {
        console.result(u"-- %1 matches the models"_s.arg((*service)->connectionChoice().url.redacted()));
        return ExitOk;
    }
    console.result(u"-- From %1 to the models (strata diff); nothing was run\n%2"_s.arg(
        (*service)->connectionChoice().url.redacted(), AutogenerateService::sectionText(*script)));
    return ExitOk;
}

int runDriftCheck(CommandContext &context)
{
    Console &console = context.console();
    auto service = context.connect(true);
    if (!service)
        return console.error(service.error());
    auto report = AutogenerateService::drift((*service)->project(), **service);
    if (!report)
        return console.error(report.error());
    const QString database = (*service)->connectionChoice().url.redacted();
    QStringList lines;
    for (const SchemaChange &change : report->changes)
        lines << describe(change);
    const int exitCode = lines.isEmpty() ? ExitOk : ExitCheckFailed;
    if (console.isJson()) {
        console.json({{u"database"_s, database},
                      {u"applied_revisions"_s, report->appliedRevisions},
                      {u"drift"_s, QJsonArray::fromStringList(lines)}});
        return exitCode;
    }
    if (lines.isEmpty()) {
        console.result(u"No drift: %1 matches its %2 applied revision(s)."_s.arg(database).arg(report->appliedRevisions));
        return ExitOk;
    }
    console.result(u"Drift: %1 differs from what its %2 applied revision(s) build:"_s.arg(database).arg(
        report->appliedRevisions));
    for (const QString &line : std::as_const(lines))
        console.result(u"  "_s + line);
    console.line(u"Someone changed the database by hand, or a revision file was edited after it ran. Write a "
                 u"migration that records the change, or undo it."_s);
    return exitCode;
}

int runBaseline(CommandContext &context, const QString &message)
{
    Console &console = context.console();
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    auto choice = context.connectionChoice();
    if (!choice)
        return console.error(choice.error());
    auto written = AutogenerateService::baseline(**loaded, *choice, message);
    if (!written)
        return console.error(written.error());
    console.line(context.displayPath(written->path));
    console.result(u"Baseline %1 written; %2 is stamped at it (nothing was run)."_s.arg(written->revision.id,
                                                                                       choice->url.redacted()));
    return ExitOk;
}

} // namespace strata::cli
