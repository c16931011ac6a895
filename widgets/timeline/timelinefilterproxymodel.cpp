// SPDX-License-Identifier: MIT
#include "timelinefilterproxymodel.h"

#include "common/statusstyle.h"
#include "timelinemodel.h"

namespace strata::ui {

TimelineFilterProxyModel::TimelineFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Status refreshes change cells, not rows, but "pending only" depends on them.
    setDynamicSortFilter(true);
}

void TimelineFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TimelineFilterProxyModel::setPendingColumn(int column)
{
    m_pendingColumn = column;
    invalidateFilter();
}

bool TimelineFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_pendingColumn >= 0 && m_pendingColumn < source->columnCount(sourceParent)) {
        const QVariant kind = source->index(sourceRow, m_pendingColumn, sourceParent).data(TimelineModel::StatusKindRole);
        if (!kind.isValid() || StatusKind(kind.toInt()) != StatusKind::Pending)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {int(TimelineModel::RevisionColumn), int(TimelineModel::MessageColumn)}) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace strata::ui
