// SPDX-License-Identifier: MIT
#pragma once

#include "lint/linter.h"

#include <optional>

namespace strata {

/// A finding's statement written the safe way, for an editor to offer as a quick fix.
struct StatementRewrite
{
    QString title;     ///< what the fix does, for a menu: "Use CREATE INDEX CONCURRENTLY"
    QString statement; ///< replaces LintFinding::statement, which is the text as written
};

/// The rewrite that answers @p finding, for the rules whose fix needs no judgement:
/// CREATE INDEX, DROP INDEX and REINDEX made CONCURRENTLY, in a migration that runs outside
/// a transaction (inside one, CONCURRENTLY is an error of its own). Nothing when the rule has
/// no such fix, or when the rewritten statement would not parse or would still be reported.
std::optional<StatementRewrite> rewriteFor(const LintFinding &finding, Dialect dialect, bool transactional);

/// The line that silences @p rule on the statement after it.
QString ignoreComment(const QString &rule);

} // namespace strata
