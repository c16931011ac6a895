// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace strata::ui {

/// The timeline's table: the lane and status delegates, uniform rows (so only the visible
/// rows are ever measured or painted, even for 10,000 revisions), keyboard navigation by
/// row, and sensible column widths.
class TimelineView : public QTreeView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// Sizes the graph column to @p laneCount lanes and the others to their content.
    void fitColumns(int laneCount);
};

} // namespace strata::ui
