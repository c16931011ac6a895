// SPDX-License-Identifier: MIT
#include "revisiongraph.h"

#include <algorithm>
#include <limits>
#include <vector>
#include <queue>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

Error fileError(const Revision &revision, int line, const QString &message, const QString &hint)
{
    Error error(ErrorCode::Integrity, message, hint);
    error.setLocation({revision.path, line});
    error.addContext(revision.path + u':' + QString::number(line));
    return error;
}

/// Names one cycle among @p remaining (revisions Kahn's algorithm could not order).
QStringList findCycle(const RevisionGraph &graph, const QList<QList<int>> &parents, const QList<bool> &remaining)
{
    // Walk parent links from any remaining revision: every remaining revision has a remaining
    // parent, so the walk must revisit a revision, and the loop from there is the cycle.
    int start = int(remaining.indexOf(true));
    QList<int> walk;
    QHash<int, qsizetype> seenAt;
    int current = start;
    while (!seenAt.contains(current)) {
        seenAt.insert(current, walk.size());
        walk.append(current);
        for (int parent : parents.at(current)) {
            if (remaining.at(parent)) {
                current = parent;
                break;
            }
        }
    }
    QStringList ids;
    for (qsizetype i = seenAt.value(current); i < walk.size(); ++i)
        ids.prepend(graph.at(walk.at(i)).id);
    ids.append(ids.first());
    return ids;
}

} // namespace

Result<RevisionGraph> RevisionGraph::build(QList<Revision> revisions)
{
    RevisionGraph graph;
    graph.m_revisions = std::move(revisions);
    const int count = graph.size();
    graph.m_index.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Revision &revision = graph.m_revisions.at(i);
        const auto existing = graph.m_index.constFind(revision.id);
        if (existing == graph.m_index.cend()) {
            graph.m_index.insert(revision.id, i);
        } else {
            const Revision &first = graph.m_revisions.at(existing.value());
            return fail(fileError(revision, revision.revisionLine,
                                  u"revision %1 is defined twice, also in %2"_s.arg(revision.id, first.path),
                                  u"give one of the files a new id (a copied file keeps its header; "
                                  u"'strata makemigrations --empty' makes fresh ones)"_s));
        }
    }

    graph.m_parents.resize(count);
    graph.m_children.resize(count);
    for (int i = 0; i < count; ++i) {
        const Revision &revision = graph.m_revisions.at(i);
        for (const QString &parentId : revision.parents) {
            const auto parent = graph.m_index.constFind(parentId);
            if (parent == graph.m_index.cend())
                return fail(fileError(revision, revision.downRevisionLine,
                                      u"down_revision names unknown revision '%1'"_s.arg(parentId),
                                      u"is that revision's file missing from the migrations directory "
                                      u"(deleted, or not yet pulled)? Restore it or fix down_revision"_s));
            graph.m_parents[i].append(parent.value());
            graph.m_children[parent.value()].append(i);
        }
    }

    // Kahn's algorithm with a deterministic tie-break: oldest created first, then by id.
    std::vector<qint64> createdMs(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime &created = graph.m_revisions.at(i).created;
        createdMs[i] = created.isValid() ? created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    auto later = [&graph, &createdMs](int a, int b) {
        if (createdMs[a] != createdMs[b])
            return createdMs[a] > createdMs[b];
        return graph.m_revisions.at(a).id > graph.m_revisions.at(b).id;
    };
    std::priority_queue<int, std::vector<int>, decltype(later)> ready(later);
    QList<int> pendingParents(count);
    for (int i = 0; i < count; ++i) {
        pendingParents[i] = int(graph.m_parents.at(i).size());
        if (pendingParents[i] == 0)
            ready.push(i);
    }
    graph.m_order.reserve(count);
    graph.m_position.resize(count);
    while (!ready.empty()) {
        const int next = ready.top();
        ready.pop();
        graph.m_position[next] = int(graph.m_order.size());
        graph.m_order.append(next);
        for (int child : graph.m_children.at(next)) {
            if (--pendingParents[child] == 0)
                ready.push(child);
        }
    }
    if (graph.m_order.size() != count) {
        QList<bool> remaining(count, true);
        for (int ordered : graph.m_order)
            remaining[ordered] = false;
        const QStringList cycle = findCycle(graph, graph.m_parents, remaining);
        const Revision &culprit = graph.m_revisions.at(*graph.indexOf(cycle.first()));
        return fail(fileError(culprit, culprit.downRevisionLine, u"revisions form a cycle: %1"_s.arg(cycle.join(u" -> "_s)),
                              u"a revision's down_revision must name an older revision; fix the "
                              u"down_revision lines of these files"_s));
    }

    return graph;
}

std::optional<int> RevisionGraph::indexOf(QStringView id) const
{
    const auto it = m_index.constFind(id.toString());
    if (it == m_index.cend())
        return std::nullopt;
    return it.value();
}

QList<int> RevisionGraph::heads() const
{
    QList<int> result;
    for (int index : m_order) {
        if (isHead(index))
            result.append(index);
    }
    return result;
}

QList<int> RevisionGraph::bases() const
{
    QList<int> result;
    for (int index : m_order) {
        if (isBase(index))
            result.append(index);
    }
    return result;
}

RevisionSet RevisionGraph::ancestors(const QList<int> &revisions) const
{
    RevisionSet set(size(), false);
    QList<int> stack = revisions;
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        if (set[current])
            continue;
        set[current] = true;
        stack.append(m_parents.at(current));
    }
    return set;
}

RevisionSet RevisionGraph::descendants(int revision) const
{
    RevisionSet set(size(), false);
    QList<int> stack = m_children.at(revision);
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        if (set[current])
            continue;
        set[current] = true;
        stack.append(m_children.at(current));
    }
    return set;
}

QList<int> RevisionGraph::headsOf(const RevisionSet &set) const
{
    QList<int> result;
    for (int index : m_order) {
        if (!set[index])
            continue;
        const QList<int> &kids = m_children.at(index);
        if (std::none_of(kids.begin(), kids.end(), [&set](int child) { return set[child]; }))
            result.append(index);
    }
    return result;
}

QString RevisionGraph::describe(const QList<int> &indices) const
{
    if (indices.isEmpty())
        return u"<base>"_s;
    QStringList ids;
    for (int index : indices)
        ids << m_revisions.at(index).id;
    return ids.join(u", "_s);
}

Result<int> RevisionGraph::resolveId(QStringView idOrPrefix) const
{
    if (const auto exact = indexOf(idOrPrefix))
        return *exact;
    const QString hint = u"run 'strata history' to list revisions"_s;
    if (idOrPrefix.size() < 4)
        return fail(ErrorCode::Usage, u"no revision '%1'"_s.arg(idOrPrefix),
                    u"a revision prefix needs at least 4 characters; "_s + hint);
    // A scan: one look-up per command costs less than keeping an index sorted by id.
    QList<int> matches;
    for (int index = 0; index < size(); ++index) {
        if (m_revisions.at(index).id.startsWith(idOrPrefix))
            matches.append(index);
    }
    if (matches.isEmpty())
        return fail(ErrorCode::Usage, u"no revision '%1'"_s.arg(idOrPrefix), hint);
    if (matches.size() > 1) {
        QStringList ids;
        for (int index : matches)
            ids << m_revisions.at(index).id;
        return fail(ErrorCode::Usage,
                    u"revision prefix '%1' is ambiguous: %2"_s.arg(idOrPrefix, ids.join(u", "_s)),
                    u"type more characters of the id"_s);
    }
    return matches.first();
}

} // namespace strata
