// SPDX-License-Identifier: MIT
#include "sqlitedefinition.h"

using namespace Qt::StringLiterals;

namespace strata::SqliteDefinition {

namespace {

/// One lexical token of SQLite's SQL. Comments and white space are dropped; the source
/// offsets let callers cut expressions out exactly as written.
struct Token
{
    enum Kind { Word, Quoted, Literal, Symbol };
    Kind kind;
    QStringView text;
    qsizetype begin;
    qsizetype end;

    bool is(QStringView keyword) const { return kind == Word && text.compare(keyword, Qt::CaseInsensitive) == 0; }
    bool isSymbol(QChar symbol) const { return kind == Symbol && text.size() == 1 && text.front() == symbol; }
    bool isName() const { return kind == Word || kind == Quoted; }
};

QList<Token> tokenize(QStringView sql)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    const auto push = [&](Token::Kind kind, qsizetype begin, qsizetype end) {
        tokens.append({kind, sql.mid(begin, end - begin), begin, end});
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype close = sql.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar closing = c == u'[' ? u']' : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == closing) {
                    // A doubled quote is an escaped one, except in [brackets].
                    if (closing != u']' && j + 1 < n && sql.at(j + 1) == closing) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            push(c == u'\'' ? Token::Literal : Token::Quoted, i, std::min(j + 1, n));
            i = j + 1;
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            qsizetype j = i;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_' || sql.at(j) == u'$'))
                ++j;
            push(Token::Word, i, j);
            i = j;
        } else {
            push(Token::Symbol, i, i + 1);
            ++i;
        }
    }
    return tokens;
}

/// The index of the ')' matching the '(' at @p open, or -1.
qsizetype closingParen(const QList<Token> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (tokens.at(i).isSymbol(u'('))
            ++depth;
        else if (tokens.at(i).isSymbol(u')') && --depth == 0)
            return i;
    }
    return -1;
}

/// Tokens [begin, end) split at the commas not nested in parentheses.
QList<QPair<qsizetype, qsizetype>> splitAtCommas(const QList<Token> &tokens, qsizetype begin, qsizetype end)
{
    QList<QPair<qsizetype, qsizetype>> parts;
    int depth = 0;
    qsizetype start = begin;
    for (qsizetype i = begin; i < end; ++i) {
        const Token &token = tokens.at(i);
        if (token.isSymbol(u'('))
            ++depth;
        else if (token.isSymbol(u')'))
            --depth;
        else if (depth == 0 && token.isSymbol(u',')) {
            parts.append({start, i});
            start = i + 1;
        }
    }
    if (start < end)
        parts.append({start, end});
    return parts;
}

/// The names listed in the parenthesised group starting at @p open.
QStringList namesIn(const QList<Token> &tokens, qsizetype open)
{
    QStringList names;
    const qsizetype close = closingParen(tokens, open);
    for (const auto &[begin, end] : splitAtCommas(tokens, open + 1, close < 0 ? tokens.size() : close)) {
        if (begin < end && tokens.at(begin).isName())
            names << unquote(tokens.at(begin).text);
    }
    return names;
}

/// The first parenthesised group of a statement, as (open, close) token indices; close is
/// -1 when there is none.
QPair<qsizetype, qsizetype> firstGroup(const QList<Token> &tokens)
{
    qsizetype open = 0;
    while (open < tokens.size() && !tokens.at(open).isSymbol(u'('))
        ++open;
    return {open, closingParen(tokens, open)};
}

QString slice(QStringView sql, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    return sql.mid(tokens.at(first).begin, tokens.at(last).end - tokens.at(first).begin).toString();
}

} // namespace

QString unquote(QStringView identifier)
{
    if (identifier.size() >= 2) {
        const QChar open = identifier.front();
        const QChar close = identifier.back();
        if ((open == u'"' && close == u'"') || (open == u'`' && close == u'`'))
            return identifier.mid(1, identifier.size() - 2).toString().replace(QString(2, open), QString(open));
        if (open == u'[' && close == u']')
            return identifier.mid(1, identifier.size() - 2).toString();
    }
    return identifier.toString();
}

const TableDetails::ColumnDetails *TableDetails::column(const QString &name) const
{
    for (const ColumnDetails &details : columns) {
        if (details.name.compare(name, Qt::CaseInsensitive) == 0)
            return &details;
    }
    return nullptr;
}

