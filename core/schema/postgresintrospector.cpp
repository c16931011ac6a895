// SPDX-License-Identifier: MIT
#include "postgresintrospector.h"

#include "database/connection.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

// Arrays travel as text joined by the unit separator, which no identifier contains.
const QString Separator = QString(QChar(0x1f));

QStringList splitList(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(Separator);
}

/// SQL: the schema named by @p schemaName (a column) is the user's: not pg_catalog,
/// information_schema, nor a pg_ schema (toast, temporary).
QString inUserSchema(const QString &schemaName)
{
    return u"%1 NOT IN ('pg_catalog', 'information_schema') AND %1 NOT LIKE 'pg\\_%'"_s.arg(schemaName);
}

/// SQL: object @p oid of @p catalog ("pg_class", "pg_proc", ...) belongs to no extension:
/// an extension's objects are the extension's, created with it.
QString notFromExtension(const QString &catalog, const QString &oid)
{
    return u"NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '%1'::regclass AND d.objid = %2 "
           u"AND d.deptype = 'e')"_s.arg(catalog, oid);
}

/// The user's relations: not in system schemas, not owned by an extension.
const QString UserRelations = u"SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_class c "
                              u"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 AND %2"_s.arg(
                                  inUserSchema(u"n.nspname"_s), notFromExtension(u"pg_class"_s, u"c.oid"_s));

QString foreignKeyAction(const QString &code)
{
    static const QHash<QString, QString> actions{{u"a"_s, u"NO ACTION"_s}, {u"r"_s, u"RESTRICT"_s},
                                                 {u"c"_s, u"CASCADE"_s},   {u"n"_s, u"SET NULL"_s},
                                                 {u"d"_s, u"SET DEFAULT"_s}};
    return actions.value(code, u"NO ACTION"_s);
}

class PostgresSchemaReader
{
public:
    PostgresSchemaReader(Connection &connection, const QStringList &excluded)
        : m_connection(connection)
        , m_excluded(excluded)
    {
    }

    Result<Schema> read()
    {
        STRATA_TRY(readNamespaces());
        STRATA_TRY(readExtensions());
        STRATA_TRY(readTables());
        STRATA_TRY(readColumns());
        STRATA_TRY(readConstraints());
        STRATA_TRY(readIndexes());
        STRATA_TRY(readViews());
        STRATA_TRY(readSequences());
        STRATA_TRY(readEnums());
        STRATA_TRY(readDomains());
        STRATA_TRY(readFunctions());
        STRATA_TRY(readTriggers());
        STRATA_TRY(readUntracked());
        for (const qint64 oid : std::as_const(m_tableOrder))
            m_schema.tables.append(m_tables.value(oid));
        return m_schema;
    }

private:
    bool isExcluded(const QString &schema, const QString &name) const
    {
        return m_excluded.contains(name) || m_excluded.contains(schema + u'.' + name);
    }

