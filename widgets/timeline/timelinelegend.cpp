// SPDX-License-Identifier: MIT
#include "timelinelegend.h"

#include "common/statusstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace strata::ui {

namespace {
QPixmap swatch(const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(12, 12) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(120));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return pixmap;
}
} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (StatusKind kind : allStatusKinds()) {
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch(statusColor(kind), devicePixelRatioF()));
        auto *text = new QLabel(statusName(kind), this);
        icon->setToolTip(statusDescription(kind));
        text->setToolTip(statusDescription(kind));
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(8);
    }
    auto *production = new QLabel(this);
    production->setPixmap(swatch(productionColor(), devicePixelRatioF()));
    auto *productionText = new QLabel(tr("production connection"), this);
    productionText->setToolTip(tr("Columns of production connections carry a red band; actions on them ask first."));
    layout->addWidget(production);
    layout->addWidget(productionText);
    layout->addStretch();
}

} // namespace strata::ui
