// SPDX-License-Identifier: MIT
#include "lintfix.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

struct Concurrently
{
    const char *rule;
    const char *title;
    /// The words CONCURRENTLY goes after, at the start of the statement.
    QRegularExpression head;
};

const QList<Concurrently> &concurrentlyFixes()
{
    static const QList<Concurrently> fixes{
        {"create-index-non-concurrently", "Use CREATE INDEX CONCURRENTLY",
         QRegularExpression(u"^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b"_s, QRegularExpression::CaseInsensitiveOption)},
        {"drop-index-non-concurrently", "Use DROP INDEX CONCURRENTLY",
         QRegularExpression(u"^DROP\\s+INDEX\\b"_s, QRegularExpression::CaseInsensitiveOption)},
        {"reindex-non-concurrently", "Use REINDEX CONCURRENTLY",
         QRegularExpression(u"^REINDEX\\s+(?:\\([^)]*\\)\\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE)\\b"_s,
                            QRegularExpression::CaseInsensitiveOption)},
    };
    return fixes;
}

} // namespace

std::optional<StatementRewrite> rewriteFor(const LintFinding &finding, Dialect dialect, bool transactional)
{
    if (dialect != Dialect::Postgres || transactional)
        return std::nullopt;
    for (const Concurrently &fix : concurrentlyFixes()) {
        if (finding.rule != QLatin1StringView(fix.rule))
            continue;
        const QRegularExpressionMatch head = fix.head.match(finding.statement);
        if (!head.hasMatch())
            return std::nullopt;
        // DROP INDEX CONCURRENTLY takes one index and no CASCADE: the grammar accepts more,
        // the server then refuses.
        static const QRegularExpression severalOrCascade(u",|\\bCASCADE\\b"_s, QRegularExpression::CaseInsensitiveOption);
        if (finding.rule == u"drop-index-non-concurrently"_s && severalOrCascade.match(finding.statement).hasMatch())
            return std::nullopt;
        QString rewritten = finding.statement;
        rewritten.insert(head.capturedEnd(), u" CONCURRENTLY"_s);
        // The rewrite is judged like any statement: it must parse, and the rule must be answered.
        const QList<LintFinding> after = lintSql({dialect, rewritten, 1, false});
        const bool answered = std::none_of(after.begin(), after.end(), [&](const LintFinding &left) {
            return left.rule == finding.rule || left.rule == u"parse-error"_s;
        });
        if (!answered)
            return std::nullopt;
        return StatementRewrite{QString::fromLatin1(fix.title), rewritten};
    }
    return std::nullopt;
}

QString ignoreComment(const QString &rule)
{
    return u"-- strata:ignore "_s + rule;
}

} // namespace strata
