// SPDX-License-Identifier: MIT
// init, makemigrations, merge: commands that write project files.
#include "commands.h"
#include "formatting.h"

#include "graph/revisionspec.h"
#include "project/projectscaffold.h"
#include "project/revisionauthor.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace strata::cli {

namespace {

int reportWritten(CommandContext &context, const RevisionAuthor::WrittenRevision &written)
{
    Console &console = context.console();
    if (console.isJson()) {
        console.json({{u"revision"_s, written.revision.id},
                      {u"parents"_s, QJsonArray::fromStringList(written.revision.parents)},
                      {u"message"_s, written.revision.message},
                      {u"file"_s, context.displayPath(written.path)}});
        return ExitOk;
    }
    console.result(context.displayPath(written.path));
    return ExitOk;
}

} // namespace

int runInit(CommandContext &context, const QString &directory)
{
    Console &console = context.console();
    const QString target = QDir(context.startDirectory()).absoluteFilePath(directory.isEmpty() ? u"."_s : directory);
    auto created = ProjectScaffold::create(target);
    if (!created)
        return console.error(created.error());
    if (console.isJson()) {
        QJsonArray files;
        for (const QString &path : std::as_const(*created))
            files.append(context.displayPath(path));
        console.json({{u"project"_s, context.displayPath(target)}, {u"created"_s, files}});
        return ExitOk;
    }
    console.line(u"Created a Strata project in %1:"_s.arg(context.displayPath(target)));
    for (const QString &path : std::as_const(*created))
        console.line(u"  "_s + context.displayPath(path));
    console.line(u"Next: write a first migration with  strata makemigrations --empty -m \"create users table\""_s);
    return ExitOk;
}

int runMakeMigrations(CommandContext &context, const MakeMigrationsOptions &options)
{
    Console &console = context.console();
    if (!options.empty)
        return console.error(Error(ErrorCode::Usage,
                                   u"detecting model changes is not available in this version of Strata"_s,
                                   u"write the migration yourself: 'strata makemigrations --empty -m MESSAGE' creates "
                                   u"the file to fill in"_s));
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    auto written = RevisionAuthor::write(**loaded, options.message);
    if (!written)
        return console.error(written.error());
    return reportWritten(context, *written);
}

int runMerge(CommandContext &context, const QString &message, const QStringList &revisions)
{
    Console &console = context.console();
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    const Project &project = **loaded;
    QList<int> parents;
    if (revisions.isEmpty()) {
        parents = project.graph().heads();
        if (parents.size() < 2)
            return console.error(Error(ErrorCode::Usage,
                                       u"there is %1 head; nothing to merge"_s.arg(parents.size()),
                                       u"a merge joins two or more heads ('strata heads' lists them)"_s));
    } else {
        for (const QString &text : revisions) {
            auto spec = RevisionSpec::parse(text);
            if (!spec)
                return console.error(spec.error());
            auto index = resolveRevision(project.graph(), *spec);
            if (!index)
                return console.error(index.error());
            if (!index->has_value())
                return console.error(Error(ErrorCode::Usage, u"cannot merge 'base'"_s, u"name revisions"_s));
            if (!parents.contains(**index))
                parents << **index;
        }
    }
    auto written = RevisionAuthor::writeMerge(project, message, parents);
    if (!written)
        return console.error(written.error());
    return reportWritten(context, *written);
}

} // namespace strata::cli
