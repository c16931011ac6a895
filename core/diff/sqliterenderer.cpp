// SPDX-License-Identifier: MIT
#include "sqliterenderer.h"

#include "database/connection.h"
#include "schema/sqlitedefinition.h"
#include "util/overloaded.h"

#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

QString ident(const QString &name)
{
    return sqliteIdentifier(name);
}

QString identList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << ident(name);
    return quoted.join(u", "_s);
}

QString named(const QString &name, const QString &definition)
{
    return name.isEmpty() ? definition : u"CONSTRAINT "_s + ident(name) + u' ' + definition;
}

/// Whether @p sql names @p name (as a word or quoted identifier), case-insensitively as
/// SQLite compares names.
bool mentions(const QString &sql, const QString &name)
{
    return SqliteDefinition::names(sql).contains(name, Qt::CaseInsensitive);
}

/// A default ALTER TABLE ADD COLUMN accepts: a constant, not an expression in parentheses
/// nor CURRENT_TIME / CURRENT_DATE / CURRENT_TIMESTAMP.
bool isConstantDefault(const QString &expression)
{
    static const QRegularExpression constant(
        u"^(NULL|TRUE|FALSE|[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*')$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return expression.isEmpty() || constant.match(expression.trimmed()).hasMatch();
}

bool isCurrentTimeKeyword(const QString &expression)
{
    static const QRegularExpression keyword(u"^CURRENT_(TIME|DATE|TIMESTAMP)$"_s, QRegularExpression::CaseInsensitiveOption);
    return keyword.match(expression.trimmed()).hasMatch();
}

/// A default as DEFAULT takes it: SQLite's pragmas print an expression default without the
/// parentheses it must be written with.
QString defaultClause(const QString &expression)
{
    if (isConstantDefault(expression) || isCurrentTimeKeyword(expression) || expression.startsWith(u'('))
        return expression;
    return u'(' + expression + u')';
}

/// The single-column primary key of SQLite's AUTOINCREMENT, written on its column.
bool isAutoincrementKey(const Table &table, const Column &column)
{
    return column.identity != Column::Identity::None && table.primaryKey && table.primaryKey->columns.size() == 1
        && table.primaryKey->columns.first() == column.name;
}

QString columnDefinition(const Table &table, const Column &column)
{
    QString sql = ident(column.name);
    if (!column.type.isEmpty())
        sql += u' ' + column.type;
    if (isAutoincrementKey(table, column))
        sql += u' ' + named(table.primaryKey->name, u"PRIMARY KEY AUTOINCREMENT"_s);
    if (!column.collation.isEmpty())
        sql += u" COLLATE "_s + ident(column.collation);
    if (column.notNull)
        sql += u" NOT NULL"_s;
    if (!column.defaultExpression.isEmpty())
        sql += u" DEFAULT "_s + defaultClause(column.defaultExpression);
    if (!column.generatedExpression.isEmpty())
        sql += u" GENERATED ALWAYS AS %1 %2"_s.arg(column.generatedExpression,
                                                   column.generatedVirtual ? u"VIRTUAL"_s : u"STORED"_s);
    return sql;
}

QString foreignKeyDefinition(const ForeignKey &key)
{
    QString sql = u"FOREIGN KEY (%1) REFERENCES %2"_s.arg(identList(key.columns), ident(key.referencedTable));
    if (!key.referencedColumns.isEmpty())
        sql += u" (%1)"_s.arg(identList(key.referencedColumns));
    if (key.onUpdate != u"NO ACTION"_s)
        sql += u" ON UPDATE "_s + key.onUpdate;
    if (key.onDelete != u"NO ACTION"_s)
        sql += u" ON DELETE "_s + key.onDelete;
    if (key.deferrable)
        sql += key.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
    return sql;
}

/// CREATE TABLE for the whole of @p table, named @p name: columns, keys, checks and
/// foreign keys (SQLite declares them all here and nowhere else).
QString createTable(const Table &table, const QString &name)
{
    QStringList parts;
    bool keyOnColumn = false;
    for (const Column &column : table.columns) {
        parts << columnDefinition(table, column);
        keyOnColumn = keyOnColumn || isAutoincrementKey(table, column);
    }
    if (table.primaryKey && !keyOnColumn)
        parts << named(table.primaryKey->name, u"PRIMARY KEY (%1)"_s.arg(identList(table.primaryKey->columns)));
    for (const UniqueConstraint &unique : table.uniques)
        parts << named(unique.name, u"UNIQUE (%1)"_s.arg(identList(unique.columns)));
    for (const CheckConstraint &check : table.checks)
        parts << named(check.name, u"CHECK "_s + check.expression);
    for (const ForeignKey &key : table.foreignKeys)
        parts << named(key.name, foreignKeyDefinition(key));
    QString sql = u"CREATE TABLE %1 (\n    %2\n)"_s.arg(ident(name), parts.join(u",\n    "_s));
    if (!table.options.isEmpty())
        sql += u' ' + table.options.join(u", "_s);
    return sql;
}

/// The table a change is about, when it is about one table's insides.
std::optional<QString> tableOf(const SchemaChange &change)
{
    using namespace strata::change;
    return std::visit(Overloaded{
                          [](const AddColumn &c) -> std::optional<QString> { return c.table; },
                          [](const DropColumn &c) -> std::optional<QString> { return c.table; },
                          [](const AlterColumn &c) -> std::optional<QString> { return c.table; },
                          [](const AddConstraint &c) -> std::optional<QString> { return c.table; },
                          [](const DropConstraint &c) -> std::optional<QString> { return c.table; },
                          [](const CreateIndex &c) -> std::optional<QString> { return c.table; },
                          [](const DropIndex &c) -> std::optional<QString> { return c.table; },
                          [](const CommentOnTable &c) -> std::optional<QString> { return c.table; },
                          [](const SetTableOptions &c) -> std::optional<QString> { return c.table; },
                          [](const auto &) -> std::optional<QString> { return std::nullopt; },
                      },
                      change);
}

class SqliteRenderer
{
public:
    SqliteRenderer(const Schema &source, const Schema &target)
        : m_source(source)
        , m_target(target)
    {
    }

    ChangeScript render(const QList<SchemaChange> &changes)
    {
        planTables(changes);
        planTriggersAside(changes);
        for (const Trigger &trigger : std::as_const(m_triggersAside))
            statement(u"DROP TRIGGER "_s + ident(trigger.name));
        // Rebuilds come after every drop and create of a table and before views and
        // triggers are created again: those may read the rebuilt tables.
        bool rebuilt = false;
        for (const SchemaChange &change : changes) {
            const bool late = std::holds_alternative<change::CreateView>(change)
                || std::holds_alternative<change::CreateTrigger>(change);
            if (late && !rebuilt) {
                rebuildTables();
                rebuilt = true;
            }
            if (const auto table = tableOf(change); table && (m_rebuilt.contains(*table) || m_created.contains(*table)))
                continue; // part of the table's CREATE TABLE
            if (const auto *dropped = std::get_if<change::DropConstraint>(&change); dropped && m_dropped.contains(dropped->table))
                continue; // its DROP TABLE takes the constraint with it
            std::visit([this](const auto &c) { add(c); }, change);
        }
        if (!rebuilt)
            rebuildTables();
        for (const Trigger &trigger : std::as_const(m_triggersAside))
            statement(trigger.definition);
        return m_script;
    }

private:
    /// Which tables are created whole and which must be rebuilt, with the reason.
    void planTables(const QList<SchemaChange> &changes)
    {
        for (const SchemaChange &change : changes) {
            if (const auto *create = std::get_if<change::CreateTable>(&change))
                m_created.insert(create->table.name);
            else if (const auto *drop = std::get_if<change::DropTable>(&change))
                m_dropped.insert(drop->table.name);
        }
        for (const SchemaChange &change : changes) {
            const auto table = tableOf(change);
            if (!table || m_created.contains(*table) || m_dropped.contains(*table) || m_rebuilt.contains(*table))
                continue;
            if (const QString reason = rebuildReason(change); !reason.isEmpty()) {
                m_rebuilt.insert(*table);
                m_rebuildOrder << *table;
                m_script.notes << u"%1 is rebuilt (new table, rows copied, old table dropped): SQLite's ALTER TABLE "
                                  u"cannot %2."_s.arg(*table, reason);
            }
        }
        if (!m_rebuilt.isEmpty())
            m_script.notes << u"Strata runs SQLite migrations with foreign keys off and runs PRAGMA "
                              u"foreign_key_check before committing: a row left without its parent fails the "
                              u"migration."_s;
    }

    /// ALTER TABLE ... RENAME and DROP COLUMN re-read every trigger of the schema and fail on
    /// one that names a table or view missing at that moment: a rebuilt table between its
    /// DROP and RENAME, a view dropped to be created again. Such triggers, and those of
    /// rebuilt tables (which DROP TABLE takes with it), step aside for the whole script and
    /// come back at its end, after the views.
    void planTriggersAside(const QList<SchemaChange> &changes)
    {
        QSet<QString> droppedTriggers;
        QStringList missingMeanwhile = m_rebuildOrder;
        bool altersTables = !m_rebuilt.isEmpty();
        for (const SchemaChange &change : changes) {
            if (const auto *trigger = std::get_if<change::CreateTrigger>(&change))
                m_createdTriggers.insert(trigger->trigger.name);
            else if (const auto *dropped = std::get_if<change::DropTrigger>(&change))
                droppedTriggers.insert(dropped->trigger.name);
            else if (const auto *view = std::get_if<change::DropView>(&change))
                missingMeanwhile << view->view.name;
            const auto table = tableOf(change);
            altersTables = altersTables || std::holds_alternative<change::RenameTable>(change)
                || std::holds_alternative<change::RenameColumn>(change)
                || (std::holds_alternative<change::DropColumn>(change) && table && !m_rebuilt.contains(*table));
        }
        if (!altersTables)
            return;
        for (const Trigger &trigger : m_target.triggers) {
            const auto before = std::find_if(m_source.triggers.begin(), m_source.triggers.end(),
                                             [&](const Trigger &t) { return t.name == trigger.name; });
            if (before == m_source.triggers.end() || droppedTriggers.contains(trigger.name)
                || m_createdTriggers.contains(trigger.name))
                continue; // the changes drop or create it themselves
            if (m_rebuilt.contains(trigger.table) || std::any_of(missingMeanwhile.begin(), missingMeanwhile.end(),
                                                                 [&](const QString &name) {
                                                                     return mentions(trigger.definition, name);
                                                                 }))
                m_triggersAside << trigger;
        }
    }

    /// Why @p change needs its table rebuilt; empty when ALTER TABLE can do it.
    QString rebuildReason(const SchemaChange &change) const
    {
        using namespace strata::change;
        return std::visit(
            Overloaded{
                [this](const AddColumn &c) -> QString {
                    const Column &column = c.column;
                    if (!column.generatedExpression.isEmpty() && !column.generatedVirtual)
                        return u"add the stored generated column %1"_s.arg(column.name);
                    if (!isConstantDefault(column.defaultExpression))
                        return u"add %1 with a default that is not a constant"_s.arg(column.name);
                    if (column.notNull && column.defaultExpression.isEmpty() && column.generatedExpression.isEmpty())
                        return u"add the NOT NULL column %1 without a default"_s.arg(column.name);
                    if (const Table *table = m_target.table(c.schema, c.table); table && isAutoincrementKey(*table, column))
                        return u"add a primary key column"_s;
                    return {};
                },
                [this](const DropColumn &c) -> QString {
                    return isReferenced(c.schema, c.table, c.column.name)
                        ? u"drop %1, which a key, index, check, generated column or trigger uses"_s.arg(c.column.name)
                        : QString();
                },
                [](const AlterColumn &c) -> QString { return u"change the column %1"_s.arg(c.to.name); },
                [](const AddConstraint &) -> QString { return u"add a constraint"_s; },
                [](const DropConstraint &) -> QString { return u"drop a constraint"_s; },
                [](const SetTableOptions &) -> QString { return u"change WITHOUT ROWID or STRICT"_s; },
                [](const auto &) -> QString { return {}; },
            },
            change);
    }

    /// Whether anything in the source table (or a trigger) uses @p column: then DROP COLUMN
    /// refuses, and the table is rebuilt instead.
    bool isReferenced(const QString &schema, const QString &tableName, const QString &column) const
    {
        const Table *table = m_source.table(schema, tableName);
        if (!table)
            return false;
        const auto uses = [&](const QStringList &columns) { return columns.contains(column, Qt::CaseInsensitive); };
        if ((table->primaryKey && uses(table->primaryKey->columns))
            || std::any_of(table->uniques.begin(), table->uniques.end(), [&](const auto &u) { return uses(u.columns); })
            || std::any_of(table->foreignKeys.begin(), table->foreignKeys.end(),
                           [&](const auto &k) { return uses(k.columns); })
            || std::any_of(table->checks.begin(), table->checks.end(),
                           [&](const auto &c) { return mentions(c.expression, column); })
            || std::any_of(table->indexes.begin(), table->indexes.end(),
                           [&](const auto &i) { return mentions(i.definition, column); })
            || std::any_of(table->columns.begin(), table->columns.end(),
                           [&](const auto &c) { return mentions(c.generatedExpression, column); }))
            return true;
        for (const Table &other : m_source.tables) {
            for (const ForeignKey &key : other.foreignKeys) {
                if (key.referencedTable.compare(tableName, Qt::CaseInsensitive) == 0 && uses(key.referencedColumns))
                    return true;
            }
        }
        return std::any_of(m_source.triggers.begin(), m_source.triggers.end(),
                           [&](const Trigger &t) { return mentions(t.definition, column); });
    }

    void statement(const QString &sql) { m_script.statements << sql; }

    void createIndexes(const Table &table)
    {
        for (const Index &index : table.indexes)
            statement(index.definition);
    }

    /// SQLite's documented procedure; foreign keys are off (the migrator sees to it), so
    /// dropping the old table neither cascades nor breaks the tables that reference it.
    void rebuildTables()
    {
        for (const QString &name : std::as_const(m_rebuildOrder)) {
            const Table *before = m_source.table(u"main"_s, name);
            const Table *after = m_target.table(u"main"_s, name);
            if (!before || !after)
                continue;
            QString temporary = u"strata_new_"_s + name;
            while (m_source.table(u"main"_s, temporary) || m_target.table(u"main"_s, temporary))
                temporary += u'_';
            statement(createTable(*after, temporary));
            QStringList into;
            QStringList from;
            for (const Column &column : after->columns) {
                const Column *old = before->column(column.name);
                if (!old || !column.generatedExpression.isEmpty())
                    continue;
                into << ident(column.name);
                // A column that becomes NOT NULL takes its default where it was NULL.
                from << (column.notNull && !old->notNull && !column.defaultExpression.isEmpty()
                             ? u"coalesce(%1, %2)"_s.arg(ident(column.name), defaultClause(column.defaultExpression))
                             : ident(column.name));
            }
            if (!into.isEmpty())
                statement(u"INSERT INTO %1 (%2) SELECT %3 FROM %4"_s.arg(ident(temporary), into.join(u", "_s),
                                                                         from.join(u", "_s), ident(name)));
            if (keepsAutoincrement(*before, *after)) {
                // AUTOINCREMENT never reuses an id: the new table continues the old counter.
                statement(u"DELETE FROM sqlite_sequence WHERE name = %1"_s.arg(sqlLiteral(temporary)));
                statement(u"INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM sqlite_sequence WHERE name = %2"_s
                              .arg(sqlLiteral(temporary), sqlLiteral(name)));
            }
            statement(u"DROP TABLE "_s + ident(name));
            statement(u"ALTER TABLE %1 RENAME TO %2"_s.arg(ident(temporary), ident(name)));
            createIndexes(*after);
            for (const Column &column : after->columns) {
                if (column.notNull && column.defaultExpression.isEmpty() && column.generatedExpression.isEmpty()
                    && !before->column(column.name) && !isAutoincrementKey(*after, column))
                    m_script.notes << u"%1.%2 is NOT NULL without a default: copying the rows fails while %1 has "
                                      u"any. Give it a DEFAULT, or fill it in an edited migration."_s.arg(name,
                                                                                                      column.name);
            }
        }
    }

    static bool keepsAutoincrement(const Table &before, const Table &after)
    {
        const auto autoincrement = [](const Table &table) {
            return std::any_of(table.columns.begin(), table.columns.end(),
                               [&](const Column &c) { return isAutoincrementKey(table, c); });
        };
        return autoincrement(before) && autoincrement(after);
    }

    void add(const change::CreateTable &c)
    {
        const Table *whole = m_target.table(c.table.schema, c.table.name);
        const Table &table = whole ? *whole : c.table;
        statement(createTable(table, table.name));
        createIndexes(table);
    }

    void add(const change::DropTable &c) { statement(u"DROP TABLE "_s + ident(c.table.name)); }

    void add(const change::AddColumn &c)
    {
        const Table *table = m_target.table(c.schema, c.table);
        statement(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(ident(c.table), columnDefinition(table ? *table : Table{}, c.column)));
    }

    void add(const change::DropColumn &c)
    {
        statement(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(ident(c.table), ident(c.column.name)));
    }

    void add(const change::CreateIndex &c) { statement(c.index.definition); }
    void add(const change::DropIndex &c) { statement(u"DROP INDEX "_s + ident(c.index.name)); }

    void add(const change::CreateView &c)
    {
        const QString body = c.view.definition.trimmed();
        const QString columns = c.view.columns.isEmpty() ? QString() : u" (%1)"_s.arg(identList(c.view.columns));
        statement(u"CREATE VIEW %1%2 AS\n%3"_s.arg(ident(c.view.name), columns,
                                                  body.chopped(body.endsWith(u';') ? 1 : 0)));
    }

    void add(const change::DropView &c) { statement(u"DROP VIEW "_s + ident(c.view.name)); }

    void add(const change::CreateTrigger &c) { statement(c.trigger.definition); }

    void add(const change::DropTrigger &c) { statement(u"DROP TRIGGER "_s + ident(c.trigger.name)); }

    void add(const change::RenameTable &c) { statement(u"ALTER TABLE %1 RENAME TO %2"_s.arg(ident(c.from), ident(c.to))); }

    void add(const change::RenameColumn &c)
    {
        statement(u"ALTER TABLE %1 RENAME COLUMN %2 TO %3"_s.arg(ident(c.table), ident(c.from), ident(c.to)));
    }

    // Changes SQLite's introspection never reports (it has no such objects); a constraint
    // or column change is part of its table's rebuild and never reaches these.
    void add(const change::AlterColumn &) {}
    void add(const change::AddConstraint &) {}
    void add(const change::DropConstraint &) {}
    void add(const change::CommentOnTable &) {}
    void add(const change::SetTableOptions &) {}
    void add(const change::CreateNamespace &) {}
    void add(const change::CreateExtension &) {}
    void add(const change::DropExtension &) {}
    void add(const change::DropNamespace &) {}
    void add(const change::CreateDomain &) {}
    void add(const change::DropDomain &) {}
    void add(const change::AlterDomain &) {}
    void add(const change::CreateFunction &) {}
    void add(const change::DropFunction &) {}
    void add(const change::ReplaceFunction &) {}
    void add(const change::CreateEnum &) {}
    void add(const change::DropEnum &) {}
    void add(const change::AlterEnum &) {}
    void add(const change::CreateSequence &) {}
    void add(const change::DropSequence &) {}
    void add(const change::AlterSequence &) {}

    const Schema &m_source;
    const Schema &m_target;
    ChangeScript m_script;
    QSet<QString> m_created;        ///< tables created whole by this script
    QSet<QString> m_dropped;        ///< tables dropped whole by this script
    QSet<QString> m_rebuilt;        ///< tables rebuilt by this script
    QStringList m_rebuildOrder;     ///< the same, in the order of their first change
    QSet<QString> m_createdTriggers; ///< triggers the changes create themselves
    QList<Trigger> m_triggersAside;   ///< dropped at the start, created again at the end
};

} // namespace

QString sqliteIdentifier(const QString &name)
{
    static const QRegularExpression bare(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    const QByteArray utf8 = name.toUtf8();
    if (bare.match(name).hasMatch() && !sqlite3_keyword_check(utf8.constData(), int(utf8.size())))
        return name;
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

ChangeScript renderSqlite(const QList<SchemaChange> &changes, const Schema &source, const Schema &target)
{
    return SqliteRenderer(source, target).render(changes);
}

} // namespace strata
