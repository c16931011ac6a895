// SPDX-License-Identifier: MIT
#include "sqlsplitter.h"

#include <pg_query.h>
#include <sqlite3.h>

#include <string>

namespace strata {

namespace {

/// Skips white space and comments from @p pos; returns the first position of real text. An
/// unterminated block comment is not blank: the server must see it and report it.
qsizetype skipBlank(const QByteArray &sql, qsizetype pos, qsizetype end, Dialect dialect)
{
    while (pos < end) {
        const char c = sql.at(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++pos;
        } else if (c == '-' && pos + 1 < end && sql.at(pos + 1) == '-') {
            while (pos < end && sql.at(pos) != '\n')
                ++pos;
        } else if (c == '/' && pos + 1 < end && sql.at(pos + 1) == '*') {
            // PostgreSQL nests block comments; SQLite ends one at the first "*/".
            const bool nests = dialect == Dialect::Postgres;
            qsizetype at = pos + 2;
            int depth = 1;
            while (at < end && depth > 0) {
                if (nests && sql.at(at) == '/' && at + 1 < end && sql.at(at + 1) == '*') {
                    ++depth;
                    at += 2;
                } else if (sql.at(at) == '*' && at + 1 < end && sql.at(at + 1) == '/') {
                    --depth;
                    at += 2;
                } else {
                    ++at;
                }
            }
            if (depth > 0)
                return pos;
            pos = at;
        } else {
            break;
        }
    }
    return pos;
}

/// Turns byte ranges [begin, end) of @p sql into statements with their start lines.
class StatementCollector
{
public:
    StatementCollector(const QByteArray &sql, int firstLine, Dialect dialect)
        : m_sql(sql)
        , m_line(firstLine)
        , m_dialect(dialect)
    {
    }

    void add(qsizetype begin, qsizetype end)
    {
        begin = skipBlank(m_sql, begin, end, m_dialect);
        if (begin >= end)
            return;
        QByteArray text = m_sql.mid(begin, end - begin).trimmed();
        while (text.endsWith(';'))
            text.chop(1);
        text = text.trimmed();
        if (text.isEmpty())
            return;
        for (; m_counted < begin; ++m_counted) {
            if (m_sql.at(m_counted) == '\n')
                ++m_line;
        }
        m_statements.append({QString::fromUtf8(text), m_line});
    }

