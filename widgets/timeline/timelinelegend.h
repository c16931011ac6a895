// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace strata::ui {

/// The key to the status cells: each kind's colour and word, its meaning as a tooltip.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);
};

} // namespace strata::ui
