// SPDX-License-Identifier: MIT
// init, makemigrations, merge: commands that write project files.
#include "commands.h"
#include "formatting.h"

#include "diff/autogenerateservice.h"
#include "diff/schemadiff.h"
#include "graph/revisionspec.h"
#include "project/projectscaffold.h"
#include "project/revisionauthor.h"
#include "revision/revisionfile.h"

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
    console.line(u"Next: describe your schema in models/schema.sql, then  strata makemigrations -m \"initial schema\""_s);
    return ExitOk;
}

int runMakeMigrations(CommandContext &context, const MakeMigrationsOptions &options)
{
    Console &console = context.console();
    if (options.message.trimmed().isEmpty() && !options.check)
        return console.error(Error(ErrorCode::Usage, u"makemigrations needs a message (-m/--message)"_s,
                                   u"pass -m \"what this migration does\", e.g. -m \"add email to users\""_s));
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    const Project &project = **loaded;
    if (options.empty) {
        auto written = RevisionAuthor::write(project, options.message);
        if (!written)
            return console.error(written.error());
        return reportWritten(context, *written);
    }

    auto choice = context.connectionChoice();
    if (!choice)
        return console.error(choice.error());
    QList<AutogenerateService::Rename> renames;
    for (const QString &text : options.renames) {
        auto rename = AutogenerateService::parseRename(text);
        if (!rename)
            return console.error(rename.error());
        renames << *rename;
    }
    auto draft = AutogenerateService::draft(project, *choice, renames);
    if (!draft)
        return console.error(draft.error());
    if (!draft->detected.untracked.isEmpty())
        console.note(u"the models hold what makemigrations does not follow: %1. Changes to these are not "
                     u"detected; write them in a migration by hand ('strata makemigrations --empty')"_s.arg(
                         draft->detected.untracked.join(u", "_s)));
    QStringList summary;
    QStringList destructive;
    for (const SchemaChange &change : std::as_const(draft->detected.changes)) {
        summary << describe(change);
        if (isDestructive(change))
            destructive << describe(change);
    }
    if (console.isJson() && (draft->isEmpty() || options.check || options.dryRun)) {
        console.json({{u"changes"_s, QJsonArray::fromStringList(summary)},
                      {u"destructive"_s, QJsonArray::fromStringList(destructive)},
                      {u"upgrade"_s, draft->upgrade},
                      {u"downgrade"_s, draft->downgrade}});
        return draft->isEmpty() || !options.check ? ExitOk : ExitCheckFailed;
    }
    if (draft->isEmpty()) {
        console.result(u"No changes detected"_s);
        return ExitOk;
    }
    if (!console.isJson()) {
        console.line(u"Detected changes (models against head):"_s);
        for (const QString &line : std::as_const(summary))
            console.line(u"  "_s + line);
        if (!destructive.isEmpty()) {
            console.line(u"Destructive (data can be lost; review before migrating):"_s);
            for (const QString &line : std::as_const(destructive))
                console.line(u"  ! "_s + line);
        }
        for (const auto &rename : std::as_const(draft->possibleRenames))
            console.line(u"  ? possible rename %1: written as a drop and an add, which loses the data; if it is "
                         u"a rename, run again with --rename %2"_s.arg(rename.description, rename.argument));
    }
    if (options.check) {
        console.line(u"The models have changes that no migration covers: run 'strata makemigrations -m MESSAGE'."_s);
        return ExitCheckFailed;
    }
    if (!draft->findings.isEmpty() && !console.isJson()) {
        console.line(u"Review of the upgrade ('strata lint --explain RULE' tells more):"_s);
        for (const LintFinding &finding : std::as_const(draft->findings))
            console.line(u"  %1 %2 line %3: %4"_s.arg(severityName(finding.severity), finding.rule)
                             .arg(finding.line)
                             .arg(finding.detail));
    }
    if (options.dryRun) {
        console.result(RevisionAuthor::preview(project, options.message, draft->upgrade, draft->downgrade,
                                               draft->transactional));
        return ExitOk;
    }
    auto written = RevisionAuthor::write(project, options.message, draft->upgrade, draft->downgrade,
                                         draft->transactional);
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
