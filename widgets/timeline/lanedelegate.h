// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace strata::ui {

/// Draws the graph column of the timeline from the LaneRow the model hands out: lines
/// passing through, lines into and out of the node, and the node (a ring for a merge, a
/// larger dot for a head). Decides nothing about the layout; core did.
class LaneDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int LaneWidth = 16;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of lane @p lane: a fixed cycle, so a branch keeps its colour.
    static QColor laneColor(int lane);
};

} // namespace strata::ui
