// SPDX-License-Identifier: MIT
// The PostgreSQL rules, read off the parse tree libpg_query returns as JSON: node names
// and fields are the server's own (src/include/nodes/parsenodes.h).
#include "statementrules.h"
#include "typechange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

/// The one node inside a wrapper such as {"ColumnDef": {...}}: its type and fields.
QPair<QString, QJsonObject> unwrap(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1)
        return {};
    return {object.begin().key(), object.begin().value().toObject()};
}

/// The last part of a qualified name list ([{"String": {"sval": "pg_catalog"}}, ...]).
QString lastName(const QJsonArray &names)
{
    return names.isEmpty() ? QString() : unwrap(names.last()).second[u"sval"_s].toString();
}

QString typeName(const QJsonObject &typeNameNode)
{
    return lastName(typeNameNode[u"names"_s].toArray());
}

/// A TypeName node as a ColumnType: its last name, its integer modifiers, whether it is an array.
ColumnType columnTypeOf(const QJsonObject &typeNameNode)
{
    ColumnType type{typeName(typeNameNode), {}, !typeNameNode[u"arrayBounds"_s].toArray().isEmpty()};
    for (const QJsonValue &modifier : typeNameNode[u"typmods"_s].toArray()) {
        // A_Const {"ival": {"ival": 5}}, and {"ival": {}} for 0.
        const QJsonObject constant = unwrap(modifier).second;
        if (!constant.contains(u"ival"_s))
            return {}; // a modifier that is not a number: a type this linter does not judge
        type.modifiers << constant[u"ival"_s].toObject()[u"ival"_s].toInt();
    }
    return canonicalType(type);
}

/// Identifiers in @p sql longer than the 63 bytes PostgreSQL keeps. Its scanner cuts them
/// before the parser sees them, so they are looked for in the tokens, the way the scanner
/// reads them: not in string literals, dollar-quoted bodies or comments.
QStringList longIdentifiers(const QString &sql)
{
    QStringList found;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    const auto keep = [&](const QString &identifier) {
        if (identifier.toUtf8().size() > 63)
            found << identifier;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            int depth = 0;
            do {
                if (sql.mid(i, 2) == u"/*"_s) {
                    ++depth;
                    i += 2;
                } else if (sql.mid(i, 2) == u"*/"_s) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < n && depth > 0);
        } else if (c == u'\'') {
            const bool escapes = i > 0 && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e');
            for (++i; i < n; ++i) {
                if (escapes && sql.at(i) == u'\\') {
                    ++i;
                } else if (sql.at(i) == u'\'') {
                    if (i + 1 < n && sql.at(i + 1) == u'\'')
                        ++i;
                    else
                        break;
                }
            }
            ++i;
        } else if (c == u'"') {
            QString identifier;
            for (++i; i < n; ++i) {
                if (sql.at(i) == u'"') {
                    if (i + 1 < n && sql.at(i + 1) == u'"') {
                        identifier += u'"';
                        ++i;
                        continue;
                    }
                    break;
                }
                identifier += sql.at(i);
            }
            ++i;
            keep(identifier);
        } else if (c == u'$' && (i == 0 || !(sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == u'_'))) {
            // $tag$ ... $tag$ (a positional parameter $1 has no closing $ right after its digits)
            qsizetype close = i + 1;
            while (close < n && (sql.at(close).isLetterOrNumber() || sql.at(close) == u'_') && !sql.at(i + 1).isDigit())
                ++close;
            if (close < n && sql.at(close) == u'$') {
                const QString tag = sql.mid(i, close - i + 1);
                const qsizetype end = sql.indexOf(tag, close + 1);
                i = end < 0 ? n : end + tag.size();
            } else {
                ++i;
            }
        } else if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < n && (sql.at(i).isLetterOrNumber() || sql.at(i) == u'_' || sql.at(i) == u'$'))
                ++i;
            keep(sql.mid(start, i - start));
        } else {
            ++i;
        }
    }
    return found;
}

