// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

/// The schema model that autogenerate compares (DESIGN §5): one shape for PostgreSQL and
/// SQLite, filled by introspection, never by parsing the user's DDL. Names are kept as the
/// database stores them; expressions (defaults, checks, predicates, view bodies) as the
/// database prints them back, so that two databases of the same server compare equal
/// exactly when they hold the same objects. Value types, ordered by name.

struct Column
{
    enum class Identity { None, Always, ByDefault };

    QString name;
    QString type;               ///< with modifiers: "character varying(80)", "numeric(10,2)", "integer[]"
    bool notNull = false;
    QString defaultExpression;  ///< empty when none
    Identity identity = Identity::None;
    QString generatedExpression; ///< a generated column's expression; empty otherwise
    bool generatedVirtual = false; ///< SQLite's VIRTUAL generated column (PostgreSQL 15 stores them all)
    QString collation;          ///< only when it differs from the type's default
    QString comment;

    friend bool operator==(const Column &, const Column &) = default;
};

struct PrimaryKey
{
    QString name;
    QStringList columns;

    friend bool operator==(const PrimaryKey &, const PrimaryKey &) = default;
};

struct UniqueConstraint
{
    QString name;
    QStringList columns;
    bool deferrable = false;
    bool initiallyDeferred = false;

    friend bool operator==(const UniqueConstraint &, const UniqueConstraint &) = default;
};

struct CheckConstraint
{
    QString name;
    QString expression; ///< as the database prints it: "(price > (0)::numeric)"

    friend bool operator==(const CheckConstraint &, const CheckConstraint &) = default;
};

/// PostgreSQL's EXCLUDE constraint, kept as the server prints it.
struct ExclusionConstraint
{
    QString name;
    QString definition; ///< "EXCLUDE USING gist (room WITH =, during WITH &&)"

    friend bool operator==(const ExclusionConstraint &, const ExclusionConstraint &) = default;
};

struct ForeignKey
{
    QString name;
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    QString onUpdate = QStringLiteral("NO ACTION"); ///< NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onDelete = QStringLiteral("NO ACTION");
    bool deferrable = false;
    bool initiallyDeferred = false;

    friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

/// An index that no constraint owns (those of primary keys and unique constraints are
/// part of the constraint).
struct Index
{
    QString name;
    bool unique = false;
    QString method = QStringLiteral("btree");
    QStringList keys;      ///< columns or expressions, as the database prints them
    QStringList included;  ///< INCLUDE columns
    QString predicate;     ///< a partial index's WHERE; empty otherwise
    QString definition;    ///< the whole CREATE INDEX statement as the database prints it

    friend bool operator==(const Index &, const Index &) = default;
};

struct Table
{
    QString schema; ///< "public"; "main" on SQLite
    QString name;
    QList<Column> columns; ///< in their order in the table
    std::optional<PrimaryKey> primaryKey;
    QList<UniqueConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ExclusionConstraint> exclusions;
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes;
    QString comment;
    QStringList options; ///< SQLite's table options as written after the columns: "WITHOUT ROWID", "STRICT"

    const Column *column(const QString &name) const;
    const Index *index(const QString &name) const;

    /// Column order does not count: PostgreSQL can only append a column, so a column that
    /// is dropped and added back (a downgrade) comes back last; the table is the same.
    friend bool operator==(const Table &a, const Table &b);
};

struct View
{
    QString schema;
    QString name;
    QString definition; ///< the SELECT, as the database prints it
    bool materialized = false;
    QString comment;
    QStringList tables; ///< "schema.name" of every table and view it reads, sorted: what must not change under it
    QStringList columns; ///< SQLite: the names listed after the view's own, "CREATE VIEW v (a, b) AS ..."

    friend bool operator==(const View &, const View &) = default;
};

struct Sequence
{
    QString schema;
    QString name;
    QString type = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minimum = 1;
    qint64 maximum = 0;
    qint64 cache = 1;
    bool cycle = false;
    QString ownedBy; ///< "table.column" of a serial column; empty when free-standing

    friend bool operator==(const Sequence &, const Sequence &) = default;
};

struct EnumType
{
    QString schema;
    QString name;
    QStringList values; ///< in their sort order
    QString comment;

    friend bool operator==(const EnumType &, const EnumType &) = default;
};

/// A PostgreSQL domain: a base type with a default, NOT NULL and checks of its own.
struct Domain
{
    QString schema;
    QString name;
    QString baseType; ///< with modifiers: "numeric(10,2)"
    bool notNull = false;
    QString defaultExpression;
    QList<CheckConstraint> checks; ///< expressions as pg_get_constraintdef prints them, without CHECK

    friend bool operator==(const Domain &, const Domain &) = default;
};

/// A PostgreSQL extension and the schema its objects live in.
struct Extension
{
    QString name;
    QString schema;

    friend bool operator==(const Extension &, const Extension &) = default;
};

/// A PostgreSQL function or procedure, kept whole as pg_get_functiondef prints it.
struct Function
{
    QString schema;
    QString name;
    QString arguments;  ///< the identity arguments that tell overloads apart: "integer, text"
    QString definition; ///< "CREATE OR REPLACE FUNCTION ..." in full
    bool procedure = false;

    friend bool operator==(const Function &, const Function &) = default;
};

/// A trigger, kept whole: its CREATE TRIGGER statement as SQLite stores it or as
/// pg_get_triggerdef prints it. Dropping a table drops its triggers, so a SQLite table
/// rebuild must create them again.
struct Trigger
{
    QString schema;
    QString name;
    QString table;      ///< the table or view it fires on
    QString definition; ///< the whole CREATE TRIGGER statement

    friend bool operator==(const Trigger &, const Trigger &) = default;
};

struct Schema
{
    QStringList namespaces; ///< PostgreSQL schemas besides "public", sorted (CREATE SCHEMA)
    QList<Extension> extensions; ///< PostgreSQL extensions besides plpgsql, by name
    QList<EnumType> enums;
    QList<Domain> domains;
    QList<Sequence> sequences;
    QList<Function> functions;
    QList<Table> tables;
    QList<View> views;
    QList<Trigger> triggers;
    /// What the database holds that this model does not describe ("policy p on t",
    /// "composite type money_pair"): never diffed, only reported, so that makemigrations
    /// can say what it leaves to a hand-written migration.
    QStringList untracked;

    const Table *table(const QString &schema, const QString &name) const;
    const View *view(const QString &schema, const QString &name) const;
    const EnumType *enumType(const QString &schema, const QString &name) const;
    const Domain *domain(const QString &schema, const QString &name) const;
    const Sequence *sequence(const QString &schema, const QString &name) const;
    /// A function by its signature: overloads differ in their identity arguments.
    const Function *function(const QString &schema, const QString &name, const QString &arguments) const;
    bool isEmpty() const
    {
        return namespaces.isEmpty() && extensions.isEmpty() && enums.isEmpty() && domains.isEmpty() && sequences.isEmpty() && functions.isEmpty() && tables.isEmpty() && views.isEmpty() && triggers.isEmpty();
    }

    friend bool operator==(const Schema &, const Schema &) = default;
};

} // namespace strata
