// SPDX-License-Identifier: MIT
#include "revisionhistorymodel.h"

#include "common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace strata::ui {

RevisionHistoryModel::RevisionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevisionHistoryModel::setRevision(const QString &revisionId)
{
    beginResetModel();
    m_revisionId = revisionId;
    m_rows.clear();
    endResetModel();
}

void RevisionHistoryModel::setRecords(const QString &connection, const QList<HistoryRecord> &records,
                                      const QString &error)
{
    beginResetModel();
    m_rows.removeIf([&](const Row &row) { return row.connection == connection; });
    if (!error.isEmpty())
        m_rows.append({connection, std::nullopt, error});
    for (const HistoryRecord &record : records)
        m_rows.append({connection, record, {}});
    // Newest first across connections; error rows last.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.record.has_value() != b.record.has_value())
            return a.record.has_value();
        return a.record && a.record->appliedAt > b.record->appliedAt;
    });
    endResetModel();
}

int RevisionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevisionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.record) {
        if (role == SuccessRole)
            return false;
        if (role == Qt::ForegroundRole)
            return statusColor(StatusKind::Failed);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (index.column() == ConnectionColumn)
            return row.connection;
        return index.column() == OutcomeColumn ? tr("could not read the history: %1").arg(row.error) : QVariant();
    }
    const HistoryRecord &record = *row.record;
    if (role == SuccessRole)
        return record.success;
    if (role == Qt::ForegroundRole && !record.success)
        return statusColor(StatusKind::Failed);
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return record.success ? QVariant() : record.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ConnectionColumn: return row.connection;
    case ActionColumn: return record.direction;
    case WhenColumn: return record.appliedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ByColumn: return record.appliedBy;
    case DurationColumn: return tr("%1 ms").arg(record.durationMs);
    case OutcomeColumn: return record.success ? tr("ok") : tr("failed: %1").arg(record.error);
    default: return {};
    }
}

QVariant RevisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn: return tr("Connection");
    case ActionColumn: return tr("Action");
    case WhenColumn: return tr("When");
    case ByColumn: return tr("By");
    case DurationColumn: return tr("Duration");
    case OutcomeColumn: return tr("Outcome");
    default: return {};
    }
}

} // namespace strata::ui