/// Every call (FuncCall node) in @p tree to a function whose unqualified name is in @p names.
QList<QJsonObject> callsOf(const QJsonValue &tree, const QSet<QString> &names)
{
    QList<QJsonObject> calls;
    if (tree.isArray()) {
        for (const QJsonValue &value : tree.toArray())
            calls << callsOf(value, names);
    } else if (tree.isObject()) {
        const QJsonObject object = tree.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"FuncCall"_s && names.contains(lastName(it.value().toObject()[u"funcname"_s].toArray())))
                calls << it.value().toObject();
            calls << callsOf(it.value(), names);
        }
    }
    return calls;
}

/// Functions whose default gives every existing row its own value, so ADD COLUMN rewrites.
bool callsVolatileFunction(const QJsonValue &expression)
{
    static const QSet<QString> volatileFunctions{
        u"random"_s,       u"gen_random_uuid"_s, u"uuid_generate_v1"_s, u"uuid_generate_v1mc"_s,
        u"uuid_generate_v4"_s, u"clock_timestamp"_s, u"timeofday"_s,    u"nextval"_s,
        u"txid_current"_s, u"gen_random_bytes"_s};
    return !callsOf(expression, volatileFunctions).isEmpty();
}

/// The text of a constant: {"ival": {"ival": 5000}} (an empty object for 0), {"sval": {"sval": "0ms"}}.
QString constantText(const QJsonValue &value)
{
    const QJsonObject constant = unwrap(value).second;
    return constant.contains(u"ival"_s) ? QString::number(constant[u"ival"_s].toObject()[u"ival"_s].toInt())
                                        : constant[u"sval"_s].toObject()[u"sval"_s].toString().trimmed();
}

/// "0", "0ms", "0s", "0min" turn a timeout off; "0.5s" is half a second.
bool isZeroDuration(const QString &text)
{
    static const QRegularExpression number(u"^[0-9]*\\.?[0-9]+"_s);
    const QRegularExpressionMatch amount = number.match(text);
    return amount.hasMatch() && amount.captured().toDouble() == 0;
}

QList<QJsonObject> constraintsOf(const QJsonObject &columnDef)
{
    QList<QJsonObject> constraints;
    for (const QJsonValue &value : columnDef[u"constraints"_s].toArray())
        constraints << unwrap(value).second;
    return constraints;
}

bool hasConstraint(const QList<QJsonObject> &constraints, const QString &type)
{
    return std::any_of(constraints.begin(), constraints.end(),
                       [&](const QJsonObject &c) { return c[u"contype"_s].toString() == type; });
}

} // namespace

PostgresStatementRules::PostgresStatementRules(bool transactional, bool lockTimeoutDisabled, ColumnTypes columnTypes)
    : m_transactional(transactional)
    , m_lockTimeoutDisabled(lockTimeoutDisabled)
    , m_columnTypes(std::move(columnTypes))
{
}

namespace {

/// Applies the rules to one parsed statement.
class StatementVisitor
{
public:
    StatementVisitor(bool transactional, QSet<QString> &createdTables, QSet<QString> &createdIndexes,
                     QHash<QString, QString> &notNullChecks, QSet<QString> &provenNotNull, ColumnTypes &columnTypes)
        : m_transactional(transactional)
        , m_createdTables(createdTables)
        , m_createdIndexes(createdIndexes)
        , m_notNullChecks(notNullChecks)
        , m_provenNotNull(provenNotNull)
        , m_columnTypes(columnTypes)
    {
    }

