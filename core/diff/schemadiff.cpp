// SPDX-License-Identifier: MIT
#include "schemadiff.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

using namespace strata::change;

/// Unnamed constraints (SQLite's) are matched by what they say, named ones by name.
template<typename T>
bool sameIdentity(const T &a, const T &b)
{
    if (a.name.isEmpty() || b.name.isEmpty())
        return a == b;
    return a.name == b.name;
}

template<typename T>
const T *findMatching(const QList<T> &list, const T &item)
{
    const auto found = std::find_if(list.begin(), list.end(), [&](const T &other) { return sameIdentity(item, other); });
    return found == list.end() ? nullptr : &*found;
}

/// The items of @p items that @p others lacks or holds in another form: what must be dropped
/// (from -> to) or added (to -> from). A missing table (@p others null) lacks them all.
template<typename T>
QList<T> notIn(const QList<T> &items, const QList<T> *others)
{
    QList<T> missing;
    for (const T &item : items) {
        const T *match = others ? findMatching(*others, item) : nullptr;
        if (!match || !(*match == item))
            missing.append(item);
    }
    return missing;
}

/// The table as CreateTable makes it: foreign keys and indexes are changes of their own, so
/// that tables can be created in any order and every index shows in the summary.
Table bareTable(Table table)
{
    table.foreignKeys.clear();
    table.indexes.clear();
    return table;
}

/// Builds the change list phase by phase; each phase only depends on earlier ones.
class DiffBuilder
{
public:
    DiffBuilder(const Schema &from, const Schema &to)
        : m_from(from)
        , m_to(to)
    {
    }

    QList<SchemaChange> build()
    {
        planRebuilds();
        createNamespaces();
        createExtensions();
        dropTriggers();
        dropViews();
        dropForeignKeys();
        dropIndexesAndConstraints();
        dropTables();
        createEnumsAndSequences();
        createDomains();
        createFunctions();
        createTables();
        changeColumns();
        addConstraintsAndIndexes();
        addForeignKeys();
        createViews();
        createTriggers();
        dropFunctions();
        dropDomains();
        dropEnumsAndSequences();
        dropExtensions();
        dropNamespaces();
        return m_changes;
    }

private:
    /// Tables in both schemas, as (from, to).
    QList<QPair<const Table *, const Table *>> keptTables() const
    {
        QList<QPair<const Table *, const Table *>> kept;
        for (const Table &table : m_from.tables) {
            if (const Table *other = m_to.table(table.schema, table.name))
                kept.append(qMakePair(&table, other));
        }
        return kept;
    }

    static QString key(const QString &schema, const QString &name) { return schema + u'.' + name; }

    /// Tables whose columns use an enum type that is rebuilt: their indexes and checks are
    /// rebuilt around the conversion (PostgreSQL re-plans them against the renamed old type).
    static bool usesType(const Table &table, const EnumType &type)
    {
        const QString qualifiedName = key(type.schema, type.name);
        return std::any_of(table.columns.begin(), table.columns.end(), [&](const Column &column) {
            const QString base = column.type.endsWith(u"[]"_s) ? column.type.chopped(2) : column.type;
            return base == type.name || base == qualifiedName;
        });
    }

    /// Decides what must be rebuilt before the changes are listed: tables under a rebuilt
    /// enum, and every view that reads a changed table, a rebuilt enum's table, or a view
    /// that is itself rebuilt (to a fixpoint).
    void planRebuilds()
    {
        for (const EnumType &type : m_to.enums) {
            const EnumType *old = m_from.enumType(type.schema, type.name);
            if (!old || *old == type || !isEnumRebuild(change::AlterEnum{*old, type}))
                continue;
            for (const Table &table : m_from.tables) {
                if (usesType(table, *old))
                    m_enumTables.insert(key(table.schema, table.name));
            }
        }
        QSet<QString> changed = m_enumTables;
        for (const Table &table : m_from.tables) {
            const Table *after = m_to.table(table.schema, table.name);
            if (!after || !(*after == table))
                changed.insert(key(table.schema, table.name));
        }
        bool grew = true;
        while (grew) {
            grew = false;
            for (const View &view : m_from.views) {
                const QString name = key(view.schema, view.name);
                if (m_rebuiltViews.contains(name))
                    continue;
                const View *after = m_to.view(view.schema, view.name);
                const bool reads = std::any_of(view.tables.begin(), view.tables.end(), [&](const QString &read) {
                    return changed.contains(read) || m_rebuiltViews.contains(read);
                });
                if (!after || !(*after == view) || reads) {
                    m_rebuiltViews.insert(name);
                    grew = true;
                }
            }
        }
    }

