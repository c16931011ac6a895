// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace strata::ui {

/// Narrows the timeline to revisions whose id or message contains a text, and optionally
/// to those pending on one connection. Keeps the model's order (newest first); lanes
/// stay as laid out for the whole graph.
class TimelineFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Shows only revisions pending on the connection in status column @p column of the
    /// source model; -1 shows every revision.
    void setPendingColumn(int column);
    int pendingColumn() const { return m_pendingColumn; }
    bool isFiltering() const { return !m_text.isEmpty() || m_pendingColumn >= 0; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_pendingColumn = -1;
};

} // namespace strata::ui