    /// @p callsSetConfig: the statement's text names set_config, so its calls are looked at.
    QList<RuleHit> visit(const QString &type, const QJsonObject &node, bool callsSetConfig)
    {
        if (type == u"TransactionStmt"_s)
            transaction(node);
        else if (type == u"DropStmt"_s)
            drop(node);
        else if (type == u"DropdbStmt"_s)
            hit(u"drop-schema"_s, u"drops database %1"_s.arg(node[u"dbname"_s].toString()));
        else if (type == u"TruncateStmt"_s)
            truncate(node);
        else if (type == u"IndexStmt"_s)
            createIndex(node);
        else if (type == u"ReindexStmt"_s)
            reindex(node);
        else if (type == u"VacuumStmt"_s)
            vacuum(node);
        else if (type == u"ClusterStmt"_s)
            hit(u"table-rewrite-lock"_s, u"CLUSTER rewrites %1"_s.arg(relation(node).isEmpty() ? u"every clustered table"_s
                                                                                             : relation(node)));
        else if (type == u"VariableSetStmt"_s)
            setVariable(node);
        else if (type == u"RenameStmt"_s)
            rename(node);
        else if (type == u"CreateStmt"_s)
            createTable(node);
        else if (type == u"CreateTableAsStmt"_s) // CREATE TABLE ... AS, CREATE MATERIALIZED VIEW
            m_createdTables.insert(node[u"into"_s].toObject()[u"rel"_s].toObject()[u"relname"_s].toString().toLower());
        else if (type == u"AlterTableStmt"_s)
            alterTable(node);
        if (callsSetConfig)
            setConfigCalls(node);
        return m_hits;
    }

    /// The first table that already existed and that this statement locks; empty if none.
    const QString &lockedTable() const { return m_locked; }

private:
    void locks(const QString &table)
    {
        if (m_locked.isEmpty() && !table.isEmpty() && !isNew(table))
            m_locked = table;
    }

    void hit(const QString &rule, const QString &detail) { m_hits.append({rule, detail}); }

    static QString relation(const QJsonObject &node)
    {
        return node[u"relation"_s].toObject()[u"relname"_s].toString();
    }

    bool isNew(const QString &table) const { return m_createdTables.contains(table.toLower()); }

    void transaction(const QJsonObject &node)
    {
        const QString kind = node[u"kind"_s].toString();
        // A migration that is not run in a transaction may group its statements in one; a
        // prepared transaction outlives the session and holds its locks anywhere.
        static const QSet<QString> grouping{u"TRANS_STMT_BEGIN"_s, u"TRANS_STMT_START"_s, u"TRANS_STMT_COMMIT"_s,
                                            u"TRANS_STMT_ROLLBACK"_s};
        static const QSet<QString> prepared{u"TRANS_STMT_PREPARE"_s, u"TRANS_STMT_COMMIT_PREPARED"_s,
                                            u"TRANS_STMT_ROLLBACK_PREPARED"_s};
        if ((m_transactional && grouping.contains(kind)) || prepared.contains(kind))
            hit(u"transaction-statement"_s, kind.mid(int(qstrlen("TRANS_STMT_"))).replace(u'_', u' '));
    }

    void drop(const QJsonObject &node)
    {
        const QString type = node[u"removeType"_s].toString();
        const bool cascade = node[u"behavior"_s].toString() == u"DROP_CASCADE"_s;
        QStringList names;
        for (const QJsonValue &object : node[u"objects"_s].toArray()) {
            const auto [kind, fields] = unwrap(object);
            names << (kind == u"List"_s ? lastName(fields[u"items"_s].toArray()) : fields[u"sval"_s].toString());
        }
        if (type == u"OBJECT_TABLE"_s) {
            for (const QString &name : std::as_const(names)) {
                locks(name);
                m_columnTypes.dropTable(name);
                if (!isNew(name))
                    hit(u"drop-table"_s, u"drops table %1%2"_s.arg(name, cascade ? u" and, CASCADE, what depends on it"_s
                                                                               : QString()));
            }
        } else if (type == u"OBJECT_SCHEMA"_s) {
            hit(u"drop-schema"_s, u"drops schema %1%2"_s.arg(names.join(u", "_s),
                                                            cascade ? u" and everything in it"_s : QString()));
        } else if (type == u"OBJECT_INDEX"_s) {
            const bool concurrent = node[u"concurrent"_s].toBool();
            if (concurrent && m_transactional)
                hit(u"concurrently-in-transaction"_s, u"DROP INDEX CONCURRENTLY %1"_s.arg(names.join(u", "_s)));
            for (const QString &name : std::as_const(names)) {
                if (!concurrent && !m_createdIndexes.contains(name.toLower()))
                    hit(u"drop-index-non-concurrently"_s, u"drops index %1"_s.arg(name));
            }
        }
    }