    /// @p views ordered so that a view comes after every view it reads.
    static QList<View> inDependencyOrder(QList<View> views)
    {
        QList<View> ordered;
        QSet<QString> placed;
        while (!views.isEmpty()) {
            const qsizetype before = views.size();
            for (qsizetype i = 0; i < views.size();) {
                const View &view = views.at(i);
                const bool ready = std::none_of(view.tables.begin(), view.tables.end(), [&](const QString &read) {
                    return !placed.contains(read) && std::any_of(views.begin(), views.end(), [&](const View &other) {
                        return key(other.schema, other.name) == read;
                    });
                });
                if (ready) {
                    placed.insert(key(view.schema, view.name));
                    ordered.append(view);
                    views.removeAt(i);
                } else {
                    ++i;
                }
            }
            if (views.size() == before) { // a cycle cannot be ordered; keep the rest as listed
                ordered.append(views);
                break;
            }
        }
        return ordered;
    }

    /// Domains exist before the columns of their type. A new base type cannot be altered in:
    /// the domain is dropped and created again, which PostgreSQL refuses while a column uses it.
    void createDomains()
    {
        for (const Domain &domain : m_to.domains) {
            const Domain *old = m_from.domain(domain.schema, domain.name);
            if (old && old->baseType != domain.baseType) {
                m_changes.emplace_back(DropDomain{*old});
                old = nullptr;
            }
            if (!old)
                m_changes.emplace_back(CreateDomain{domain});
            else if (!(*old == domain))
                m_changes.emplace_back(AlterDomain{*old, domain});
        }
    }

    /// After the columns that used them.
    void dropDomains()
    {
        for (const Domain &domain : m_from.domains) {
            if (!m_to.domain(domain.schema, domain.name))
                m_changes.emplace_back(DropDomain{domain});
        }
    }

    /// Before the tables: defaults, checks and generated columns may call them.
    void createFunctions()
    {
        for (const Function &function : m_to.functions) {
            const Function *old = m_from.function(function.schema, function.name, function.arguments);
            if (!old)
                m_changes.emplace_back(CreateFunction{function});
            else if (!(*old == function))
                m_changes.emplace_back(ReplaceFunction{*old, function});
        }
    }

    /// After the tables, columns and triggers that used them.
    void dropFunctions()
    {
        for (const Function &function : m_from.functions) {
            if (!m_to.function(function.schema, function.name, function.arguments))
                m_changes.emplace_back(DropFunction{function});
        }
    }

    void createNamespaces()
    {
        for (const QString &name : m_to.namespaces) {
            if (!m_from.namespaces.contains(name))
                m_changes.emplace_back(CreateNamespace{name});
        }
    }

    /// Early: their types and functions may be used by anything that follows.
    void createExtensions()
    {
        for (const Extension &extension : m_to.extensions) {
            if (!m_from.extensions.contains(extension))
                m_changes.emplace_back(CreateExtension{extension});
        }
    }

    void dropExtensions()
    {
        for (const Extension &extension : m_from.extensions) {
            if (!m_to.extensions.contains(extension))
                m_changes.emplace_back(DropExtension{extension});
        }
    }

    /// Last: every object in them has gone.
    void dropNamespaces()
    {
        for (const QString &name : m_from.namespaces) {
            if (!m_to.namespaces.contains(name))
                m_changes.emplace_back(DropNamespace{name});
        }
    }

    /// A trigger goes when it changes, when its table or view goes, or when its view is
    /// rebuilt (dropping the view drops it).
    bool triggerKept(const Trigger &trigger, const Schema &other) const
    {
        if (m_rebuiltViews.contains(key(trigger.schema, trigger.table)))
            return false;
        return std::any_of(other.triggers.begin(), other.triggers.end(), [&](const Trigger &t) { return t == trigger; });
    }

    void dropTriggers()
    {
        for (const Trigger &trigger : m_from.triggers) {
            if (!triggerKept(trigger, m_to))
                m_changes.emplace_back(DropTrigger{trigger});
        }
    }

    void createTriggers()
    {
        for (const Trigger &trigger : m_to.triggers) {
            if (!triggerKept(trigger, m_from))
                m_changes.emplace_back(CreateTrigger{trigger});
        }
    }

    void dropViews()
    {
        QList<View> dropped;
        for (const View &view : m_from.views) {
            if (m_rebuiltViews.contains(key(view.schema, view.name)))
                dropped.append(view);
        }
        const QList<View> ordered = inDependencyOrder(dropped);
        for (auto view = ordered.crbegin(); view != ordered.crend(); ++view)
            m_changes.emplace_back(DropView{*view}); // readers before what they read
    }