    QList<SqlStatement> take() { return std::move(m_statements); }

private:
    const QByteArray &m_sql;
    int m_line;
    Dialect m_dialect;
    qsizetype m_counted = 0;
    QList<SqlStatement> m_statements;
};

/// Adds the text of [begin, end) between two split statements, cut at its semicolons.
void addGap(StatementCollector &collector, const QByteArray &sql, qsizetype begin, qsizetype end)
{
    while (begin < end) {
        qsizetype semicolon = sql.indexOf(';', begin);
        if (semicolon < 0 || semicolon >= end)
            semicolon = end;
        collector.add(begin, semicolon);
        begin = semicolon + 1;
    }
}

/// The old fallback for [begin, end): the scanner's statements, and whatever lies between
/// them handed on too.
void splitWithScanner(StatementCollector &collector, const QByteArray &sql, qsizetype begin, qsizetype end)
{
    const QByteArray part = sql.mid(begin, end - begin);
    PgQuerySplitResult result = pg_query_split_with_scanner(part.constData());
    if (result.error) {
        // Even the scanner failed (an unterminated quote): hand the server the whole text so
        // that it reports the error.
        collector.add(begin, end);
    } else {
        qsizetype covered = begin;
        for (int i = 0; i < result.n_stmts; ++i) {
            const PgQuerySplitStmt *stmt = result.stmts[i];
            // The scanner keeps only statements with a keyword, so a misspelt one ("VACUM t;")
            // would vanish: hand whatever lies between statements to the server too.
            addGap(collector, sql, covered, begin + stmt->stmt_location);
            collector.add(begin + stmt->stmt_location, begin + qsizetype(stmt->stmt_location) + stmt->stmt_len);
            covered = begin + qsizetype(stmt->stmt_location) + stmt->stmt_len;
        }
        addGap(collector, sql, covered, end);
    }
    pg_query_free_split_result(result);
}

/// Splits [begin, end) with the parser. Where it rejects a statement, only that statement is
/// cut out by the scanner: the parser keeps splitting what comes before and after, so that a
/// BEGIN ATOMIC body elsewhere in the file is not cut at its inner semicolons.
void splitWithParser(StatementCollector &collector, const QByteArray &sql, qsizetype begin, qsizetype end)
{
    const QByteArray part = sql.mid(begin, end - begin);
    PgQuerySplitResult parsed = pg_query_split_with_parser(part.constData());
    if (!parsed.error) {
        for (int i = 0; i < parsed.n_stmts; ++i) {
            const PgQuerySplitStmt *stmt = parsed.stmts[i];
            collector.add(begin + stmt->stmt_location, begin + qsizetype(stmt->stmt_location) + stmt->stmt_len);
        }
        pg_query_free_split_result(parsed);
        return;
    }
    const qsizetype errorAt = parsed.error->cursorpos - 1; // 1-based, 0 when unknown
    pg_query_free_split_result(parsed);

    PgQuerySplitResult scanned = pg_query_split_with_scanner(part.constData());
    qsizetype badBegin = -1;
    qsizetype badEnd = -1;
    if (!scanned.error && errorAt >= 0) {
        for (int i = 0; i < scanned.n_stmts; ++i) {
            const PgQuerySplitStmt *stmt = scanned.stmts[i];
            if (errorAt >= stmt->stmt_location && errorAt <= qsizetype(stmt->stmt_location) + stmt->stmt_len) {
                badBegin = stmt->stmt_location;
                badEnd = qsizetype(stmt->stmt_location) + stmt->stmt_len;
                break;
            }
        }
    }
    pg_query_free_split_result(scanned);
    if (badBegin < 0 && errorAt >= 0 && errorAt < part.size()) {
        // The scanner keeps no statement there (a misspelt one has no keyword): take the text
        // between the semicolons around the error.
        badBegin = errorAt > 0 ? part.lastIndexOf(';', errorAt - 1) + 1 : 0; // (-1 would search from the end)
        const qsizetype semicolon = part.indexOf(';', errorAt);
        badEnd = semicolon < 0 ? part.size() : semicolon + 1;
    }
    if (badBegin < 0 || badEnd <= badBegin) { // not inside a statement the scanner sees: the old, coarser way
        splitWithScanner(collector, sql, begin, end);
        return;
    }
    if (badBegin > 0)
        splitWithParser(collector, sql, begin, begin + badBegin);
    collector.add(begin + badBegin, begin + badEnd);
    if (begin + badEnd < end)
        splitWithParser(collector, sql, begin + badEnd, end);
}

QList<SqlStatement> splitPostgres(const QByteArray &sql, int firstLine)
{
    StatementCollector collector(sql, firstLine, Dialect::Postgres);
    splitWithParser(collector, sql, 0, sql.size());
    return collector.take();
}

QList<SqlStatement> splitSqlite(const QByteArray &sql, int firstLine)
{
    StatementCollector collector(sql, firstLine, Dialect::Sqlite);
    qsizetype start = 0;
    qsizetype searchFrom = 0;
    while (true) {
        const qsizetype semicolon = sql.indexOf(';', searchFrom);
        if (semicolon < 0)
            break;
        const std::string candidate(sql.constData() + start, size_t(semicolon + 1 - start));
        if (sqlite3_complete(candidate.c_str())) {
            collector.add(start, semicolon + 1);
            start = semicolon + 1;
        }
        searchFrom = semicolon + 1;
    }
    collector.add(start, sql.size()); // a last statement without ';'
    return collector.take();
}

} // namespace

QList<SqlStatement> splitStatements(Dialect dialect, const QString &script, int firstLine)
{
    const QByteArray sql = script.toUtf8();
    return dialect == Dialect::Postgres ? splitPostgres(sql, firstLine) : splitSqlite(sql, firstLine);
}

} // namespace strata
