// SPDX-License-Identifier: MIT
#include "lintservice.h"

#include "revision/revisionfile.h"

using namespace Qt::StringLiterals;

namespace strata {

int LintReport::count(Severity severity) const
{
    int total = 0;
    for (const RevisionFindings &revision : revisions) {
        total += int(std::count_if(revision.findings.begin(), revision.findings.end(),
                                   [&](const LintFinding &finding) { return finding.severity == severity; }));
    }
    return total;
}

namespace {

/// Visits the @p walked revisions parents first, reading each file and handing @p visit the
/// column types its parents left (merged, for a merge revision); @p visit returns the types
/// after it. A revision's types are let go once its last walked child has them.
Result<void> walkColumnTypes(
    const RevisionGraph &graph, const RevisionSet &walked,
    const std::function<ColumnTypes(int index, const ParsedRevision &file, ColumnTypes before)> &visit)
{
    QHash<int, int> childrenToCome;
    QHash<int, ColumnTypes> after;
    for (int index = 0; index < graph.size(); ++index) {
        if (walked[index])
            childrenToCome[index] = int(std::count_if(graph.children(index).begin(), graph.children(index).end(),
                                                      [&](int child) { return walked[child]; }));
    }
    for (int index : graph.topologicalOrder()) {
        if (!walked[index])
            continue;
        STRATA_ASSIGN_OR_RETURN(file, RevisionFile::read(graph.at(index).path));
        ColumnTypes before;
        for (int parent : graph.parents(index)) {
            // The last child takes the parent's types over; an earlier one shares them.
            before.merge(--childrenToCome[parent] == 0 ? after.take(parent) : after.value(parent));
        }
        ColumnTypes types = visit(index, *file, std::move(before));
        if (childrenToCome.value(index) > 0)
            after.insert(index, std::move(types));
    }
    return {};
}

} // namespace

namespace LintService {

Result<LintSettings> settings(const ProjectConfig &config)
{
    const auto unknownRule = [&](const QString &rule, const QString &where) {
        QStringList known;
        for (const LintRule &candidate : lintRules())
            known << candidate.id;
        Error error(ErrorCode::Config, u"%1 names no rule called '%2'"_s.arg(where, rule),
                    u"the rules are: %1 ('strata lint --explain RULE' tells what each does)"_s.arg(known.join(u", "_s)));
        error.setLocation({config.configPath, 0});
        return error;
    };
    LintSettings settings;
    for (const QString &rule : config.lintDisabled) {
        if (!findLintRule(rule))
            return fail(unknownRule(rule, u"[lint].disable"_s));
        settings.disabled.insert(rule);
    }
    for (const auto &[rule, severityText] : config.lintSeverities) {
        if (!findLintRule(rule))
            return fail(unknownRule(rule, u"[lint.severity]"_s));
        const auto severity = severityFromName(severityText);
        if (!severity) {
            Error error(ErrorCode::Config, u"[lint.severity].%1 = \"%2\" is not a severity"_s.arg(rule, severityText),
                        u"use \"error\", \"warning\" or \"info\""_s);
            error.setLocation({config.configPath, 0});
            return fail(error);
        }
        settings.severities.insert(rule, *severity);
    }
    return settings;
}

Result<QList<LintFinding>> lintSection(const ProjectConfig &config, const LintInput &input)
{
    STRATA_ASSIGN_OR_RETURN(lintSettings, settings(config));
    LintInput withConfig = input;
    withConfig.lockTimeoutDisabled = config.lockTimeoutMs == 0;
    return lintSql(withConfig, *lintSettings);
}

Result<QList<LintFinding>> lintRevisionText(const Project &project, Dialect dialect, const QString &content,
                                            const QString &path)
{
    STRATA_ASSIGN_OR_RETURN(parsed, RevisionFile::parse(content.toUtf8(), path));
    // Parents the project does not know (yet) have no types to give.
    QList<int> parents;
    for (const QString &parent : std::as_const(parsed->revision.parents)) {
        if (const auto index = project.graph().indexOf(parent))
            parents.append(*index);
    }
    STRATA_ASSIGN_OR_RETURN(before, columnTypesAfter(project, dialect, parents));
    return lintSection(project.config(), {dialect, parsed->script.upgrade, parsed->script.upgradeFirstLine,
                                          parsed->revision.transactional, false, *std::move(before)});
}

Result<LintReport> lintRevisions(const Project &project, Dialect dialect, const QList<int> &revisions)
{
    QList<PlanStep> steps;
    for (int index : revisions)
        steps.append({index, Direction::Up});
    return lintSteps(project, dialect, steps);
}

Result<LintReport> lintSteps(const Project &project, Dialect dialect, const QList<PlanStep> &steps)
{
    STRATA_ASSIGN_OR_RETURN(lintSettings, settings(project.config()));
    const RevisionGraph &graph = project.graph();
    QMultiHash<int, int> stepsOf; // revision -> its positions in steps
    QList<int> stepRevisions;
    for (int position = 0; position < steps.size(); ++position) {
        stepsOf.insert(steps.at(position).revision, position);
        stepRevisions << steps.at(position).revision;
    }
    QList<RevisionFindings> reviewed(steps.size());
    // Revisions are walked parents first, so each step starts from the column types its
    // ancestors left; the upgrade a step reviews tells the types its children start from.
    const auto walk = [&](int index, const ParsedRevision &file, ColumnTypes before) {
        const Revision &revision = graph.at(index);
        const bool lockTimeoutDisabled = project.config().lockTimeoutMs == 0;
        const auto section = [&](Direction direction, ColumnTypes types, ColumnTypes *typesAfter) {
            const bool up = direction == Direction::Up;
            LintInput input{dialect,
                            up ? file.script.upgrade : file.script.downgrade,
                            up ? file.script.upgradeFirstLine : file.script.downgradeFirstLine,
                            revision.transactional,
                            lockTimeoutDisabled,
                            std::move(types)};
            return lintSql(std::move(input), *lintSettings, typesAfter);
        };
        const QList<int> positions = stepsOf.values(index);
        const auto upStep = std::find_if(positions.begin(), positions.end(), [&](int position) {
            return steps.at(position).direction == Direction::Up;
        });
        ColumnTypes after;
        if (upStep != positions.end())
            reviewed[*upStep] = {index, section(Direction::Up, std::move(before), &after)};
        else
            after = replayColumnTypes(dialect, file.script.upgrade, std::move(before));
        for (int position : positions) {
            if (steps.at(position).direction == Direction::Down)
                reviewed[position] = {index, section(Direction::Down, after, nullptr)};
        }
        return after;
    };
    // SQLite has no ALTER COLUMN TYPE to narrow with: only the steps themselves are read.
    const RevisionSet walked = dialect == Dialect::Postgres ? graph.ancestors(stepRevisions) : [&] {
        RevisionSet set(graph.size(), false);
        for (int index : std::as_const(stepRevisions))
            set[index] = true;
        return set;
    }();
    STRATA_TRY(walkColumnTypes(graph, walked, walk));
    return LintReport{reviewed};
}

Result<ColumnTypes> columnTypesAfter(const Project &project, Dialect dialect, const QList<int> &revisions)
{
    const RevisionGraph &graph = project.graph();
    QHash<int, ColumnTypes> atEnd;
    const auto replay = [&](int index, const ParsedRevision &file, ColumnTypes before) {
        ColumnTypes after = replayColumnTypes(dialect, file.script.upgrade, std::move(before));
        if (revisions.contains(index))
            atEnd.insert(index, after);
        return after;
    };
    if (dialect == Dialect::Postgres)
        STRATA_TRY(walkColumnTypes(graph, graph.ancestors(revisions), replay));
    ColumnTypes merged;
    for (int index : revisions)
        merged.merge(atEnd.value(index));
    return merged;
}

} // namespace LintService

} // namespace strata
