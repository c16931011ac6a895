// SPDX-License-Identifier: MIT
#include "revisionspec.h"

#include "revisiongraph.h"

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

namespace {

Result<std::optional<int>> walk(const RevisionGraph &graph, int start, int offset, const QString &text)
{
    int current = start;
    for (int step = 0; step < std::abs(offset); ++step) {
        const Revision &revision = graph.at(current);
        if (offset > 0) {
            const QList<int> &next = graph.children(current);
            if (next.isEmpty())
                return fail(ErrorCode::Usage,
                            u"'%1' goes past head: %2 has no revision above it"_s.arg(text, revision.id),
                            u"use a smaller offset"_s);
            if (next.size() > 1)
                return fail(ErrorCode::Usage,
                            u"'%1' is ambiguous: %2 is a branch point (%3 follow it)"_s.arg(
                                text, revision.id, graph.describe(next)),
                            u"name the revision on the branch you mean"_s);
            current = next.first();
        } else {
            const QList<int> &previous = graph.parents(current);
            if (previous.isEmpty()) {
                if (step == std::abs(offset) - 1)
                    return std::optional<int>(); // one step below a base is base
                return fail(ErrorCode::Usage,
                            u"'%1' goes past base: %2 is a first revision"_s.arg(text, revision.id),
                            u"use a smaller offset, or 'base'"_s);
            }
            if (previous.size() > 1)
                return fail(ErrorCode::Usage,
                            u"'%1' is ambiguous: %2 is a merge of %3"_s.arg(text, revision.id,
                                                                               graph.describe(previous)),
                            u"name the parent revision you mean"_s);
            current = previous.first();
        }
    }
    return std::optional<int>(current);
}

} // namespace

Result<std::optional<int>> resolveRevision(const RevisionGraph &graph, const RevisionSpec &spec)
{
    switch (spec.kind) {
    case RevisionSpec::Kind::Revision: {
        STRATA_ASSIGN_OR_RETURN(index, graph.resolveId(spec.revision));
        return walk(graph, *index, spec.offset, spec.text);
    }
    case RevisionSpec::Kind::Head: {
        const QList<int> heads = graph.heads();
        if (heads.isEmpty())
            return fail(ErrorCode::Usage, u"there are no revisions yet"_s,
                        u"create one with 'strata makemigrations --empty -m MESSAGE'"_s);
        if (heads.size() > 1)
            return fail(ErrorCode::Usage,
                        u"there are %1 heads (%2); 'head' is ambiguous"_s.arg(heads.size()).arg(
                            graph.describe(heads)),
                        u"run 'strata merge -m \"merge heads\"' to join them, or 'strata migrate heads' to "
                        u"apply every branch"_s);
        return walk(graph, heads.first(), spec.offset, spec.text);
    }
    case RevisionSpec::Kind::Base: {
        if (spec.offset == 0)
            return std::optional<int>();
        const QList<int> bases = graph.bases();
        if (bases.isEmpty())
            return fail(ErrorCode::Usage, u"there are no revisions yet"_s);
        if (bases.size() > 1)
            return fail(ErrorCode::Usage,
                        u"'%1' is ambiguous: there are %2 bases (%3)"_s.arg(spec.text).arg(bases.size()).arg(
                            graph.describe(bases)),
                        u"name the revision you mean"_s);
        return walk(graph, bases.first(), spec.offset - 1, spec.text);
    }
    case RevisionSpec::Kind::Heads:
    case RevisionSpec::Kind::Relative:
        break;
    }
    return fail(ErrorCode::Usage, u"'%1' does not name a single revision"_s.arg(spec.text),
                u"give an id, a prefix, head, base or <rev>+N"_s);
}

} // namespace strata
