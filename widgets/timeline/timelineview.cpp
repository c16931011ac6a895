// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "lanedelegate.h"
#include "statusdelegate.h"
#include "timelinemodel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace strata::ui {

TimelineView::TimelineView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"timelineView"_s);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setItemDelegateForColumn(TimelineModel::GraphColumn, new LaneDelegate(this));
    setItemDelegate(new StatusDelegate(this));
    auto *defaultDelegate = new QStyledItemDelegate(this);
    for (int column : {TimelineModel::RevisionColumn, TimelineModel::MessageColumn, TimelineModel::CreatedColumn})
        setItemDelegateForColumn(column, defaultDelegate);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
}

void TimelineView::fitColumns(int laneCount)
{
    if (!model())
        return;
    const QFontMetrics metrics(font());
    setColumnWidth(TimelineModel::GraphColumn, std::max(laneCount * LaneDelegate::LaneWidth + 8, 40));
    setColumnWidth(TimelineModel::RevisionColumn, metrics.horizontalAdvance(u"0123456789abcd"_s) + 12);
    setColumnWidth(TimelineModel::MessageColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 44);
    setColumnWidth(TimelineModel::CreatedColumn, metrics.horizontalAdvance(u"2026-01-01 00:00"_s) + 16);
    for (int column = TimelineModel::FirstConnectionColumn; column < model()->columnCount(); ++column)
        setColumnWidth(column, std::max(metrics.horizontalAdvance(u"current head"_s) + 40,
                                        metrics.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString())
                                            + 30));
}

} // namespace strata::ui
