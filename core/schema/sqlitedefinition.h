// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::SqliteDefinition {

/// What SQLite's pragmas do not tell about a table, read from its stored CREATE TABLE:
/// constraint names, CHECK expressions, collations, generated-column expressions,
/// AUTOINCREMENT and whether foreign keys are deferrable.
struct TableDetails
{
    struct Check
    {
        QString name;
        QString expression; ///< with its parentheses, as written: "(price > 0)"
    };
    struct NamedColumns
    {
        QString name;
        QStringList columns;
    };
    struct ColumnDetails
    {
        QString name;
        QString collation;
        QString generatedExpression; ///< with its parentheses, as written
        bool autoincrement = false;  ///< INTEGER PRIMARY KEY AUTOINCREMENT
    };
    struct ForeignKeyDetails
    {
        QString name; ///< empty when unnamed
        QStringList columns;
        bool deferrable = false;
        bool initiallyDeferred = false;
    };

    QList<ColumnDetails> columns;
    QList<Check> checks;              ///< table and column CHECKs, in the order written
    QString primaryKeyName;
    QList<NamedColumns> uniques;      ///< named UNIQUE constraints (unnamed ones have no entry)
    QList<ForeignKeyDetails> foreignKeys; ///< every FOREIGN KEY / REFERENCES clause, in the order written
    QStringList options;              ///< after the columns: "WITHOUT ROWID", "STRICT"

    const ColumnDetails *column(const QString &name) const;
};

/// Reads @p createTable, a CREATE TABLE statement as sqlite_schema stores it.
TableDetails parseTable(const QString &createTable);

/// A CREATE INDEX statement's key expressions (as written) and WHERE predicate.
struct IndexDetails
{
    QStringList keys;
    QString predicate;
};
IndexDetails parseIndex(const QString &createIndex);

/// The SELECT of a CREATE VIEW statement, as written.
QString viewBody(const QString &createView);
/// The column names a CREATE VIEW statement lists after the view's name; empty when none.
QStringList viewColumns(const QString &createView);

/// Every name in @p sql (words and quoted identifiers, unquoted), in order, without
/// duplicates: what a view may read.
QStringList names(const QString &sql);

/// A word of a statement as SQLite's tokenizer sees it: keywords and names, never the
/// inside of a string literal or a comment. Quoted names are unquoted and marked.
struct Word
{
    QString text;      ///< a qualified name is one word: "visits" of main.visits
    QString qualifier; ///< "main" of main.visits; empty when unqualified
    bool quoted = false;
    int depth = 0; ///< parentheses it is nested in
    bool is(QStringView keyword) const { return !quoted && text.compare(keyword, Qt::CaseInsensitive) == 0; }
};
QList<Word> words(const QString &sql);

/// @p sql with the white space and comments between its tokens made one space each, the
/// inside of literals and quoted names untouched: an index written over several lines in
/// a migration then compares equal to the same index written on one line in the models.
QString collapseWhitespace(const QString &sql);

/// An identifier without its quotes ("a""b" -> a"b, [x] -> x, `y` -> y).
QString unquote(QStringView identifier);

} // namespace strata::SqliteDefinition
