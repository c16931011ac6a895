// SPDX-License-Identifier: MIT
#include "schemachange.h"

#include "util/overloaded.h"

using namespace Qt::StringLiterals;

namespace strata {

namespace {

QString qualified(const QString &schema, const QString &name)
{
    return schema == u"public"_s || schema == u"main"_s || schema.isEmpty() ? name : schema + u'.' + name;
}

QString constraintText(const change::Constraint &constraint)
{
    return std::visit(Overloaded{
                          [](const PrimaryKey &key) { return u"primary key (%1)"_s.arg(key.columns.join(u", "_s)); },
                          [](const UniqueConstraint &unique) {
                              return u"unique %1(%2)"_s.arg(unique.name.isEmpty() ? QString() : unique.name + u' ',
                                                            unique.columns.join(u", "_s));
                          },
                          [](const CheckConstraint &check) {
                              return u"check %1%2"_s.arg(check.name.isEmpty() ? QString() : check.name + u' ',
                                                         check.expression);
                          },
                          [](const ExclusionConstraint &exclusion) {
                              return u"%1 %2"_s.arg(exclusion.name, exclusion.definition);
                          },
                          [](const ForeignKey &key) {
                              return u"foreign key %1(%2) -> %3(%4)"_s.arg(
                                  key.name.isEmpty() ? QString() : key.name + u' ', key.columns.join(u", "_s),
                                  qualified(key.referencedSchema, key.referencedTable),
                                  key.referencedColumns.join(u", "_s));
                          },
                      },
                      constraint);
}

QString columnText(const Column &column)
{
    QString text = column.name + u' ' + column.type;
    if (column.notNull)
        text += u" not null"_s;
    if (!column.defaultExpression.isEmpty())
        text += u" default "_s + column.defaultExpression;
    return text;
}

} // namespace

bool isEnumRebuild(const change::AlterEnum &change)
{
    QStringList kept = change.to.values;
    kept.removeIf([&](const QString &value) { return !change.from.values.contains(value); });
    return kept != change.from.values;
}

SchemaChange inverse(const SchemaChange &change)
{
    using namespace strata::change;
    return std::visit(
        Overloaded{
            [](const CreateNamespace &c) -> SchemaChange { return DropNamespace{c.name}; },
            [](const DropNamespace &c) -> SchemaChange { return CreateNamespace{c.name}; },
            [](const CreateExtension &c) -> SchemaChange { return DropExtension{c.extension}; },
            [](const DropExtension &c) -> SchemaChange { return CreateExtension{c.extension}; },
            [](const CreateEnum &c) -> SchemaChange { return DropEnum{c.type}; },
            [](const DropEnum &c) -> SchemaChange { return CreateEnum{c.type}; },
            [](const AlterEnum &c) -> SchemaChange { return AlterEnum{c.to, c.from}; },
            [](const CreateDomain &c) -> SchemaChange { return DropDomain{c.domain}; },
            [](const DropDomain &c) -> SchemaChange { return CreateDomain{c.domain}; },
            [](const AlterDomain &c) -> SchemaChange { return AlterDomain{c.to, c.from}; },
            [](const CreateFunction &c) -> SchemaChange { return DropFunction{c.function}; },
            [](const DropFunction &c) -> SchemaChange { return CreateFunction{c.function}; },
            [](const ReplaceFunction &c) -> SchemaChange { return ReplaceFunction{c.to, c.from}; },
            [](const CreateSequence &c) -> SchemaChange { return DropSequence{c.sequence}; },
            [](const DropSequence &c) -> SchemaChange { return CreateSequence{c.sequence}; },
            [](const AlterSequence &c) -> SchemaChange { return AlterSequence{c.to, c.from}; },
            [](const CreateTable &c) -> SchemaChange { return DropTable{c.table}; },
            [](const DropTable &c) -> SchemaChange { return CreateTable{c.table}; },
            [](const AddColumn &c) -> SchemaChange { return DropColumn{c.schema, c.table, c.column}; },
            [](const DropColumn &c) -> SchemaChange { return AddColumn{c.schema, c.table, c.column}; },
            [](const AlterColumn &c) -> SchemaChange { return AlterColumn{c.schema, c.table, c.to, c.from}; },
            [](const AddConstraint &c) -> SchemaChange { return DropConstraint{c.schema, c.table, c.constraint}; },
            [](const DropConstraint &c) -> SchemaChange { return AddConstraint{c.schema, c.table, c.constraint}; },
            [](const CreateIndex &c) -> SchemaChange { return DropIndex{c.schema, c.table, c.index}; },
            [](const DropIndex &c) -> SchemaChange { return CreateIndex{c.schema, c.table, c.index}; },
            [](const CommentOnTable &c) -> SchemaChange { return CommentOnTable{c.schema, c.table, c.to, c.from}; },
            [](const SetTableOptions &c) -> SchemaChange { return SetTableOptions{c.schema, c.table, c.to, c.from}; },
            [](const CreateView &c) -> SchemaChange { return DropView{c.view}; },
            [](const DropView &c) -> SchemaChange { return CreateView{c.view}; },
            [](const CreateTrigger &c) -> SchemaChange { return DropTrigger{c.trigger}; },
            [](const DropTrigger &c) -> SchemaChange { return CreateTrigger{c.trigger}; },
            [](const RenameTable &c) -> SchemaChange { return RenameTable{c.schema, c.to, c.from}; },
            [](const RenameColumn &c) -> SchemaChange { return RenameColumn{c.schema, c.table, c.to, c.from}; },
        },
        change);
}

bool isDestructive(const SchemaChange &change)
{
    if (std::holds_alternative<change::DropTable>(change) || std::holds_alternative<change::DropColumn>(change)
        || std::holds_alternative<change::DropNamespace>(change))
        return true;
    if (const auto *alter = std::get_if<change::AlterColumn>(&change))
        return alter->from.type != alter->to.type;
    if (const auto *alter = std::get_if<change::AlterEnum>(&change)) {
        // Removing a value loses the rows that hold it.
        for (const QString &value : alter->from.values) {
            if (!alter->to.values.contains(value))
                return true;
        }
    }
    return false;
}

QString describe(const SchemaChange &change)
{
    using namespace strata::change;
    return std::visit(
        Overloaded{
            [](const CreateNamespace &c) -> QString { return u"+ schema "_s + c.name; },
            [](const DropNamespace &c) -> QString { return u"- schema "_s + c.name; },
            [](const CreateExtension &c) -> QString { return u"+ extension "_s + c.extension.name; },
            [](const DropExtension &c) -> QString { return u"- extension "_s + c.extension.name; },
            [](const CreateEnum &c) { return u"+ type %1 (%2)"_s.arg(qualified(c.type.schema, c.type.name), c.type.values.join(u", "_s)); },
            [](const DropEnum &c) { return u"- type %1"_s.arg(qualified(c.type.schema, c.type.name)); },
            [](const AlterEnum &c) {
                return u"~ type %1: values %2 -> %3"_s.arg(qualified(c.to.schema, c.to.name), c.from.values.join(u", "_s),
                                                          c.to.values.join(u", "_s));
            },
            [](const CreateDomain &c) -> QString {
                return u"+ domain %1 (%2)"_s.arg(qualified(c.domain.schema, c.domain.name), c.domain.baseType);
            },
            [](const DropDomain &c) -> QString { return u"- domain "_s + qualified(c.domain.schema, c.domain.name); },
            [](const AlterDomain &c) -> QString { return u"~ domain "_s + qualified(c.to.schema, c.to.name); },
            [](const CreateFunction &c) -> QString {
                return u"+ function %1(%2)"_s.arg(qualified(c.function.schema, c.function.name), c.function.arguments);
            },
            [](const DropFunction &c) -> QString {
                return u"- function %1(%2)"_s.arg(qualified(c.function.schema, c.function.name), c.function.arguments);
            },
            [](const ReplaceFunction &c) -> QString {
                return u"~ function %1(%2)"_s.arg(qualified(c.to.schema, c.to.name), c.to.arguments);
            },
            [](const CreateSequence &c) { return u"+ sequence %1"_s.arg(qualified(c.sequence.schema, c.sequence.name)); },
            [](const DropSequence &c) { return u"- sequence %1"_s.arg(qualified(c.sequence.schema, c.sequence.name)); },
            [](const AlterSequence &c) { return u"~ sequence %1"_s.arg(qualified(c.to.schema, c.to.name)); },
            [](const CreateTable &c) { return u"+ table %1"_s.arg(qualified(c.table.schema, c.table.name)); },
            [](const DropTable &c) { return u"- table %1"_s.arg(qualified(c.table.schema, c.table.name)); },
            [](const AddColumn &c) { return u"~ %1: + column %2"_s.arg(qualified(c.schema, c.table), columnText(c.column)); },
            [](const DropColumn &c) { return u"~ %1: - column %2"_s.arg(qualified(c.schema, c.table), c.column.name); },
            [](const AlterColumn &c) {
                return u"~ %1: ~ column %2 -> %3"_s.arg(qualified(c.schema, c.table), columnText(c.from), columnText(c.to));
            },
            [](const AddConstraint &c) { return u"~ %1: + %2"_s.arg(qualified(c.schema, c.table), constraintText(c.constraint)); },
            [](const DropConstraint &c) { return u"~ %1: - %2"_s.arg(qualified(c.schema, c.table), constraintText(c.constraint)); },
            [](const CreateIndex &c) { return u"+ index %1 on %2"_s.arg(c.index.name, qualified(c.schema, c.table)); },
            [](const DropIndex &c) { return u"- index %1"_s.arg(c.index.name); },
            [](const CommentOnTable &c) { return u"~ %1: comment"_s.arg(qualified(c.schema, c.table)); },
            [](const SetTableOptions &c) -> QString {
                const auto text = [](const QStringList &options) {
                    return options.isEmpty() ? u"(none)"_s : options.join(u", "_s);
                };
                return u"~ %1: options %2 -> %3"_s.arg(qualified(c.schema, c.table), text(c.from), text(c.to));
            },
            [](const CreateView &c) { return u"+ view %1"_s.arg(qualified(c.view.schema, c.view.name)); },
            [](const DropView &c) { return u"- view %1"_s.arg(qualified(c.view.schema, c.view.name)); },
            [](const CreateTrigger &c) {
                return u"+ trigger %1 on %2"_s.arg(c.trigger.name, qualified(c.trigger.schema, c.trigger.table));
            },
            [](const DropTrigger &c) { return u"- trigger %1"_s.arg(c.trigger.name); },
            [](const RenameTable &c) {
                return u"~ table %1 renamed to %2"_s.arg(qualified(c.schema, c.from), c.to);
            },
            [](const RenameColumn &c) {
                return u"~ %1: column %2 renamed to %3"_s.arg(qualified(c.schema, c.table), c.from, c.to);
            },
        },
        change);
}

} // namespace strata