    void truncate(const QJsonObject &node)
    {
        QStringList tables;
        for (const QJsonValue &value : node[u"relations"_s].toArray())
            tables << unwrap(value).second[u"relname"_s].toString();
        locks(tables.value(0));
        const bool cascade = node[u"behavior"_s].toString() == u"DROP_CASCADE"_s;
        hit(u"truncate"_s, u"empties %1%2"_s.arg(tables.join(u", "_s),
                                                 cascade ? u" and, CASCADE, every table that references it"_s : QString()));
    }

    void createIndex(const QJsonObject &node)
    {
        const QString table = relation(node);
        const QString name = node[u"idxname"_s].toString();
        const bool concurrent = node[u"concurrent"_s].toBool();
        if (concurrent && m_transactional)
            hit(u"concurrently-in-transaction"_s, u"CREATE INDEX CONCURRENTLY %1"_s.arg(name));
        if (!concurrent)
            locks(table);
        if (!concurrent && !isNew(table))
            hit(u"create-index-non-concurrently"_s,
                u"builds index %1 on %2 while writes to %2 wait"_s.arg(name.isEmpty() ? u"(unnamed)"_s : name, table));
        m_createdIndexes.insert(name.toLower());
    }

    void reindex(const QJsonObject &node)
    {
        bool concurrent = false;
        for (const QJsonValue &value : node[u"params"_s].toArray())
            concurrent = concurrent || unwrap(value).second[u"defname"_s].toString() == u"concurrently"_s;
        const QString target = node[u"name"_s].toString().isEmpty() ? relation(node) : node[u"name"_s].toString();
        if (concurrent && m_transactional)
            hit(u"concurrently-in-transaction"_s, u"REINDEX CONCURRENTLY %1"_s.arg(target));
        if (!concurrent)
            hit(u"reindex-non-concurrently"_s, u"rebuilds %1 while writes wait"_s.arg(target));
    }

    void vacuum(const QJsonObject &node)
    {
        for (const QJsonValue &value : node[u"options"_s].toArray()) {
            if (unwrap(value).second[u"defname"_s].toString() == u"full"_s)
                hit(u"table-rewrite-lock"_s, u"VACUUM FULL rewrites the tables it names"_s);
        }
    }

    void setVariable(const QJsonObject &node)
    {
        const QString kind = node[u"kind"_s].toString();
        if (kind == u"VAR_RESET_ALL"_s) {
            hit(u"lock-timeout-disabled"_s, u"RESET ALL puts lock_timeout back to the server's default (0 unless configured)"_s);
            return;
        }
        if (node[u"name"_s].toString() != u"lock_timeout"_s)
            return;
        if (kind == u"VAR_RESET"_s || kind == u"VAR_SET_DEFAULT"_s) {
            hit(u"lock-timeout-disabled"_s, u"lock_timeout goes back to the server's default (0 unless configured)"_s);
            return;
        }
        for (const QJsonValue &arg : node[u"args"_s].toArray()) {
            if (const QString text = constantText(arg); isZeroDuration(text))
                hit(u"lock-timeout-disabled"_s, u"lock_timeout = %1"_s.arg(text));
        }
    }

    /// SELECT set_config('lock_timeout', '0', ...), anywhere in a statement.
    void setConfigCalls(const QJsonObject &statement)
    {
        for (const QJsonObject &call : callsOf(statement, {u"set_config"_s})) {
            const QJsonArray args = call[u"args"_s].toArray();
            if (constantText(args.at(0)) == u"lock_timeout"_s && isZeroDuration(constantText(args.at(1))))
                hit(u"lock-timeout-disabled"_s, u"set_config('lock_timeout', '%1')"_s.arg(constantText(args.at(1))));
        }
    }

