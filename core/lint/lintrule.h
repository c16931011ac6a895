// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace strata {

enum class Severity { Info, Warning, Error };

/// "error", "warning", "info".
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

/// One review rule (DESIGN §6): a stable id, a default severity (strata.toml's [lint] can
/// change it), and the text a reviewer needs: what the statement does to a live database,
/// and what to write instead.
struct LintRule
{
    QString id;          ///< stable, kebab-case: "create-index-non-concurrently"
    Severity severity;
    QString summary;     ///< one line: what was found
    QString why;         ///< what it does to a running database: locks, rewrites, lost data
    QString instead;     ///< the safe way
    QString example;     ///< the safe way, as SQL
};

/// Every rule, in a stable order (as `strata lint --explain` lists them).
const QList<LintRule> &lintRules();
/// The rule called @p id, or nullptr.
const LintRule *findLintRule(const QString &id);

} // namespace strata
