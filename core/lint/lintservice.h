// SPDX-License-Identifier: MIT
#pragma once

#include "linter.h"
#include "graph/migrationplan.h"
#include "project/project.h"

namespace strata {

/// The findings of one revision's upgrade section.
struct RevisionFindings
{
    int revision = -1; ///< index in the project's graph
    QList<LintFinding> findings;
};

struct LintReport
{
    QList<RevisionFindings> revisions; ///< every revision reviewed, in the order asked, findings or not
    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};

/// The review (DESIGN §6) over a project's revision files, as `strata lint`, makemigrations
/// and migrate use it.
namespace LintService {

/// strata.toml's [lint] as settings: an unknown rule or severity is a configuration error.
Result<LintSettings> settings(const ProjectConfig &config);

/// Reviews the upgrade sections of @p revisions (graph indexes), in @p dialect, with the
/// project's settings, in the order asked.
Result<LintReport> lintRevisions(const Project &project, Dialect dialect, const QList<int> &revisions);
/// Reviews one section of SQL with the project's settings (a migration before it is written).
Result<QList<LintFinding>> lintSection(const ProjectConfig &config, const LintInput &input);

/// Reviews a revision file as it stands in an editor, saved or not: its upgrade section,
/// as `strata lint` would once it is saved, against the column types its parents leave.
/// A text whose header does not parse is that parse error.
Result<QList<LintFinding>> lintRevisionText(const Project &project, Dialect dialect, const QString &content,
                                            const QString &path);

/// Reviews what @p steps run: the upgrade section of a step up, the downgrade of a step down.
/// On PostgreSQL each section is judged against the column types the upgrades before it left,
/// so a narrowing ALTER COLUMN TYPE is told from a harmless one.
Result<LintReport> lintSteps(const Project &project, Dialect dialect, const QList<PlanStep> &steps);

/// The column types once @p revisions (graph indexes) and all their ancestors have run: what a
/// new migration on top of them starts from. Empty on SQLite.
Result<ColumnTypes> columnTypesAfter(const Project &project, Dialect dialect, const QList<int> &revisions);

} // namespace LintService

} // namespace strata