    void rename(const QJsonObject &node)
    {
        const QString type = node[u"renameType"_s].toString();
        const QString table = relation(node);
        const QString to = node[u"newname"_s].toString();
        locks(table);
        if (type == u"OBJECT_TABLE"_s)
            m_columnTypes.renameTable(table, to);
        else if (type == u"OBJECT_COLUMN"_s)
            m_columnTypes.renameColumn(table, node[u"subname"_s].toString(), to);
        if (type == u"OBJECT_TABLE"_s && isNew(table))
            m_createdTables.insert(to.toLower()); // still the table this migration made
        if (type == u"OBJECT_TABLE"_s && !isNew(table))
            hit(u"rename-table"_s, u"renames table %1 to %2"_s.arg(table, to));
        else if (type == u"OBJECT_COLUMN"_s && !isNew(table))
            hit(u"rename-column"_s, u"renames column %1.%2 to %3"_s.arg(table, node[u"subname"_s].toString(), to));
    }

    /// Column types the hygiene rules look at.
    /// @p column: the ColumnDef's own name when not given (ALTER COLUMN ... TYPE has none there).
    void columnType(const QString &table, const QJsonObject &columnDef, QString column = {})
    {
        if (column.isEmpty())
            column = columnDef[u"colname"_s].toString();
        const QString type = typeName(columnDef[u"typeName"_s].toObject());
        if (type == u"timestamp"_s)
            hit(u"timestamp-without-time-zone"_s, u"%1.%2 is timestamp without time zone"_s.arg(table, column));
        else if (type == u"bpchar"_s)
            hit(u"char-type"_s, u"%1.%2 is char(n)"_s.arg(table, column));
    }

    void createTable(const QJsonObject &node)
    {
        const QString table = relation(node);
        QHash<QString, QString> types;
        QStringList primaryKey;
        m_columnTypes.dropTable(table);
        for (const QJsonValue &element : node[u"tableElts"_s].toArray()) {
            const auto [kind, fields] = unwrap(element);
            if (kind == u"ColumnDef"_s) {
                columnType(table, fields);
                const QString name = fields[u"colname"_s].toString();
                types.insert(name, typeName(fields[u"typeName"_s].toObject()));
                m_columnTypes.set(table, name, columnTypeOf(fields[u"typeName"_s].toObject()));
                if (hasConstraint(constraintsOf(fields), u"CONSTR_PRIMARY"_s))
                    primaryKey = {name};
            } else if (kind == u"Constraint"_s && fields[u"contype"_s].toString() == u"CONSTR_PRIMARY"_s) {
                primaryKey.clear();
                for (const QJsonValue &key : fields[u"keys"_s].toArray())
                    primaryKey << unwrap(key).second[u"sval"_s].toString();
            }
        }
        static const QSet<QString> narrowIntegers{u"int4"_s, u"int2"_s, u"serial"_s, u"serial4"_s,
                                                  u"smallserial"_s, u"serial2"_s};
        if (primaryKey.size() == 1 && narrowIntegers.contains(types.value(primaryKey.first())))
            hit(u"int-primary-key"_s, u"%1.%2 is a %3 primary key"_s.arg(table, primaryKey.first(),
                                                                        types.value(primaryKey.first())));
        m_createdTables.insert(table.toLower());
    }

    void alterTable(const QJsonObject &node)
    {
        const QString table = relation(node);
        const bool isNewTable = isNew(table);
        locks(table);
        for (const QJsonValue &value : node[u"cmds"_s].toArray()) {
            const QJsonObject command = unwrap(value).second;
            const QString subtype = command[u"subtype"_s].toString();
            const QString column = command[u"name"_s].toString();
            const QJsonObject def = unwrap(command[u"def"_s]).second;
            if (subtype == u"AT_DropColumn"_s)
                m_columnTypes.dropColumn(table, column);
            if (subtype == u"AT_DropColumn"_s && !isNewTable)
                hit(u"drop-column"_s, u"drops column %1.%2"_s.arg(table, column));
            else if (subtype == u"AT_DropNotNull"_s && !isNewTable)
                hit(u"drop-not-null"_s, u"%1.%2 may now hold NULL"_s.arg(table, column));
            else if (subtype == u"AT_SetNotNull"_s && !isNewTable
                     && !m_provenNotNull.contains(table.toLower() + u'.' + column))
                hit(u"set-not-null"_s, u"scans %1 to check %2"_s.arg(table, column));
            else if (subtype == u"AT_ValidateConstraint"_s && m_notNullChecks.contains(column))
                m_provenNotNull.insert(m_notNullChecks.value(column)); // "name" is the constraint's here
            else if (subtype == u"AT_AlterColumnType"_s)
                alterColumnType(table, isNewTable, column, def);
            else if (subtype == u"AT_AddColumn"_s)
                addColumn(table, isNewTable, def);
            else if (subtype == u"AT_AddConstraint"_s)
                addConstraint(table, isNewTable, def);
        }
    }

