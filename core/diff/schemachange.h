// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"

#include <variant>

namespace strata {

/// One step from one schema to another, carrying everything both directions need: a
/// drop keeps the dropped object, so that its inverse can create it again. Value types.
namespace change {

struct CreateNamespace { QString name; };
struct DropNamespace { QString name; };
struct CreateExtension { Extension extension; };
struct DropExtension { Extension extension; };
struct CreateEnum { EnumType type; };
struct DropEnum { EnumType type; };
struct AlterEnum { EnumType from; EnumType to; };
struct CreateDomain { Domain domain; };
struct DropDomain { Domain domain; };
struct AlterDomain { Domain from; Domain to; }; ///< same base type
struct CreateFunction { Function function; };
struct DropFunction { Function function; };
struct ReplaceFunction { Function from; Function to; }; ///< same signature: CREATE OR REPLACE
struct CreateSequence { Sequence sequence; };
struct DropSequence { Sequence sequence; };
struct AlterSequence { Sequence from; Sequence to; };
struct CreateTable { Table table; };
struct DropTable { Table table; };
struct AddColumn { QString schema; QString table; Column column; };
struct DropColumn { QString schema; QString table; Column column; };
struct AlterColumn { QString schema; QString table; Column from; Column to; };
using Constraint = std::variant<PrimaryKey, UniqueConstraint, CheckConstraint, ExclusionConstraint, ForeignKey>;
struct AddConstraint { QString schema; QString table; Constraint constraint; };
struct DropConstraint { QString schema; QString table; Constraint constraint; };
struct CreateIndex { QString schema; QString table; Index index; };
struct DropIndex { QString schema; QString table; Index index; };
struct CommentOnTable { QString schema; QString table; QString from; QString to; };
struct SetTableOptions { QString schema; QString table; QStringList from; QStringList to; }; ///< SQLite
struct CreateView { View view; };
struct DropView { View view; };
struct CreateTrigger { Trigger trigger; };
struct DropTrigger { Trigger trigger; };
/// Only on the user's word (`--rename`): Strata never guesses a rename.
struct RenameTable { QString schema; QString from; QString to; };
struct RenameColumn { QString schema; QString table; QString from; QString to; };

} // namespace change

using SchemaChange = std::variant<change::CreateNamespace, change::DropNamespace, change::CreateExtension,
                                  change::DropExtension, change::CreateEnum, change::DropEnum, change::AlterEnum, change::CreateDomain,
                                  change::DropDomain, change::AlterDomain, change::CreateFunction,
                                  change::DropFunction, change::ReplaceFunction, change::CreateSequence,
                                  change::DropSequence, change::AlterSequence, change::CreateTable, change::DropTable,
                                  change::AddColumn, change::DropColumn, change::AlterColumn, change::AddConstraint,
                                  change::DropConstraint, change::CreateIndex, change::DropIndex,
                                  change::CommentOnTable, change::SetTableOptions, change::CreateView, change::DropView,
                                  change::CreateTrigger, change::DropTrigger, change::RenameTable,
                                  change::RenameColumn>;

/// Whether @p change needs the enum type rebuilt (values removed or reordered) rather than
/// values added with ALTER TYPE ... ADD VALUE: then every column, index, check and view
/// over the type is converted or rebuilt with it.
bool isEnumRebuild(const change::AlterEnum &change);

/// The change that undoes @p change: a create's drop, an alter's alter back.
SchemaChange inverse(const SchemaChange &change);

/// Whether applying @p change can lose data: dropping a table or column, or changing a
/// column's type. The summary lists these apart, with a warning.
bool isDestructive(const SchemaChange &change);

/// One line of makemigrations' summary: "+ table orders", "~ users: + column email text",
/// "- index users_name_idx", "~ type mood: values sad, ok -> sad, ok, happy".
QString describe(const SchemaChange &change);

} // namespace strata
