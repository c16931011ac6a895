// SPDX-License-Identifier: MIT
#pragma once

#include "revision/revision.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace strata {

/// A set of revisions, one flag per graph index.
using RevisionSet = std::vector<bool>;

/// The DAG of a project's revisions (DESIGN §3): several bases, branches and merges are
/// legal; duplicates, unknown parents and cycles are rejected by build(). Immutable after
/// build, so it can be shared across threads. Revisions are addressed by index.
class RevisionGraph
{
public:
    RevisionGraph() = default;

    /// Validates and indexes @p revisions. Errors (ErrorCode::Integrity) name the files.
    static Result<RevisionGraph> build(QList<Revision> revisions);

    int size() const { return int(m_revisions.size()); }
    bool isEmpty() const { return m_revisions.isEmpty(); }
    const Revision &at(int index) const { return m_revisions.at(index); }
    const QList<Revision> &revisions() const { return m_revisions; }
    std::optional<int> indexOf(QStringView id) const;

    const QList<int> &parents(int index) const { return m_parents.at(index); }
    const QList<int> &children(int index) const { return m_children.at(index); }
    bool isHead(int index) const { return m_children.at(index).isEmpty(); }
    bool isBase(int index) const { return m_parents.at(index).isEmpty(); }

    /// Parents before children; ties broken by created time, then id, so the order is the
    /// same on every machine.
    const QList<int> &topologicalOrder() const { return m_order; }
    int topologicalPosition(int index) const { return m_position.at(index); }

    /// Revisions without children / without parents, in topological order.
    QList<int> heads() const;
    QList<int> bases() const;

    /// @p revisions and all their ancestors.
    RevisionSet ancestors(const QList<int> &revisions) const;
    /// Every descendant of @p revision, the revision itself excluded.
    RevisionSet descendants(int revision) const;
    /// Members of @p set none of whose children are members, in topological order.
    QList<int> headsOf(const RevisionSet &set) const;

    /// The ids of @p indices joined with ", ", or "<base>" for none: for messages.
    QString describe(const QList<int> &indices) const;

    /// A full id or a unique prefix of at least 4 characters (ErrorCode::Usage otherwise).
    Result<int> resolveId(QStringView idOrPrefix) const;

private:
    QList<Revision> m_revisions;
    QHash<QString, int> m_index;
    QList<QList<int>> m_parents;
    QList<QList<int>> m_children;
    QList<int> m_order;
    QList<int> m_position;
};

} // namespace strata