    /// Judged against the type the column had, when the migrations so far tell it.
    void alterColumnType(const QString &table, bool isNewTable, const QString &column, const QJsonObject &columnDef)
    {
        columnType(table, columnDef, column);
        const ColumnType type = columnTypeOf(columnDef[u"typeName"_s].toObject());
        const bool converts = columnDef.contains(u"raw_default"_s); // USING expression: every row is rewritten
        const std::optional<ColumnType> was = m_columnTypes.find(table, column);
        m_columnTypes.set(table, column, type);
        if (isNewTable)
            return;
        const QString becomes = u"%1.%2 becomes %3"_s.arg(table, column, displayType(type));
        if (!was || was->name.isEmpty() || type.name.isEmpty()) {
            hit(u"alter-column-type"_s, becomes);
            return;
        }
        const QString from = u"%1 (was %2)"_s.arg(becomes, displayType(*was));
        if (const QString loss = narrowing(*was, type); !loss.isEmpty())
            hit(u"narrow-column-type"_s, u"%1: %2"_s.arg(from, loss));
        if (converts || !changesCatalogOnly(*was, type))
            hit(u"alter-column-type"_s, from);
    }

    void addColumn(const QString &table, bool isNewTable, const QJsonObject &columnDef)
    {
        columnType(table, columnDef);
        m_columnTypes.set(table, columnDef[u"colname"_s].toString(), columnTypeOf(columnDef[u"typeName"_s].toObject()));
        if (isNewTable)
            return;
        const QString column = columnDef[u"colname"_s].toString();
        const QString type = typeName(columnDef[u"typeName"_s].toObject());
        const QList<QJsonObject> constraints = constraintsOf(columnDef);
        const auto defaultOf = std::find_if(constraints.begin(), constraints.end(), [](const QJsonObject &c) {
            return c[u"contype"_s].toString() == u"CONSTR_DEFAULT"_s;
        });
        const bool filled = defaultOf != constraints.end() || hasConstraint(constraints, u"CONSTR_IDENTITY"_s)
            || hasConstraint(constraints, u"CONSTR_GENERATED"_s) || type.contains(u"serial"_s);
        if (hasConstraint(constraints, u"CONSTR_NOTNULL"_s) && !filled)
            hit(u"add-not-null-column-without-default"_s, u"%1.%2 is NOT NULL and has no default"_s.arg(table, column));
        QString rewrite;
        if (defaultOf != constraints.end() && callsVolatileFunction((*defaultOf)[u"raw_expr"_s]))
            rewrite = u"a volatile default"_s;
        else if (hasConstraint(constraints, u"CONSTR_IDENTITY"_s))
            rewrite = u"an identity"_s;
        else if (hasConstraint(constraints, u"CONSTR_GENERATED"_s))
            rewrite = u"a stored generated value"_s;
        else if (type.contains(u"serial"_s))
            rewrite = u"a serial type"_s;
        if (!rewrite.isEmpty())
            hit(u"add-column-rewrites"_s, u"%1.%2 has %3: every row of %1 is rewritten"_s.arg(table, column, rewrite));
        if (hasConstraint(constraints, u"CONSTR_CHECK"_s))
            hit(u"add-constraint-without-not-valid"_s,
                u"the CHECK on %1.%2 is verified on every row of %1 while writes wait"_s.arg(table, column));
        if (hasConstraint(constraints, u"CONSTR_UNIQUE"_s) || hasConstraint(constraints, u"CONSTR_PRIMARY"_s))
            hit(u"add-unique-constraint"_s, u"%1.%2's unique index is built under an exclusive lock"_s.arg(table, column));
    }