TableDetails parseTable(const QString &createTable)
{
    TableDetails details;
    const QList<Token> tokens = tokenize(createTable);
    const auto [open, close] = firstGroup(tokens);
    if (close < 0)
        return details;

    for (const auto &[begin, end] : splitAtCommas(tokens, open + 1, close)) {
        if (begin >= end)
            continue;
        QString constraintName;
        const Token &first = tokens.at(begin);
        const bool isTableConstraint = first.is(u"CONSTRAINT") || first.is(u"PRIMARY") || first.is(u"UNIQUE")
            || first.is(u"CHECK") || first.is(u"FOREIGN");
        TableDetails::ColumnDetails column;
        qsizetype i = begin;
        if (!isTableConstraint) {
            column.name = unquote(first.text);
            ++i;
        }
        for (; i < end; ++i) {
            const Token &token = tokens.at(i);
            if (token.is(u"CONSTRAINT") && i + 1 < end) {
                constraintName = unquote(tokens.at(++i).text);
            } else if (token.is(u"CHECK") && i + 1 < end && tokens.at(i + 1).isSymbol(u'(')) {
                const qsizetype last = closingParen(tokens, i + 1);
                details.checks.append({constraintName, slice(createTable, tokens, i + 1, last)});
                constraintName.clear();
                i = last;
            } else if (token.is(u"COLLATE") && i + 1 < end) {
                column.collation = unquote(tokens.at(++i).text);
            } else if (token.is(u"AS") && i + 1 < end && tokens.at(i + 1).isSymbol(u'(')) {
                const qsizetype last = closingParen(tokens, i + 1);
                column.generatedExpression = slice(createTable, tokens, i + 1, last);
                i = last;
            } else if (token.is(u"PRIMARY")) {
                details.primaryKeyName = constraintName;
                constraintName.clear();
            } else if (token.is(u"UNIQUE")) {
                QStringList columns{column.name};
                if (isTableConstraint && i + 1 < end && tokens.at(i + 1).isSymbol(u'('))
                    columns = namesIn(tokens, i + 1);
                if (!constraintName.isEmpty())
                    details.uniques.append({constraintName, columns});
                constraintName.clear();
            } else if (token.is(u"FOREIGN") || token.is(u"REFERENCES")) {
                TableDetails::ForeignKeyDetails key{constraintName, {column.name}, false, false};
                if (token.is(u"FOREIGN") && i + 2 < end && tokens.at(i + 2).isSymbol(u'('))
                    key.columns = namesIn(tokens, i + 2);
                constraintName.clear();
                while (i < end && !tokens.at(i).is(u"REFERENCES"))
                    ++i;
                // The clause runs until the next constraint of the column, if any.
                for (qsizetype j = i + 1; j < end; ++j) {
                    const Token &word = tokens.at(j);
                    if (word.is(u"CONSTRAINT") || word.is(u"CHECK") || word.is(u"PRIMARY") || word.is(u"UNIQUE")
                        || word.is(u"DEFAULT") || word.is(u"COLLATE") || word.is(u"REFERENCES")
                        || word.is(u"GENERATED") || word.is(u"AS"))
                        break;
                    if (word.is(u"DEFERRABLE"))
                        key.deferrable = !tokens.at(j - 1).is(u"NOT");
                    else if (word.is(u"DEFERRED") && tokens.at(j - 1).is(u"INITIALLY"))
                        key.initiallyDeferred = key.deferrable;
                }
                details.foreignKeys.append(key);
            } else if (token.is(u"AUTOINCREMENT")) {
                column.autoincrement = true;
            } else if (token.isSymbol(u'(')) {
                i = std::max(i, closingParen(tokens, i)); // type modifiers, default expressions
            }
        }
        if (!isTableConstraint)
            details.columns.append(column);
    }
    for (qsizetype i = close + 1; i < tokens.size(); ++i) {
        if (tokens.at(i).is(u"WITHOUT") && i + 1 < tokens.size() && tokens.at(i + 1).is(u"ROWID"))
            details.options << u"WITHOUT ROWID"_s;
        else if (tokens.at(i).is(u"STRICT"))
            details.options << u"STRICT"_s;
    }
    return details;
}

IndexDetails parseIndex(const QString &createIndex)
{
    IndexDetails details;
    const QList<Token> tokens = tokenize(createIndex);
    const auto [open, close] = firstGroup(tokens);
    if (close < 0)
        return details;
    for (const auto &[begin, end] : splitAtCommas(tokens, open + 1, close)) {
        if (begin < end)
            details.keys << slice(createIndex, tokens, begin, end - 1);
    }
    if (close + 1 < tokens.size() && tokens.at(close + 1).is(u"WHERE") && close + 2 < tokens.size())
        details.predicate = slice(createIndex, tokens, close + 2, tokens.size() - 1);
    return details;
}

QList<Word> words(const QString &sql)
{
    QList<Word> found;
    int depth = 0;
    const QList<Token> tokens = tokenize(sql);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.isSymbol(u'(')) {
            ++depth;
        } else if (token.isSymbol(u')')) {
            depth = std::max(0, depth - 1);
        } else if (token.isName()) {
            Word word{unquote(token.text), {}, token.kind == Token::Quoted, depth};
            if (i + 2 < tokens.size() && tokens.at(i + 1).isSymbol(u'.') && tokens.at(i + 2).isName()) {
                word.qualifier = word.text;
                word.text = unquote(tokens.at(i + 2).text);
                word.quoted = tokens.at(i + 2).kind == Token::Quoted;
                i += 2;
            }
            found.append(word);
        }
    }
    return found;
}

QString collapseWhitespace(const QString &sql)
{
    QString collapsed;
    collapsed.reserve(sql.size());
    qsizetype previousEnd = -1;
    for (const Token &token : tokenize(sql)) {
        if (previousEnd >= 0 && token.begin > previousEnd)
            collapsed += u' ';
        collapsed += token.text;
        previousEnd = token.end;
    }
    return collapsed;
}

QStringList names(const QString &sql)
{
    QStringList found;
    for (const Token &token : tokenize(sql)) {
        if (!token.isName())
            continue;
        const QString name = unquote(token.text);
        if (!found.contains(name, Qt::CaseInsensitive))
            found << name;
    }
    return found;
}

QStringList viewColumns(const QString &createView)
{
    const QList<Token> tokens = tokenize(createView);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).is(u"AS"))
            return {}; // the body starts before any list
        if (tokens.at(i).isSymbol(u'('))
            return namesIn(tokens, i);
    }
    return {};
}

QString viewBody(const QString &createView)
{
    const QList<Token> tokens = tokenize(createView);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens.at(i).is(u"AS") && (tokens.at(i + 1).is(u"SELECT") || tokens.at(i + 1).is(u"WITH")
                                       || tokens.at(i + 1).is(u"VALUES")))
            return slice(createView, tokens, i + 1, tokens.size() - 1);
    }
    return {};
}

} // namespace strata::SqliteDefinition
