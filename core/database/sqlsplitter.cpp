// SPDX-License-Identifier: MIT
#include "sqlsplitter.h"

#include <pg_query.h>
#include <sqlite3.h>

#include <string>

namespace strata {

namespace {

/// Skips white space and comments from @p pos; returns the first position of real text.
qsizetype skipBlank(const QByteArray &sql, qsizetype pos, qsizetype end)
{
    while (pos < end) {
        const char c = sql.at(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++pos;
        } else if (c == '-' && pos + 1 < end && sql.at(pos + 1) == '-') {
            while (pos < end && sql.at(pos) != '\n')
                ++pos;
        } else if (c == '/' && pos + 1 < end && sql.at(pos + 1) == '*') {
            // PostgreSQL nests block comments; SQLite does not, but nesting never appears in
            // a comment SQLite would accept, so counting depth is right for both.
            int depth = 0;
            while (pos < end) {
                if (sql.at(pos) == '/' && pos + 1 < end && sql.at(pos + 1) == '*') {
                    ++depth;
                    pos += 2;
                } else if (sql.at(pos) == '*' && pos + 1 < end && sql.at(pos + 1) == '/') {
                    pos += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++pos;
                }
            }
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
    StatementCollector(const QByteArray &sql, int firstLine)
        : m_sql(sql)
        , m_line(firstLine)
    {
    }

    void add(qsizetype begin, qsizetype end)
    {
        begin = skipBlank(m_sql, begin, end);
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
    qsizetype m_counted = 0;
    QList<SqlStatement> m_statements;
};

QList<SqlStatement> splitPostgres(const QByteArray &sql, int firstLine)
{
    PgQuerySplitResult result = pg_query_split_with_parser(sql.constData());
    if (result.error) {
        pg_query_free_split_result(result);
        result = pg_query_split_with_scanner(sql.constData());
    }
    StatementCollector collector(sql, firstLine);
    if (!result.error) {
        for (int i = 0; i < result.n_stmts; ++i) {
            const PgQuerySplitStmt *stmt = result.stmts[i];
            collector.add(stmt->stmt_location, qsizetype(stmt->stmt_location) + stmt->stmt_len);
        }
    } else {
        // Even the scanner failed (an unterminated quote): hand the server the whole text so
        // that it reports the error.
        collector.add(0, sql.size());
    }
    pg_query_free_split_result(result);
    return collector.take();
}

QList<SqlStatement> splitSqlite(const QByteArray &sql, int firstLine)
{
    StatementCollector collector(sql, firstLine);
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
