// SPDX-License-Identifier: MIT
#include "linter.h"

#include "database/sqlsplitter.h"
#include "statementrules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

/// `-- strata:ignore rule-a, rule-b` comments in @p lines [first, last] (file lines), as
/// rule id -> the line of its comment.
QMultiHash<QString, int> ignoresIn(const QStringList &lines, int firstLine, int first, int last)
{
    static const QRegularExpression directive(u"--\\s*strata:ignore\\b(.*)$"_s);
    static const QRegularExpression separator(u"[\\s,]+"_s);
    QMultiHash<QString, int> ignores;
    for (int line = std::max(first, firstLine); line <= last && line - firstLine < lines.size(); ++line) {
        const QRegularExpressionMatch match = directive.match(lines.at(line - firstLine));
        if (!match.hasMatch())
            continue;
        const QStringList ids = match.captured(1).split(separator, Qt::SkipEmptyParts);
        if (ids.isEmpty())
            ignores.insert(QString(), line);
        for (const QString &id : ids)
            ignores.insert(id, line);
    }
    return ignores;
}

} // namespace

QList<LintFinding> lintSql(LintInput input, const LintSettings &settings, ColumnTypes *typesAfter)
{
    QList<LintFinding> findings;
    const auto add = [&](const QString &rule, int line, const QString &statement, const QString &detail) {
        if (settings.disabled.contains(rule))
            return;
        const LintRule *known = findLintRule(rule);
        const Severity severity = settings.severities.value(rule, known ? known->severity : Severity::Error);
        findings.append({rule, severity, line, statement, detail});
    };

    const QStringList lines = input.sql.split(u'\n');
    PostgresStatementRules postgres(input.transactional, input.lockTimeoutDisabled, std::move(input.columnTypes));
    SqliteStatementRules sqlite(input.transactional);
    int previousEnd = input.firstLine - 1;
    for (const SqlStatement &statement : splitStatements(input.dialect, input.sql, input.firstLine)) {
        const int end = statement.line + int(statement.text.count(u'\n'));
        const QList<RuleHit> hits = input.dialect == Dialect::Postgres ? postgres.check(statement.text)
                                                                       : sqlite.check(statement.text);
        // A comment on the statement's lines, or between it and the statement before.
        QMultiHash<QString, int> ignores = ignoresIn(lines, input.firstLine, previousEnd + 1, end);
        QSet<QString> used;
        for (const RuleHit &hit : hits) {
            if (ignores.contains(hit.rule)) {
                used.insert(hit.rule);
                continue;
            }
            add(hit.rule, statement.line, statement.text, hit.detail);
        }
        for (auto it = ignores.cbegin(); it != ignores.cend(); ++it) {
            if (used.contains(it.key()))
                continue;
            const QString detail = it.key().isEmpty() ? u"names no rule"_s
                : findLintRule(it.key()) ? u"%1 does not fire on this statement"_s.arg(it.key())
                                         : u"there is no rule called %1"_s.arg(it.key());
            add(u"unused-ignore"_s, it.value(), statement.text, detail);
        }
        previousEnd = end;
    }
    // After the last statement a comment has nothing left to silence.
    const QMultiHash<QString, int> trailing =
        ignoresIn(lines, input.firstLine, previousEnd + 1, input.firstLine + int(lines.size()) - 1);
    for (auto it = trailing.cbegin(); it != trailing.cend(); ++it)
        add(u"unused-ignore"_s, it.value(), QString(), u"no statement follows it"_s);
    if (typesAfter)
        *typesAfter = postgres.columnTypes(); // SQLite's statements leave them as they came
    return findings;
}

ColumnTypes replayColumnTypes(Dialect dialect, const QString &sql, ColumnTypes before)
{
    if (dialect != Dialect::Postgres)
        return before;
    // Only CREATE, ALTER and DROP shape columns: the data statements a migration also holds
    // are not parsed again (statements start at their first keyword).
    static const QRegularExpression shapesColumns(u"^(create|alter|drop)\\b"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    PostgresStatementRules postgres(true, false, std::move(before));
    for (const SqlStatement &statement : splitStatements(dialect, sql, 1)) {
        if (shapesColumns.match(statement.text).hasMatch())
            postgres.check(statement.text);
    }
    return postgres.columnTypes();
}

} // namespace strata
