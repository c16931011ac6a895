// SPDX-License-Identifier: MIT
#include "schemajson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace strata::SchemaJson {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

template<typename T, typename Convert>
QJsonArray array(const QList<T> &items, Convert convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

template<typename T, typename Convert>
QList<T> list(const QJsonValue &value, Convert convert)
{
    QList<T> items;
    for (const QJsonValue &item : value.toArray())
        items.append(convert(item.toObject()));
    return items;
}

QJsonObject column(const Column &c)
{
    return {{u"name"_s, c.name},
            {u"type"_s, c.type},
            {u"notNull"_s, c.notNull},
            {u"default"_s, c.defaultExpression},
            {u"identity"_s, int(c.identity)},
            {u"generated"_s, c.generatedExpression},
            {u"generatedVirtual"_s, c.generatedVirtual},
            {u"collation"_s, c.collation},
            {u"comment"_s, c.comment}};
}

Column column(const QJsonObject &o)
{
    Column c;
    c.name = o[u"name"_s].toString();
    c.type = o[u"type"_s].toString();
    c.notNull = o[u"notNull"_s].toBool();
    c.defaultExpression = o[u"default"_s].toString();
    c.identity = Column::Identity(o[u"identity"_s].toInt());
    c.generatedExpression = o[u"generated"_s].toString();
    c.generatedVirtual = o[u"generatedVirtual"_s].toBool();
    c.collation = o[u"collation"_s].toString();
    c.comment = o[u"comment"_s].toString();
    return c;
}

QJsonObject foreignKey(const ForeignKey &k)
{
    return {{u"name"_s, k.name},
            {u"columns"_s, strings(k.columns)},
            {u"referencedSchema"_s, k.referencedSchema},
            {u"referencedTable"_s, k.referencedTable},
            {u"referencedColumns"_s, strings(k.referencedColumns)},
            {u"onUpdate"_s, k.onUpdate},
            {u"onDelete"_s, k.onDelete},
            {u"deferrable"_s, k.deferrable},
            {u"initiallyDeferred"_s, k.initiallyDeferred}};
}

ForeignKey foreignKey(const QJsonObject &o)
{
    ForeignKey k;
    k.name = o[u"name"_s].toString();
    k.columns = strings(o[u"columns"_s]);
    k.referencedSchema = o[u"referencedSchema"_s].toString();
    k.referencedTable = o[u"referencedTable"_s].toString();
    k.referencedColumns = strings(o[u"referencedColumns"_s]);
    k.onUpdate = o[u"onUpdate"_s].toString();
    k.onDelete = o[u"onDelete"_s].toString();
    k.deferrable = o[u"deferrable"_s].toBool();
    k.initiallyDeferred = o[u"initiallyDeferred"_s].toBool();
    return k;
}

QJsonObject index(const Index &i)
{
    return {{u"name"_s, i.name},         {u"unique"_s, i.unique},           {u"method"_s, i.method},
            {u"keys"_s, strings(i.keys)}, {u"included"_s, strings(i.included)}, {u"predicate"_s, i.predicate},
            {u"definition"_s, i.definition}};
}

Index index(const QJsonObject &o)
{
    return {o[u"name"_s].toString(),      o[u"unique"_s].toBool(),       o[u"method"_s].toString(),
            strings(o[u"keys"_s]),        strings(o[u"included"_s]),     o[u"predicate"_s].toString(),
            o[u"definition"_s].toString()};
}

QJsonObject table(const Table &t)
{
    QJsonObject o{{u"schema"_s, t.schema},
                  {u"name"_s, t.name},
                  {u"columns"_s, array(t.columns, [](const Column &c) { return column(c); })},
                  {u"uniques"_s, array(t.uniques, [](const UniqueConstraint &u) {
                       return QJsonObject{{u"name"_s, u.name},
                                          {u"columns"_s, strings(u.columns)},
                                          {u"deferrable"_s, u.deferrable},
                                          {u"initiallyDeferred"_s, u.initiallyDeferred}};
                   })},
                  {u"checks"_s, array(t.checks, [](const CheckConstraint &c) {
                       return QJsonObject{{u"name"_s, c.name}, {u"expression"_s, c.expression}};
                   })},
                  {u"exclusions"_s, array(t.exclusions, [](const ExclusionConstraint &x) {
                       return QJsonObject{{u"name"_s, x.name}, {u"definition"_s, x.definition}};
                   })},
                  {u"foreignKeys"_s, array(t.foreignKeys, [](const ForeignKey &k) { return foreignKey(k); })},
                  {u"indexes"_s, array(t.indexes, [](const Index &i) { return index(i); })},
                  {u"comment"_s, t.comment},
                  {u"options"_s, strings(t.options)}};
    if (t.primaryKey)
        o.insert(u"primaryKey"_s,
                 QJsonObject{{u"name"_s, t.primaryKey->name}, {u"columns"_s, strings(t.primaryKey->columns)}});
    return o;
}

Table table(const QJsonObject &o)
{
    Table t;
    t.schema = o[u"schema"_s].toString();
    t.name = o[u"name"_s].toString();
    t.columns = list<Column>(o[u"columns"_s], [](const QJsonObject &c) { return column(c); });
    if (o.contains(u"primaryKey"_s)) {
        const QJsonObject key = o[u"primaryKey"_s].toObject();
        t.primaryKey = PrimaryKey{key[u"name"_s].toString(), strings(key[u"columns"_s])};
    }
    t.uniques = list<UniqueConstraint>(o[u"uniques"_s], [](const QJsonObject &u) {
        return UniqueConstraint{u[u"name"_s].toString(), strings(u[u"columns"_s]), u[u"deferrable"_s].toBool(),
                                u[u"initiallyDeferred"_s].toBool()};
    });
    t.checks = list<CheckConstraint>(o[u"checks"_s], [](const QJsonObject &c) {
        return CheckConstraint{c[u"name"_s].toString(), c[u"expression"_s].toString()};
    });
    t.exclusions = list<ExclusionConstraint>(o[u"exclusions"_s], [](const QJsonObject &x) {
        return ExclusionConstraint{x[u"name"_s].toString(), x[u"definition"_s].toString()};
    });
    t.foreignKeys = list<ForeignKey>(o[u"foreignKeys"_s], [](const QJsonObject &k) { return foreignKey(k); });
    t.indexes = list<Index>(o[u"indexes"_s], [](const QJsonObject &i) { return index(i); });
    t.comment = o[u"comment"_s].toString();
    t.options = strings(o[u"options"_s]);
    return t;
}

} // namespace

