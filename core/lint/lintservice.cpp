// SPDX-License-Identifier: MIT
#include "lintservice.h"

#include "revision/revisionfile.h"

#include <QtConcurrent/QtConcurrentMap>

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
    const std::function<Result<RevisionFindings>(const PlanStep &)> review =
        [&](const PlanStep &step) -> Result<RevisionFindings> {
        const Revision &revision = graph.at(step.revision);
        STRATA_ASSIGN_OR_RETURN(file, RevisionFile::read(revision.path));
        const bool up = step.direction == Direction::Up;
        const LintInput input{dialect, up ? file->script.upgrade : file->script.downgrade,
                              up ? file->script.upgradeFirstLine : file->script.downgradeFirstLine,
                              revision.transactional, project.config().lockTimeoutMs == 0};
        return RevisionFindings{step.revision, lintSql(input, *lintSettings)};
    };
    const QList<Result<RevisionFindings>> results = QtConcurrent::blockingMapped(steps, review);
    LintReport report;
    for (const Result<RevisionFindings> &result : results) {
        if (!result)
            return fail(result.error());
        report.revisions.append(*result);
    }
    return report;
}

} // namespace LintService

} // namespace strata
