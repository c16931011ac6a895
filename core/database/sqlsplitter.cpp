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

QList<SqlStatement> splitPostgres(const QByteArray &sql, int firstLine)
{
    PgQuerySplitResult result = pg_query_split_with_parser(sql.constData());
    const bool parsed = !result.error;
    if (!parsed) {
        pg_query_free_split_result(result);
        result = pg_query_split_with_scanner(sql.constData());
    }
    StatementCollector collector(sql, firstLine, Dialect::Postgres);
    if (!result.error) {
        qsizetype covered = 0;
        for (int i = 0; i < result.n_stmts; ++i) {
            const PgQuerySplitStmt *stmt = result.stmts[i];
            // The scanner keeps only statements with a keyword, so a misspelt one ("VACUM t;")
            // would vanish: hand whatever lies between statements to the server too.
            if (!parsed)
                addGap(collector, sql, covered, stmt->stmt_location);
            collector.add(stmt->stmt_location, qsizetype(stmt->stmt_location) + stmt->stmt_len);
            covered = qsizetype(stmt->stmt_location) + stmt->stmt_len;
        }
        if (!parsed)
            addGap(collector, sql, covered, sql.size());
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
