// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "common/statusstyle.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace strata::ui {

QList<ReviewItem> reviewItems(const RevisionGraph &graph, const LintReport &report, Dialect dialect)
{
    QList<ReviewItem> items;
    for (const RevisionFindings &revision : report.revisions) {
        const Revision &file = graph.at(revision.revision);
        for (const LintFinding &finding : revision.findings)
            items.append({finding, file.path, file.id, file.transactional, dialect});
    }
    return items;
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setItems(QList<ReviewItem> items)
{
    // Most severe first; within a severity, in the order they run.
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        return int(a.finding.severity) > int(b.finding.severity);
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const LintFinding &finding = item.finding;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn: return severityText(finding.severity);
        case RuleColumn: return finding.rule;
        case RevisionColumn: return item.revisionId;
        case LineColumn: return finding.line;
        case DetailColumn: return finding.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return QBrush(severityColor(finding.severity));
    if (role == Qt::ToolTipRole)
        return finding.statement.isEmpty() ? finding.detail : finding.detail + u"\n\n"_s + finding.statement;
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case RevisionColumn: return tr("Revision");
    case LineColumn: return tr("Line");
    case DetailColumn: return tr("Finding");
    }
    return {};
}

} // namespace strata::ui
