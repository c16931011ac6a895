// SPDX-License-Identifier: MIT
#include "revisionspec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace strata {

Result<RevisionSpec> RevisionSpec::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    RevisionSpec spec;
    spec.text = text.toString();
    const QString hint = u"a revision is an id, a prefix of 4+ characters, head, heads, base, +N, -N "
                         u"or <rev>+N / <rev>-N"_s;
    if (text.isEmpty())
        return fail(ErrorCode::Usage, u"empty revision argument"_s, hint);

    // Split "<word><sign><digits>"; a bare "+N"/"-N" has an empty word.
    QStringView word = text;
    const qsizetype sign = std::max(text.lastIndexOf(u'+'), text.lastIndexOf(u'-'));
    if (sign >= 0) {
        bool ok = false;
        const int amount = text.mid(sign + 1).toInt(&ok);
        const QStringView digits = text.mid(sign + 1);
        if (!ok || amount <= 0 || !digits.front().isDigit())
            return fail(ErrorCode::Usage, u"invalid revision argument '%1'"_s.arg(text), hint);
        spec.offset = text.at(sign) == u'+' ? amount : -amount;
        word = text.left(sign);
    }

    if (word.isEmpty()) {
        if (sign < 0)
            return fail(ErrorCode::Usage, u"invalid revision argument '%1'"_s.arg(text), hint);
        spec.kind = Kind::Relative;
    } else if (word == u"head") {
        spec.kind = Kind::Head;
    } else if (word == u"heads") {
        if (spec.offset != 0)
            return fail(ErrorCode::Usage, u"'heads' cannot take an offset"_s,
                        u"name one revision, e.g. head-1 or <rev>+1"_s);
        spec.kind = Kind::Heads;
    } else if (word == u"base") {
        if (spec.offset < 0)
            return fail(ErrorCode::Usage, u"nothing lies below base"_s, u"use base+N to count up from base"_s);
        spec.kind = Kind::Base;
    } else {
        for (QChar c : word) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
                return fail(ErrorCode::Usage, u"invalid revision argument '%1'"_s.arg(text), hint);
        }
        spec.kind = Kind::Revision;
        spec.revision = word.toString();
    }
    return spec;
}

} // namespace strata