QJsonObject toJson(const Schema &schema)
{
    return {
        {u"format"_s, 2},
        {u"namespaces"_s, strings(schema.namespaces)},
        {u"extensions"_s, array(schema.extensions, [](const Extension &e) {
             return QJsonObject{{u"name"_s, e.name}, {u"schema"_s, e.schema}};
         })},
        {u"enums"_s, array(schema.enums, [](const EnumType &e) {
             return QJsonObject{{u"schema"_s, e.schema}, {u"name"_s, e.name}, {u"values"_s, strings(e.values)},
                                {u"comment"_s, e.comment}};
         })},
        {u"domains"_s, array(schema.domains, [](const Domain &d) {
             return QJsonObject{{u"schema"_s, d.schema},
                                {u"name"_s, d.name},
                                {u"baseType"_s, d.baseType},
                                {u"notNull"_s, d.notNull},
                                {u"default"_s, d.defaultExpression},
                                {u"checks"_s, array(d.checks, [](const CheckConstraint &c) {
                                     return QJsonObject{{u"name"_s, c.name}, {u"expression"_s, c.expression}};
                                 })}};
         })},
        {u"sequences"_s, array(schema.sequences, [](const Sequence &s) {
             return QJsonObject{{u"schema"_s, s.schema},
                                {u"name"_s, s.name},
                                {u"type"_s, s.type},
                                {u"start"_s, QString::number(s.start)},
                                {u"increment"_s, QString::number(s.increment)},
                                {u"minimum"_s, QString::number(s.minimum)},
                                {u"maximum"_s, QString::number(s.maximum)},
                                {u"cache"_s, QString::number(s.cache)},
                                {u"cycle"_s, s.cycle},
                                {u"ownedBy"_s, s.ownedBy}};
         })},
        {u"functions"_s, array(schema.functions, [](const Function &f) {
             return QJsonObject{{u"schema"_s, f.schema},         {u"name"_s, f.name},
                                {u"arguments"_s, f.arguments},   {u"definition"_s, f.definition},
                                {u"procedure"_s, f.procedure}};
         })},
        {u"tables"_s, array(schema.tables, [](const Table &t) { return table(t); })},
        {u"views"_s, array(schema.views, [](const View &v) {
             return QJsonObject{{u"schema"_s, v.schema},         {u"name"_s, v.name},
                                {u"definition"_s, v.definition}, {u"materialized"_s, v.materialized},
                                {u"comment"_s, v.comment},       {u"tables"_s, strings(v.tables)},
                                {u"columns"_s, strings(v.columns)}};
         })},
        {u"untracked"_s, strings(schema.untracked)},
        {u"triggers"_s, array(schema.triggers, [](const Trigger &t) {
             return QJsonObject{{u"schema"_s, t.schema}, {u"name"_s, t.name}, {u"table"_s, t.table},
                                {u"definition"_s, t.definition}};
         })},
    };
}