    Result<void> readTables()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT rel.oid, rel.nspname, rel.relname, "
            u"COALESCE(obj_description(rel.oid, 'pg_class'), '') FROM rel WHERE rel.relkind IN ('r', 'p') "
            u"ORDER BY rel.nspname, rel.relname"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows) {
            Table table;
            table.schema = row.at(1).toString();
            table.name = row.at(2).toString();
            table.comment = row.at(3).toString();
            if (isExcluded(table.schema, table.name))
                continue;
            const qint64 oid = row.at(0).toLongLong();
            m_tableOrder.append(oid);
            m_tables.insert(oid, table);
        }
        return {};
    }

    Result<void> readColumns()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            u"CASE WHEN a.attgenerated = '' THEN COALESCE(pg_get_expr(ad.adbin, ad.adrelid), '') ELSE '' END, "
            u"a.attidentity, "
            u"CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END, "
            u"CASE WHEN a.attcollation <> t.typcollation THEN co.collname ELSE '' END, "
            u"COALESCE(col_description(a.attrelid, a.attnum), '') "
            u"FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid AND rel.relkind IN ('r', 'p') "
            u"JOIN pg_type t ON t.oid = a.atttypid "
            u"LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
            u"LEFT JOIN pg_collation co ON co.oid = a.attcollation "
            u"WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows) {
            const auto table = m_tables.find(row.at(0).toLongLong());
            if (table == m_tables.end())
                continue;
            Column column;
            column.name = row.at(1).toString();
            column.type = row.at(2).toString();
            column.notNull = row.at(3).toBool();
            column.defaultExpression = row.at(4).toString();
            const QString identity = row.at(5).toString();
            column.identity = identity == u"a"_s   ? Column::Identity::Always
                : identity == u"d"_s               ? Column::Identity::ByDefault
                                                   : Column::Identity::None;
            column.generatedExpression = row.at(6).toString();
            column.collation = row.at(7).toString();
            column.comment = row.at(8).toString();
            table->columns.append(column);
        }
        return {};
    }

    Result<void> readConstraints()
    {
        const QString columnsOf = u"array_to_string(ARRAY(SELECT a.attname FROM unnest(%1) WITH ORDINALITY k(num, ord) "
                                  u"JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.num ORDER BY k.ord), chr(31))"_s;
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT con.conrelid, con.conname, con.contype, pg_get_constraintdef(con.oid, true), "
            u"con.condeferrable, con.condeferred, %2, COALESCE(fn.nspname, ''), COALESCE(fc.relname, ''), %3, "
            u"con.confupdtype, con.confdeltype "
            u"FROM pg_constraint con JOIN rel ON rel.oid = con.conrelid "
            u"LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
            u"LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
            u"WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') ORDER BY con.conrelid, con.conname"_s.arg(
                UserRelations, columnsOf.arg(u"con.conkey"_s, u"con.conrelid"_s),
                columnsOf.arg(u"con.confkey"_s, u"con.confrelid"_s))));
        for (const QVariantList &row : *rows) {
            const auto table = m_tables.find(row.at(0).toLongLong());
            if (table == m_tables.end())
                continue;
            const QString name = row.at(1).toString();
            const QString type = row.at(2).toString();
            const QStringList columns = splitList(row.at(6));
            if (type == u"p"_s) {
                table->primaryKey = PrimaryKey{name, columns};
            } else if (type == u"u"_s) {
                table->uniques.append({name, columns, row.at(4).toBool(), row.at(5).toBool()});
            } else if (type == u"c"_s) {
                // pg_get_constraintdef prints "CHECK (...)"; the model keeps the condition.
                QString expression = row.at(3).toString();
                if (expression.startsWith(u"CHECK "_s))
                    expression = expression.mid(6);
                table->checks.append({name, expression});
            } else if (type == u"x"_s) {
                table->exclusions.append({name, row.at(3).toString()});
            } else {
                ForeignKey key;
                key.name = name;
                key.columns = columns;
                key.referencedSchema = row.at(7).toString();
                key.referencedTable = row.at(8).toString();
                key.referencedColumns = splitList(row.at(9));
                key.onUpdate = foreignKeyAction(row.at(10).toString());
                key.onDelete = foreignKeyAction(row.at(11).toString());
                key.deferrable = row.at(4).toBool();
                key.initiallyDeferred = row.at(5).toBool();
                table->foreignKeys.append(key);
            }
        }
        return {};
    }

    Result<void> readIndexes()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT i.indrelid, ic.relname, i.indisunique, am.amname, "
            u"pg_get_indexdef(i.indexrelid), COALESCE(pg_get_expr(i.indpred, i.indrelid, true), ''), "
            u"array_to_string(ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) "
            u"  FROM generate_series(1, i.indnkeyatts) k ORDER BY k), chr(31)), "
            u"array_to_string(ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) "
            u"  FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k), chr(31)) "
            u"FROM pg_index i JOIN rel ON rel.oid = i.indrelid "
            u"JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
            // Indexes of primary keys, unique and exclusion constraints belong to them.
            u"WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c "
            u"                  WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x')) "
            u"ORDER BY i.indrelid, ic.relname"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows) {
            const auto table = m_tables.find(row.at(0).toLongLong());
            if (table == m_tables.end())
                continue;
            Index index;
            index.name = row.at(1).toString();
            index.unique = row.at(2).toBool();
            index.method = row.at(3).toString();
            index.definition = row.at(4).toString();
            index.predicate = row.at(5).toString();
            index.keys = splitList(row.at(6));
            index.included = splitList(row.at(7));
            table->indexes.append(index);
        }
        return {};
    }

    Result<void> readViews()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT rel.nspname, rel.relname, pg_get_viewdef(rel.oid, true), rel.relkind = 'm', "
            u"COALESCE(obj_description(rel.oid, 'pg_class'), ''), "
            // The relations the view's rewrite rule depends on: the tables it reads.
            u"COALESCE((SELECT string_agg(DISTINCT dn.nspname || '.' || dc.relname, chr(31)) "
            u"  FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid "
            u"  JOIN pg_class dc ON dc.oid = d.refobjid JOIN pg_namespace dn ON dn.oid = dc.relnamespace "
            u"  WHERE r.ev_class = rel.oid AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> rel.oid), '') "
            u"FROM rel WHERE rel.relkind IN ('v', 'm') ORDER BY rel.nspname, rel.relname"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows)
            m_schema.views.append({row.at(0).toString(), row.at(1).toString(), row.at(2).toString().trimmed(),
                                   row.at(3).toBool(), row.at(4).toString(), splitList(row.at(5)), {}});
        return {};
    }

    Result<void> readSequences()
    {
        // Identity columns own their sequences ('i' dependencies): those are part of the column.
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT rel.nspname, rel.relname, format_type(s.seqtypid, NULL), s.seqstart, "
            u"s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, "
            u"COALESCE((SELECT tc.relname || '.' || a.attname FROM pg_depend d "
            u"  JOIN pg_class tc ON tc.oid = d.refobjid "
            u"  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            u"  WHERE d.classid = 'pg_class'::regclass AND d.objid = rel.oid AND d.deptype = 'a' "
            u"    AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 LIMIT 1), '') "
            u"FROM rel JOIN pg_sequence s ON s.seqrelid = rel.oid WHERE rel.relkind = 'S' "
            u"AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
            u"                AND d.objid = rel.oid AND d.deptype = 'i') "
            u"ORDER BY rel.nspname, rel.relname"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows) {
            Sequence sequence;
            sequence.schema = row.at(0).toString();
            sequence.name = row.at(1).toString();
            sequence.type = row.at(2).toString();
            sequence.start = row.at(3).toLongLong();
            sequence.increment = row.at(4).toLongLong();
            sequence.minimum = row.at(5).toLongLong();
            sequence.maximum = row.at(6).toLongLong();
            sequence.cache = row.at(7).toLongLong();
            sequence.cycle = row.at(8).toBool();
            sequence.ownedBy = row.at(9).toString();
            m_schema.sequences.append(sequence);
        }
        return {};
    }

    /// Schemas besides public that the user made: not the system's, not an extension's, not
    /// the one that holds only Strata's tables.
    Result<void> readNamespaces()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"SELECT n.nspname FROM pg_namespace n WHERE n.nspname <> 'public' AND %1 AND %2 ORDER BY n.nspname"_s.arg(
                inUserSchema(u"n.nspname"_s), notFromExtension(u"pg_namespace"_s, u"n.oid"_s))));
        QStringList strataSchemas;
        for (const QString &excluded : std::as_const(m_excluded)) {
            if (excluded.contains(u'.'))
                strataSchemas << excluded.section(u'.', 0, 0);
        }
        for (const QVariantList &row : *rows) {
            if (!strataSchemas.contains(row.at(0).toString()))
                m_schema.namespaces << row.at(0).toString();
        }
        return {};
    }

    Result<void> readDomains()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, "
            u"COALESCE(t.typdefault, ''), "
            u"array_to_string(ARRAY(SELECT c.conname || chr(30) || pg_get_constraintdef(c.oid, true) "
            u"  FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname), chr(31)) "
            u"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            u"WHERE t.typtype = 'd' AND %1 AND %2 ORDER BY 1, 2"_s.arg(inUserSchema(u"n.nspname"_s),
                                                                       notFromExtension(u"pg_type"_s, u"t.oid"_s))));
        for (const QVariantList &row : *rows) {
            Domain domain{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toBool(),
                          row.at(4).toString(), {}};
            for (const QString &check : splitList(row.at(5))) {
                QString expression = check.section(QChar(30), 1);
                if (expression.startsWith(u"CHECK "_s))
                    expression = expression.mid(6);
                domain.checks.append({check.section(QChar(30), 0, 0), expression});
            }
            m_schema.domains.append(domain);
        }
        return {};
    }

    /// Extensions the user installed (plpgsql comes with every database). Their objects are
    /// theirs, and left out everywhere else.
    Result<void> readExtensions()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            u"WHERE e.extname <> 'plpgsql' ORDER BY e.extname"_s));
        for (const QVariantList &row : *rows)
            m_schema.extensions.append({row.at(0).toString(), row.at(1).toString()});
        return {};
    }

    /// Functions and procedures (not aggregates, whose definition pg_get_functiondef cannot
    /// print), other than the system's and the extensions'.
    Result<void> readFunctions()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid), "
            u"p.prokind = 'p' "
            u"FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            u"WHERE p.prokind IN ('f', 'p') AND %1 AND %2 ORDER BY 1, 2, 3"_s.arg(
                inUserSchema(u"n.nspname"_s), notFromExtension(u"pg_proc"_s, u"p.oid"_s))));
        for (const QVariantList &row : *rows)
            m_schema.functions.append({row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                       row.at(3).toString().trimmed(), row.at(4).toBool()});
        return {};
    }

    /// The user's triggers; not the internal ones that implement foreign keys.
    Result<void> readTriggers()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) SELECT rel.nspname, t.tgname, rel.relname, pg_get_triggerdef(t.oid, true) "
            u"FROM pg_trigger t JOIN rel ON rel.oid = t.tgrelid WHERE NOT t.tgisinternal "
            u"ORDER BY 1, 3, 2"_s.arg(UserRelations)));
        for (const QVariantList &row : *rows) {
            if (!isExcluded(row.at(0).toString(), row.at(2).toString()))
                m_schema.triggers.append({row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                                          row.at(3).toString()});
        }
        return {};
    }

    /// Objects the model has no place for, named for the user.
    Result<void> readUntracked()
    {
        const QString userType = inUserSchema(u"n.nspname"_s) + u" AND "_s + notFromExtension(u"pg_type"_s, u"t.oid"_s);
        const QString userRoutine = inUserSchema(u"n.nspname"_s) + u" AND "_s + notFromExtension(u"pg_proc"_s, u"p.oid"_s);
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"WITH rel AS (%1) "
            u"SELECT 'composite type ' || format_type(t.oid, NULL) FROM pg_type t "
            u"  JOIN pg_namespace n ON n.oid = t.typnamespace "
            u"  JOIN pg_class c ON c.oid = t.typrelid WHERE t.typtype = 'c' AND c.relkind = 'c' AND %2 "
            u"UNION ALL SELECT 'range type ' || format_type(t.oid, NULL) FROM pg_type t "
            u"  JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'r' AND %2 "
            u"UNION ALL SELECT 'policy ' || p.polname || ' on ' || rel.relname FROM pg_policy p "
            u"  JOIN rel ON rel.oid = p.polrelid "
            u"UNION ALL SELECT 'row level security on ' || rel.relname FROM rel JOIN pg_class c ON c.oid = rel.oid "
            u"  WHERE c.relrowsecurity "
            u"UNION ALL SELECT 'partitioning of ' || rel.relname FROM rel WHERE rel.relkind = 'p' "
            u"UNION ALL SELECT 'foreign table ' || rel.relname FROM rel WHERE rel.relkind = 'f' "
            u"UNION ALL SELECT 'rule ' || r.rulename || ' on ' || rel.relname FROM pg_rewrite r "
            u"  JOIN rel ON rel.oid = r.ev_class WHERE r.rulename <> '_RETURN' "
            u"UNION ALL SELECT 'aggregate ' || p.oid::regprocedure FROM pg_proc p "
            u"  JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('a', 'w') AND %3 "
            u"ORDER BY 1"_s.arg(UserRelations, userType, userRoutine)));
        for (const QVariantList &row : *rows)
            m_schema.untracked << row.at(0).toString();
        return {};
    }

    Result<void> readEnums()
    {
        STRATA_ASSIGN_OR_RETURN(rows, m_connection.select(
            u"SELECT n.nspname, t.typname, "
            u"array_to_string(ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid "
            u"  ORDER BY e.enumsortorder), chr(31)), COALESCE(obj_description(t.oid, 'pg_type'), '') "
            u"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            u"WHERE t.typtype = 'e' AND %1 AND %2 ORDER BY n.nspname, t.typname"_s.arg(
                inUserSchema(u"n.nspname"_s), notFromExtension(u"pg_type"_s, u"t.oid"_s))));
        for (const QVariantList &row : *rows)
            m_schema.enums.append({row.at(0).toString(), row.at(1).toString(), splitList(row.at(2)), row.at(3).toString()});
        return {};
    }

    Connection &m_connection;
    QStringList m_excluded;
    Schema m_schema;
    QList<qint64> m_tableOrder;
    QHash<qint64, Table> m_tables;
};

} // namespace

Result<Schema> readPostgresSchema(Connection &connection, const QStringList &excludedTables)
{
    if (connection.dialect() != Dialect::Postgres)
        return fail(ErrorCode::Usage, u"readPostgresSchema needs a PostgreSQL connection"_s);
    PostgresSchemaReader reader(connection, excludedTables);
    auto schema = reader.read();
    if (!schema)
        return fail(std::move(schema.error().addContext(u"reading the schema of %1"_s.arg(connection.url().redacted()))));
    return schema;
}

} // namespace strata
