// SPDX-License-Identifier: MIT
#include "statusdelegate.h"

#include "common/statusstyle.h"
#include "timelinemodel.h"

#include <QPainter>

namespace strata::ui {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    painter->save();
    const QAbstractItemModel *model = index.model();
    if (model->headerData(index.column(), Qt::Horizontal, TimelineModel::ProductionRole).toBool())
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), productionColor());

    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant kindValue = index.data(TimelineModel::StatusKindRole);
    if (!kindValue.isValid()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        painter->restore();
        return;
    }
    const auto kind = StatusKind(kindValue.toInt());
    const QColor color = statusColor(kind);
    const QFontMetrics metrics(option.font);
    const int width = std::min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 10);
    const QRectF pill(option.rect.left() + 7, option.rect.top() + 3, width, option.rect.height() - 6);
    painter->setRenderHint(QPainter::Antialiasing);
    const bool strong = kind == StatusKind::Current || kind == StatusKind::Failed || kind == StatusKind::Edited
        || kind == StatusKind::MissingFile;
    QColor fill = color;
    fill.setAlpha(strong ? 255 : 60);
    painter->setPen(QPen(color, 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(strong ? QColor(Qt::white) : option.palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, int(pill.width()) - 8));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, 110));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace strata::ui