Result<Schema> fromJson(const QJsonObject &json)
{
    if (json[u"format"_s].toInt() != 2)
        return fail(ErrorCode::Io, u"not a schema written by this version of Strata"_s);
    Schema schema;
    schema.namespaces = strings(json[u"namespaces"_s]);
    schema.extensions = list<Extension>(json[u"extensions"_s], [](const QJsonObject &e) {
        return Extension{e[u"name"_s].toString(), e[u"schema"_s].toString()};
    });
    schema.enums = list<EnumType>(json[u"enums"_s], [](const QJsonObject &e) {
        return EnumType{e[u"schema"_s].toString(), e[u"name"_s].toString(), strings(e[u"values"_s]),
                        e[u"comment"_s].toString()};
    });
    schema.domains = list<Domain>(json[u"domains"_s], [](const QJsonObject &d) {
        return Domain{d[u"schema"_s].toString(), d[u"name"_s].toString(), d[u"baseType"_s].toString(),
                      d[u"notNull"_s].toBool(), d[u"default"_s].toString(),
                      list<CheckConstraint>(d[u"checks"_s], [](const QJsonObject &c) {
                          return CheckConstraint{c[u"name"_s].toString(), c[u"expression"_s].toString()};
                      })};
    });
    // 64-bit numbers travel as strings: a JSON double cannot hold them all.
    schema.sequences = list<Sequence>(json[u"sequences"_s], [](const QJsonObject &s) {
        return Sequence{s[u"schema"_s].toString(),
                        s[u"name"_s].toString(),
                        s[u"type"_s].toString(),
                        s[u"start"_s].toString().toLongLong(),
                        s[u"increment"_s].toString().toLongLong(),
                        s[u"minimum"_s].toString().toLongLong(),
                        s[u"maximum"_s].toString().toLongLong(),
                        s[u"cache"_s].toString().toLongLong(),
                        s[u"cycle"_s].toBool(),
                        s[u"ownedBy"_s].toString()};
    });
    schema.functions = list<Function>(json[u"functions"_s], [](const QJsonObject &f) {
        return Function{f[u"schema"_s].toString(), f[u"name"_s].toString(), f[u"arguments"_s].toString(),
                        f[u"definition"_s].toString(), f[u"procedure"_s].toBool()};
    });
    schema.tables = list<Table>(json[u"tables"_s], [](const QJsonObject &t) { return table(t); });
    schema.views = list<View>(json[u"views"_s], [](const QJsonObject &v) {
        return View{v[u"schema"_s].toString(),    v[u"name"_s].toString(),    v[u"definition"_s].toString(),
                    v[u"materialized"_s].toBool(), v[u"comment"_s].toString(), strings(v[u"tables"_s]),
                    strings(v[u"columns"_s])};
    });
    schema.untracked = strings(json[u"untracked"_s]);
    schema.triggers = list<Trigger>(json[u"triggers"_s], [](const QJsonObject &t) {
        return Trigger{t[u"schema"_s].toString(), t[u"name"_s].toString(), t[u"table"_s].toString(),
                       t[u"definition"_s].toString()};
    });
    return schema;
}

} // namespace strata::SchemaJson
