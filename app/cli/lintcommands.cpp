// SPDX-License-Identifier: MIT
// lint: the review rules over revision files (DESIGN §6).
#include "commands.h"

#include "graph/revisionspec.h"
#include "lint/lintservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace strata::cli {

namespace {

int explainRule(Console &console, const QString &id)
{
    const LintRule *rule = findLintRule(id);
    if (!rule) {
        QStringList known;
        for (const LintRule &candidate : lintRules())
            known << candidate.id;
        return console.error(Error(ErrorCode::Usage, u"there is no rule called '%1'"_s.arg(id),
                                   u"the rules are: %1"_s.arg(known.join(u", "_s))));
    }
    if (console.isJson()) {
        console.json({{u"rule"_s, rule->id},
                      {u"severity"_s, severityName(rule->severity)},
                      {u"summary"_s, rule->summary},
                      {u"why"_s, rule->why},
                      {u"instead"_s, rule->instead},
                      {u"example"_s, rule->example}});
        return ExitOk;
    }
    console.result(u"%1 (%2): %3\n\nWhy: %4\n\nInstead: %5\n\nExample:\n%6"_s.arg(
        rule->id, severityName(rule->severity), rule->summary, rule->why, rule->instead, rule->example));
    return ExitOk;
}

/// The revisions to review: those named, every one, or those pending on the database.
Result<QList<int>> revisionsToLint(CommandContext &context, const Project &project, const LintOptions &options)
{
    const RevisionGraph &graph = project.graph();
    if (options.all)
        return graph.topologicalOrder();
    if (!options.revisions.isEmpty()) {
        QList<int> chosen;
        for (const QString &text : options.revisions) {
            STRATA_ASSIGN_OR_RETURN(spec, RevisionSpec::parse(text));
            STRATA_ASSIGN_OR_RETURN(index, resolveRevision(graph, *spec));
            if (!index->has_value())
                return fail(ErrorCode::Usage, u"'%1' is not a revision"_s.arg(text), u"name a revision id"_s);
            chosen << **index;
        }
        return chosen;
    }
    STRATA_ASSIGN_OR_RETURN(status, context.readStatus());
    return status->pending;
}

} // namespace

void printReviewSummary(CommandContext &context, const RevisionGraph &graph, const LintReport &report)
{
    Console &console = context.console();
    QStringList lines;
    for (const RevisionFindings &revision : report.revisions) {
        const Revision &meta = graph.at(revision.revision);
        for (const LintFinding &finding : revision.findings)
            lines << u"  %1 %2 %3:%4: %5"_s.arg(severityName(finding.severity), finding.rule,
                                                context.displayPath(meta.path))
                         .arg(finding.line)
                         .arg(finding.detail);
    }
    if (lines.isEmpty())
        return;
    console.line(u"Review (%1 error(s), %2 warning(s); 'strata lint' explains each):"_s.arg(
        report.count(Severity::Error)).arg(report.count(Severity::Warning)));
    for (const QString &line : std::as_const(lines))
        console.line(line);
}

int runLint(CommandContext &context, const LintOptions &options)
{
    Console &console = context.console();
    if (!options.explain.isEmpty())
        return explainRule(console, options.explain);
    auto loaded = context.project();
    if (!loaded)
        return console.error(loaded.error());
    const Project &project = **loaded;
    auto choice = context.connectionChoice();
    if (!choice)
        return console.error(choice.error());
    auto revisions = revisionsToLint(context, project, options);
    if (!revisions)
        return console.error(revisions.error());
    auto report = LintService::lintRevisions(project, choice->url.dialect(), *revisions);
    if (!report)
        return console.error(report.error());

    const int errors = report->count(Severity::Error);
    const int exitCode = errors > 0 ? ExitCheckFailed : ExitOk;
    const RevisionGraph &graph = project.graph();
    if (console.isJson()) {
        QJsonArray findings;
        for (const RevisionFindings &revision : report->revisions) {
            const Revision &meta = graph.at(revision.revision);
            for (const LintFinding &finding : revision.findings) {
                const LintRule *rule = findLintRule(finding.rule);
                findings.append(QJsonObject{{u"rule"_s, finding.rule},
                                            {u"severity"_s, severityName(finding.severity)},
                                            {u"revision"_s, meta.id},
                                            {u"path"_s, context.displayPath(meta.path)},
                                            {u"line"_s, finding.line},
                                            {u"statement"_s, finding.statement},
                                            {u"detail"_s, finding.detail},
                                            {u"summary"_s, rule ? rule->summary : QString()},
                                            {u"why"_s, rule ? rule->why : QString()},
                                            {u"instead"_s, rule ? rule->instead : QString()}});
            }
        }
        console.json({{u"revisions"_s, int(report->revisions.size())},
                      {u"errors"_s, errors},
                      {u"warnings"_s, report->count(Severity::Warning)},
                      {u"infos"_s, report->count(Severity::Info)},
                      {u"findings"_s, findings}});
        return exitCode;
    }

    int total = 0;
    for (const RevisionFindings &revision : report->revisions) {
        const Revision &meta = graph.at(revision.revision);
        for (const LintFinding &finding : revision.findings) {
            const LintRule *rule = findLintRule(finding.rule);
            ++total;
            console.result(u"%1:%2: %3 %4: %5 (%6 \"%7\")"_s.arg(context.displayPath(meta.path))
                               .arg(finding.line)
                               .arg(severityName(finding.severity), finding.rule, finding.detail, meta.id, meta.message));
            const QString statement = finding.statement.section(u'\n', 0, 0);
            console.result(u"    "_s + statement + (finding.statement.contains(u'\n') ? u" ..."_s : QString()));
            if (rule)
                console.result(u"    why: %1\n    instead: %2"_s.arg(rule->why, rule->instead));
        }
    }
    if (total == 0) {
        console.result(u"No findings in %1 revision(s)."_s.arg(report->revisions.size()));
        return ExitOk;
    }
    console.result(u"%1 error(s), %2 warning(s), %3 info in %4 revision(s). 'strata lint --explain RULE' tells more; "
                   u"'-- strata:ignore RULE' on the statement silences one."_s.arg(errors)
                       .arg(report->count(Severity::Warning))
                       .arg(report->count(Severity::Info))
                       .arg(report->revisions.size()));
    return exitCode;
}

} // namespace strata::cli
