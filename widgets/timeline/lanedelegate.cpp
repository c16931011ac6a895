// SPDX-License-Identifier: MIT
#include "lanedelegate.h"

#include "timelinemodel.h"

#include <QPainter>
#include <QPainterPath>

namespace strata::ui {

QColor LaneDelegate::laneColor(int lane)
{
    static const QColor colors[] = {QColor(0x3b, 0x82, 0xc4), QColor(0xd9, 0x7b, 0x29), QColor(0x4c, 0xa8, 0x6a),
                                    QColor(0xb1, 0x4f, 0xb8), QColor(0xc8, 0x4d, 0x4d), QColor(0x2a, 0xa1, 0xa8),
                                    QColor(0x9a, 0x8c, 0x2e), QColor(0x6d, 0x6d, 0xc9)};
    return colors[lane % int(std::size(colors))];
}

void LaneDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Selection and hover backgrounds as the style draws them; then the graph on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariant value = index.data(TimelineModel::LaneRowRole);
    if (!value.isValid())
        return;
    const auto row = value.value<LaneRow>();
    const QRect rect = option.rect;
    const auto x = [&](int lane) { return rect.left() + LaneWidth / 2.0 + lane * LaneWidth; };
    const qreal top = rect.top();
    const qreal bottom = rect.bottom() + 1;
    const qreal middle = rect.center().y() + 0.5;
    const QPointF node(x(row.lane), middle);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    const auto pen = [](int lane) { return QPen(laneColor(lane), 2.0, Qt::SolidLine, Qt::RoundCap); };
    for (int lane : row.passing) {
        painter->setPen(pen(lane));
        painter->drawLine(QPointF(x(lane), top), QPointF(x(lane), bottom));
    }
    // Lines into the node come from its children above, lines out go to its parents below;
    // a line changing lanes bends as a curve, like git history views draw it.
    const auto curve = [&](QPointF from, QPointF to, int lane) {
        painter->setPen(pen(lane));
        QPainterPath path(from);
        const qreal bend = (to.y() - from.y()) / 2;
        path.cubicTo(QPointF(from.x(), from.y() + bend), QPointF(to.x(), to.y() - bend), to);
        painter->drawPath(path);
    };
    for (int lane : row.incoming)
        curve(QPointF(x(lane), top), node, lane);
    for (int lane : row.outgoing)
        curve(node, QPointF(x(lane), bottom), lane);

    const bool isMerge = index.data(TimelineModel::IsMergeRole).toBool();
    const bool isHead = index.data(TimelineModel::IsHeadRole).toBool();
    const QColor color = laneColor(row.lane);
    const qreal radius = isHead ? 5.5 : 4.5;
    // On a selected row the lane colour may match the highlight: ring the node in the
    // highlight's text colour so that it stays visible.
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? option.palette.color(QPalette::HighlightedText) : color, 2.0));
    painter->setBrush(isMerge ? option.palette.color(QPalette::Base) : color);
    painter->drawEllipse(node, radius, radius);
    if (isMerge) {
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(node, 2.0, 2.0);
    }
    painter->restore();
}

QSize LaneDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(TimelineModel::LaneRowRole);
    const int lanes = value.isValid() ? value.value<LaneRow>().width : 1;
    // Rows are as tall as the status pills need (StatusDelegate), so the graph lines join up.
    return {lanes * LaneWidth + 4, option.fontMetrics.height() + 8};
}

} // namespace strata::ui
