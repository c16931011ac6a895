// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace strata::ui {

/// Draws a status cell of the timeline as a coloured pill with its word, and a red band
/// down the left edge of a production connection's column.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace strata::ui
