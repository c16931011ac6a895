// SPDX-License-Identifier: MIT
#include "typechange.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

constexpr int Unlimited = std::numeric_limits<int>::max();

/// int2, int4, int8: how many decimal digits every value fits in.
int integerDigits(const QString &name)
{
    return name == u"int2"_s ? 5 : name == u"int4"_s ? 10 : name == u"int8"_s ? 19 : 0;
}

/// Bits of integer precision a float keeps exactly.
int floatMantissaBits(const QString &name)
{
    return name == u"float4"_s ? 24 : name == u"float8"_s ? 53 : 0;
}

int integerBits(const QString &name)
{
    return name == u"int2"_s ? 16 : name == u"int4"_s ? 32 : name == u"int8"_s ? 64 : 0;
}

bool isString(const QString &name)
{
    return name == u"text"_s || name == u"varchar"_s || name == u"bpchar"_s;
}

/// Characters a string type holds; text, and varchar or char written without a length, hold any.
int stringLength(const ColumnType &type)
{
    return type.name == u"text"_s || type.modifiers.isEmpty() ? Unlimited : type.modifiers.first();
}

/// numeric(p, s): digits before the point and after it; numeric alone holds any.
struct NumericShape
{
    int whole = Unlimited;
    int fraction = Unlimited;
};

NumericShape numericShape(const ColumnType &type)
{
    if (type.modifiers.isEmpty())
        return {};
    const int precision = type.modifiers.value(0);
    const int scale = type.modifiers.value(1);
    return {precision - scale, scale};
}

bool isTime(const QString &name)
{
    return name == u"timestamp"_s || name == u"timestamptz"_s || name == u"time"_s || name == u"timetz"_s;
}

bool hasDate(const QString &name)
{
    return name == u"timestamp"_s || name == u"timestamptz"_s || name == u"date"_s;
}

bool hasTimeOfDay(const QString &name)
{
    return isTime(name);
}

/// Fractional digits of seconds a time type keeps: 6 unless written.
int secondsPrecision(const ColumnType &type)
{
    return type.modifiers.isEmpty() ? 6 : type.modifiers.first();
}

QString numberNarrowing(const ColumnType &from, const ColumnType &to)
{
    const QString &a = from.name;
    const QString &b = to.name;
    if (integerDigits(a) && integerDigits(b))
        return integerDigits(b) < integerDigits(a) ? u"values beyond its range are refused"_s : QString();
    if (integerDigits(a) && b == u"numeric"_s)
        return numericShape(to).whole < integerDigits(a) ? u"values with more whole digits are refused"_s : QString();
    if (integerDigits(a) && floatMantissaBits(b))
        return floatMantissaBits(b) < integerBits(a) - 1 ? u"large values are rounded"_s : QString();
    if (a == u"numeric"_s && b == u"numeric"_s) {
        const NumericShape was = numericShape(from);
        const NumericShape will = numericShape(to);
        if (will.fraction < was.fraction)
            return u"decimals are rounded away"_s;
        return will.whole < was.whole ? u"values with more whole digits are refused"_s : QString();
    }
    if (a == u"numeric"_s && integerDigits(b)) {
        const NumericShape was = numericShape(from);
        if (was.fraction > 0)
            return u"decimals are rounded away"_s;
        return was.whole >= integerDigits(b) ? u"values beyond its range are refused"_s : QString();
    }
    if (a == u"numeric"_s && floatMantissaBits(b))
        return u"exact decimals become binary approximations"_s;
    if (floatMantissaBits(a) && integerDigits(b))
        return u"fractions are rounded away"_s;
    if (floatMantissaBits(a) && floatMantissaBits(b))
        return floatMantissaBits(b) < floatMantissaBits(a) ? u"values lose precision"_s : QString();
    if (floatMantissaBits(a) && b == u"numeric"_s)
        return to.modifiers.isEmpty() ? QString() : u"values are rounded to its precision or refused"_s;
    return {};
}

QString timeNarrowing(const ColumnType &from, const ColumnType &to)
{
    const QString &a = from.name;
    const QString &b = to.name;
    if (hasDate(a) && !hasDate(b))
        return u"the date is dropped"_s;
    if (hasTimeOfDay(a) && !hasTimeOfDay(b))
        return u"the time of day is dropped"_s;
    if (hasTimeOfDay(a) && hasTimeOfDay(b) && secondsPrecision(to) < secondsPrecision(from))
        return u"fractions of a second are rounded away"_s;
    return {};
}

} // namespace

ColumnType canonicalType(ColumnType type)
{
    static const QHash<QString, QString> aliases{
        {u"serial"_s, u"int4"_s},      {u"serial4"_s, u"int4"_s}, {u"bigserial"_s, u"int8"_s},
        {u"serial8"_s, u"int8"_s},     {u"smallserial"_s, u"int2"_s}, {u"serial2"_s, u"int2"_s},
        {u"integer"_s, u"int4"_s},     {u"bigint"_s, u"int8"_s},  {u"smallint"_s, u"int2"_s},
        {u"decimal"_s, u"numeric"_s},  {u"real"_s, u"float4"_s},  {u"boolean"_s, u"bool"_s}};
    type.name = aliases.value(type.name, type.name);
    return type;
}

QString displayType(const ColumnType &type)
{
    static const QHash<QString, QString> names{{u"int2"_s, u"smallint"_s},  {u"int4"_s, u"integer"_s},
                                               {u"int8"_s, u"bigint"_s},    {u"float4"_s, u"real"_s},
                                               {u"float8"_s, u"double precision"_s}, {u"bpchar"_s, u"char"_s},
                                               {u"bool"_s, u"boolean"_s}};
    QString text = names.value(type.name, type.name);
    if (!type.modifiers.isEmpty()) {
        QStringList modifiers;
        for (int modifier : type.modifiers)
            modifiers << QString::number(modifier);
        text += u'(' + modifiers.join(u',') + u')';
    }
    return type.array ? text + u"[]"_s : text;
}

QString narrowing(const ColumnType &from, const ColumnType &to)
{
    if (from.array != to.array || from == to)
        return {};
    if (isString(from.name) && isString(to.name))
        return stringLength(to) < stringLength(from) ? u"longer values are refused or cut"_s : QString();
    if ((hasDate(from.name) || hasTimeOfDay(from.name)) && (hasDate(to.name) || hasTimeOfDay(to.name)))
        return timeNarrowing(from, to);
    return numberNarrowing(from, to);
}

bool changesCatalogOnly(const ColumnType &from, const ColumnType &to)
{
    if (from.array != to.array)
        return false;
    if (from == to)
        return true;
    const auto textLike = [](const QString &name) { return name == u"text"_s || name == u"varchar"_s; };
    if (textLike(from.name) && textLike(to.name))
        return stringLength(to) >= stringLength(from);
    if (from.name == u"numeric"_s && to.name == u"numeric"_s) {
        if (to.modifiers.isEmpty())
            return true;
        const NumericShape was = numericShape(from);
        const NumericShape will = numericShape(to);
        return !from.modifiers.isEmpty() && will.fraction == was.fraction && will.whole >= was.whole;
    }
    if (from.name == u"varbit"_s && to.name == u"varbit"_s)
        return to.modifiers.isEmpty() || (!from.modifiers.isEmpty() && to.modifiers.first() >= from.modifiers.first());
    if (isTime(from.name) && from.name == to.name)
        return secondsPrecision(to) >= secondsPrecision(from);
    return from.name == u"cidr"_s && to.name == u"inet"_s;
}

} // namespace strata