    void dropForeignKeys()
    {
        for (const Table &table : m_from.tables) {
            const Table *other = m_to.table(table.schema, table.name);
            for (const ForeignKey &key : notIn(table.foreignKeys, other ? &other->foreignKeys : nullptr))
                m_changes.emplace_back(DropConstraint{table.schema, table.name, key});
        }
    }

    void dropIndexesAndConstraints()
    {
        for (const Table &table : m_from.tables) {
            const Table *other = m_to.table(table.schema, table.name);
            const bool underEnum = m_enumTables.contains(key(table.schema, table.name));
            for (const Index &index : notIn(table.indexes, other && !underEnum ? &other->indexes : nullptr))
                m_changes.emplace_back(DropIndex{table.schema, table.name, index});
            if (!other)
                continue; // the table's own constraints go with it
            if (table.primaryKey && other->primaryKey != table.primaryKey)
                m_changes.emplace_back(DropConstraint{table.schema, table.name, *table.primaryKey});
            for (const UniqueConstraint &unique : notIn(table.uniques, &other->uniques))
                m_changes.emplace_back(DropConstraint{table.schema, table.name, unique});
            for (const CheckConstraint &check : notIn(table.checks, underEnum ? nullptr : &other->checks))
                m_changes.emplace_back(DropConstraint{table.schema, table.name, check});
            for (const ExclusionConstraint &exclusion : notIn(table.exclusions, underEnum ? nullptr : &other->exclusions))
                m_changes.emplace_back(DropConstraint{table.schema, table.name, exclusion});
        }
    }

    void dropTables()
    {
        for (const Table &table : m_from.tables) {
            if (!m_to.table(table.schema, table.name))
                m_changes.emplace_back(DropTable{bareTable(table)});
        }
    }

    void createEnumsAndSequences()
    {
        for (const EnumType &type : m_to.enums) {
            const EnumType *old = m_from.enumType(type.schema, type.name);
            if (!old)
                m_changes.emplace_back(CreateEnum{type});
            else if (!(*old == type))
                m_changes.emplace_back(AlterEnum{*old, type});
        }
        // A serial column's sequence belongs to the column: it comes and goes with it.
        for (const Sequence &sequence : m_to.sequences) {
            if (!sequence.ownedBy.isEmpty())
                continue;
            const Sequence *old = m_from.sequence(sequence.schema, sequence.name);
            if (!old)
                m_changes.emplace_back(CreateSequence{sequence});
            else if (!(*old == sequence))
                m_changes.emplace_back(AlterSequence{*old, sequence});
        }
    }

    void createTables()
    {
        for (const Table &table : m_to.tables) {
            if (!m_from.table(table.schema, table.name))
                m_changes.emplace_back(CreateTable{bareTable(table)});
        }
    }