    void addConstraint(const QString &table, bool isNewTable, const QJsonObject &constraint)
    {
        const QString type = constraint[u"contype"_s].toString();
        const QString name = constraint[u"conname"_s].toString();
        // CHECK (col IS NOT NULL): once valid, SET NOT NULL on col needs no scan.
        const auto [test, fields] = unwrap(constraint[u"raw_expr"_s]);
        if (type == u"CONSTR_CHECK"_s && test == u"NullTest"_s && fields[u"nulltesttype"_s].toString() == u"IS_NOT_NULL"_s) {
            const QString column = lastName(unwrap(fields[u"arg"_s]).second[u"fields"_s].toArray());
            const QString key = table.toLower() + u'.' + column;
            if (constraint[u"skip_validation"_s].toBool())
                m_notNullChecks.insert(name, key);
            else
                m_provenNotNull.insert(key);
        }
        // ... USING INDEX takes the index's name.
        if (name.isEmpty() && constraint[u"indexname"_s].toString().isEmpty())
            hit(u"unnamed-constraint"_s, u"on %1"_s.arg(table));
        if (isNewTable)
            return;
        const bool validated = !constraint[u"skip_validation"_s].toBool();
        if ((type == u"CONSTR_CHECK"_s || type == u"CONSTR_FOREIGN"_s) && validated)
            hit(u"add-constraint-without-not-valid"_s,
                u"%1 %2 checks every row of %3 while writes wait"_s.arg(
                    type == u"CONSTR_CHECK"_s ? u"CHECK"_s : u"FOREIGN KEY"_s, name.isEmpty() ? u"(unnamed)"_s : name,
                    table));
        if ((type == u"CONSTR_UNIQUE"_s || type == u"CONSTR_PRIMARY"_s) && constraint[u"indexname"_s].toString().isEmpty())
            hit(u"add-unique-constraint"_s, u"%1 builds its index on %2 under an exclusive lock"_s.arg(
                                                name.isEmpty() ? u"(unnamed)"_s : name, table));
    }

    bool m_transactional;
    QSet<QString> &m_createdTables;
    QSet<QString> &m_createdIndexes;
    QHash<QString, QString> &m_notNullChecks; ///< NOT VALID CHECK (col IS NOT NULL): name -> "table.col"
    QSet<QString> &m_provenNotNull;           ///< "table.col" a valid check proves not null
    ColumnTypes &m_columnTypes;
    QList<RuleHit> m_hits;
    QString m_locked;
};

} // namespace

QList<RuleHit> PostgresStatementRules::check(const QString &statement)
{
    const QByteArray sql = statement.toUtf8();
    PgQueryParseResult result = pg_query_parse(sql.constData());
    QList<RuleHit> hits;
    if (result.error) {
        hits.append({u"parse-error"_s, u"%1 (at character %2)"_s.arg(QString::fromUtf8(result.error->message))
                                           .arg(result.error->cursorpos)});
        pg_query_free_parse_result(result);
        return hits;
    }
    const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree));
    pg_query_free_parse_result(result);
    for (const QJsonValue &raw : tree[u"stmts"_s].toArray()) {
        const auto [type, node] = unwrap(raw.toObject()[u"stmt"_s]);
        StatementVisitor visitor(m_transactional, m_createdTables, m_createdIndexes, m_notNullChecks, m_provenNotNull,
                                 m_columnTypes);
        hits << visitor.visit(type, node, statement.contains(u"set_config"_s, Qt::CaseInsensitive));
        // Once per migration: the first lock it takes on a table that has rows and readers.
        if (m_lockTimeoutDisabled && !visitor.lockedTable().isEmpty()) {
            hits.append({u"lock-timeout-disabled"_s,
                         u"[database].lock_timeout is 0: the lock on %1 is waited for without limit"_s.arg(
                             visitor.lockedTable())});
            m_lockTimeoutDisabled = false;
        }
    }
    for (const QString &identifier : longIdentifiers(statement))
        hits.append({u"identifier-too-long"_s, u"%1 is %2 bytes; PostgreSQL keeps the first 63"_s.arg(
                                                   identifier).arg(identifier.toUtf8().size())});
    return hits;
}

} // namespace strata
