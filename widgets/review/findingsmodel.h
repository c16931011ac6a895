// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "graph/revisiongraph.h"
#include "lint/lintservice.h"

#include <QAbstractTableModel>

namespace strata::ui {

/// A finding and the file it is in: what the review panel lists and a quick fix edits.
struct ReviewItem
{
    LintFinding finding;
    QString path;          ///< the revision file
    QString revisionId;
    bool transactional = true;
    Dialect dialect = Dialect::Postgres;
};

/// Every finding of @p report, each with the file of its revision in @p graph.
QList<ReviewItem> reviewItems(const RevisionGraph &graph, const LintReport &report, Dialect dialect);

/// The findings of one review, most severe first, then by revision and line: severity,
/// rule, revision, line, what was found.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, RevisionColumn, LineColumn, DetailColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setItems(QList<ReviewItem> items);
    const QList<ReviewItem> &items() const { return m_items; }
    const ReviewItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewItem> m_items;
};

} // namespace strata::ui