    /// Generated columns of @p old whose expression reads a column whose type changes:
    /// PostgreSQL refuses the type change under them, so they are dropped and added again.
    static QStringList regeneratedColumns(const Table &old, const Table &now)
    {
        QStringList retyped;
        for (const Column &column : now.columns) {
            const Column *before = old.column(column.name);
            if (before && before->type != column.type)
                retyped << column.name;
        }
        QStringList regenerated;
        for (const Column &column : old.columns) {
            if (column.generatedExpression.isEmpty() || !now.column(column.name))
                continue;
            for (const QString &name : std::as_const(retyped)) {
                const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(name) + u"\\b"_s);
                if (word.match(column.generatedExpression).hasMatch())
                    regenerated << column.name;
            }
        }
        return regenerated;
    }

    void changeColumns()
    {
        for (const auto &[old, now] : keptTables()) {
            const QStringList regenerated = regeneratedColumns(*old, *now);
            // Dropped last column first, so that the downgrade adds them back in their order.
            for (auto column = old->columns.crbegin(); column != old->columns.crend(); ++column) {
                if (!now->column(column->name) || regenerated.contains(column->name))
                    m_changes.emplace_back(DropColumn{old->schema, old->name, *column});
            }
            for (const Column &column : now->columns) {
                const Column *before = old->column(column.name);
                if (regenerated.contains(column.name))
                    continue;
                if (!before)
                    m_changes.emplace_back(AddColumn{now->schema, now->name, column});
                else if (!(*before == column))
                    m_changes.emplace_back(AlterColumn{now->schema, now->name, *before, column});
            }
            for (const Column &column : now->columns) {
                if (regenerated.contains(column.name))
                    m_changes.emplace_back(AddColumn{now->schema, now->name, column});
            }
            if (old->comment != now->comment)
                m_changes.emplace_back(CommentOnTable{now->schema, now->name, old->comment, now->comment});
            if (old->options != now->options)
                m_changes.emplace_back(SetTableOptions{now->schema, now->name, old->options, now->options});
        }
    }

    void addConstraintsAndIndexes()
    {
        for (const Table &table : m_to.tables) {
            const Table *old = m_from.table(table.schema, table.name);
            const bool underEnum = m_enumTables.contains(key(table.schema, table.name));
            if (old) {
                if (table.primaryKey && old->primaryKey != table.primaryKey)
                    m_changes.emplace_back(AddConstraint{table.schema, table.name, *table.primaryKey});
                for (const UniqueConstraint &unique : notIn(table.uniques, &old->uniques))
                    m_changes.emplace_back(AddConstraint{table.schema, table.name, unique});
                for (const CheckConstraint &check : notIn(table.checks, underEnum ? nullptr : &old->checks))
                    m_changes.emplace_back(AddConstraint{table.schema, table.name, check});
                for (const ExclusionConstraint &exclusion :
                     notIn(table.exclusions, underEnum ? nullptr : &old->exclusions))
                    m_changes.emplace_back(AddConstraint{table.schema, table.name, exclusion});
            }
            for (const Index &index : notIn(table.indexes, old && !underEnum ? &old->indexes : nullptr))
                m_changes.emplace_back(CreateIndex{table.schema, table.name, index});
        }
    }

    void addForeignKeys()
    {
        for (const Table &table : m_to.tables) {
            const Table *old = m_from.table(table.schema, table.name);
            for (const ForeignKey &key : notIn(table.foreignKeys, old ? &old->foreignKeys : nullptr))
                m_changes.emplace_back(AddConstraint{table.schema, table.name, key});
        }
    }

    void createViews()
    {
        QList<View> created;
        for (const View &view : m_to.views) {
            if (!m_from.view(view.schema, view.name) || m_rebuiltViews.contains(key(view.schema, view.name)))
                created.append(view);
        }
        for (const View &view : inDependencyOrder(created))
            m_changes.emplace_back(CreateView{view});
    }

    void dropEnumsAndSequences()
    {
        // Last: no column may still use them.
        for (const Sequence &sequence : m_from.sequences) {
            if (!sequence.ownedBy.isEmpty())
                continue;
            if (!m_to.sequence(sequence.schema, sequence.name))
                m_changes.emplace_back(DropSequence{sequence});
        }
        for (const EnumType &type : m_from.enums) {
            if (!m_to.enumType(type.schema, type.name))
                m_changes.emplace_back(DropEnum{type});
        }
    }

    const Schema &m_from;
    const Schema &m_to;
    QList<SchemaChange> m_changes;
    QSet<QString> m_enumTables;   ///< "schema.table" with a column of a rebuilt enum type
    QSet<QString> m_rebuiltViews; ///< "schema.view" dropped before the changes, created after
};

} // namespace

QList<SchemaChange> diffSchemas(const Schema &from, const Schema &to)
{
    return DiffBuilder(from, to).build();
}

namespace {
/// A table's columns as "name type", for comparing shapes.
QStringList shapeOf(const Table &table)
{
    QStringList shape;
    for (const Column &column : table.columns)
        shape << column.name + u' ' + column.type + (column.notNull ? u" not null"_s : QString());
    shape.sort();
    return shape;
}
} // namespace

QStringList possibleRenames(const QList<SchemaChange> &changes)
{
    QStringList renames;
    for (const SchemaChange &change : changes) {
        if (const auto *dropped = std::get_if<DropColumn>(&change)) {
            for (const SchemaChange &other : changes) {
                const auto *added = std::get_if<AddColumn>(&other);
                if (added && added->schema == dropped->schema && added->table == dropped->table
                    && added->column.type == dropped->column.type && added->column.notNull == dropped->column.notNull)
                    renames << u"%1.%2 -> %1.%3"_s.arg(dropped->table, dropped->column.name, added->column.name);
            }
        } else if (const auto *droppedTable = std::get_if<DropTable>(&change)) {
            for (const SchemaChange &other : changes) {
                const auto *created = std::get_if<CreateTable>(&other);
                if (created && shapeOf(created->table) == shapeOf(droppedTable->table))
                    renames << u"%1 -> %2"_s.arg(droppedTable->table.name, created->table.name);
            }
        }
    }
    return renames;
}

QList<SchemaChange> downgradeOf(const QList<SchemaChange> &upgrade)
{
    QList<SchemaChange> downgrade;
    downgrade.reserve(upgrade.size());
    for (auto it = upgrade.rbegin(); it != upgrade.rend(); ++it)
        downgrade.append(inverse(*it));
    return downgrade;
}

} // namespace strata
