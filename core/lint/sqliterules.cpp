// SPDX-License-Identifier: MIT
// The SQLite rules, on SQLite's tokens: drops, renames, NOT NULL columns without a
// default, transaction statements; and SQLite's own parser for what does not parse.
#include "statementrules.h"

#include "schema/sqlitedefinition.h"

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace strata {

using SqliteDefinition::Word;

namespace {

/// The word at @p index, or an empty one past the end.
Word at(const QList<Word> &words, qsizetype index)
{
    return index < words.size() ? words.at(index) : Word{};
}

/// Whether SQLite's parser rejects @p statement (a syntax error, not a missing table):
/// prepared against an empty in-memory database, which knows no table at all.
QString syntaxError(const QString &statement)
{
    // One per thread (lint runs on several), closed when the thread ends.
    static thread_local const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> database = [] {
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        return std::unique_ptr<sqlite3, int (*)(sqlite3 *)>(db, &sqlite3_close);
    }();
    sqlite3 *parser = database.get();
    sqlite3_stmt *prepared = nullptr;
    const QByteArray sql = statement.toUtf8();
    const int code = sqlite3_prepare_v2(parser, sql.constData(), int(sql.size()), &prepared, nullptr);
    sqlite3_finalize(prepared);
    if (code == SQLITE_OK)
        return {};
    const QString message = QString::fromUtf8(sqlite3_errmsg(parser));
    return message.contains(u"syntax error"_s) || message.contains(u"incomplete input"_s)
            || message.contains(u"unrecognized token"_s)
        ? message
        : QString();
}

} // namespace

QList<RuleHit> SqliteStatementRules::check(const QString &statement)
{
    QList<RuleHit> hits;
    if (const QString error = syntaxError(statement); !error.isEmpty())
        return {{u"parse-error"_s, error}};
    const QList<Word> words = SqliteDefinition::words(statement);
    if (words.isEmpty())
        return hits;
    const Word first = words.first();
    // A migration that is not run in a transaction may group its statements in one.
    if (m_transactional
        && (first.is(u"BEGIN") || first.is(u"COMMIT") || first.is(u"END")
            || (first.is(u"ROLLBACK") && !at(words, 1).is(u"TO") && !at(words, 2).is(u"TO"))))
        hits.append({u"transaction-statement"_s, first.text.toUpper()});

    // CREATE [TEMP] TABLE [IF NOT EXISTS] name
    if (first.is(u"CREATE")) {
        qsizetype i = 1;
        while (i < words.size() && !words.at(i).is(u"TABLE") && !words.at(i).is(u"INDEX") && !words.at(i).is(u"VIEW"))
            ++i;
        if (at(words, i).is(u"TABLE")) {
            i += at(words, i + 1).is(u"IF") ? 4 : 1;
            m_createdTables.insert(at(words, i).text.toLower());
        }
    }
    if (first.is(u"DROP") && at(words, 1).is(u"TABLE")) {
        const QString table = at(words, at(words, 2).is(u"IF") ? 4 : 2).text;
        if (!m_createdTables.contains(table.toLower()))
            hits.append({u"drop-table"_s, u"drops table %1"_s.arg(table)});
    }
    if (!first.is(u"ALTER") || !at(words, 1).is(u"TABLE"))
        return hits;

    const QString table = at(words, 2).text;
    if (m_createdTables.contains(table.toLower()))
        return hits;
    const Word verb = at(words, 3);
    const qsizetype columnAt = at(words, 4).is(u"COLUMN") ? 5 : 4;
    if (verb.is(u"DROP")) {
        hits.append({u"drop-column"_s, u"drops column %1.%2"_s.arg(table, at(words, columnAt).text)});
    } else if (verb.is(u"RENAME") && at(words, 4).is(u"TO")) {
        hits.append({u"rename-table"_s, u"renames table %1 to %2"_s.arg(table, at(words, 5).text)});
    } else if (verb.is(u"RENAME")) {
        hits.append({u"rename-column"_s, u"renames column %1.%2 to %3"_s.arg(table, at(words, columnAt).text,
                                                                             at(words, columnAt + 2).text)});
    } else if (verb.is(u"ADD")) {
        bool notNull = false;
        bool filled = false;
        for (qsizetype i = columnAt + 1; i < words.size(); ++i) {
            const Word &word = words.at(i);
            if (word.depth > 0)
                continue; // inside CHECK (...), a default expression, a type's modifiers
            notNull = notNull || (word.is(u"NULL") && at(words, i - 1).is(u"NOT"));
            filled = filled || word.is(u"DEFAULT") || word.is(u"AS") || word.is(u"GENERATED");
        }
        if (notNull && !filled)
            hits.append({u"add-not-null-column-without-default"_s,
                         u"%1.%2 is NOT NULL and has no default"_s.arg(table, at(words, columnAt).text)});
    }
    return hits;
}

} // namespace strata
