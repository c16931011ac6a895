// SPDX-License-Identifier: MIT
#include "logmodel.h"

#include "common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace strata::ui {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

void LogModel::append(const LogEntry &entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &entry = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 [%2] %3"_s.arg(entry.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s), entry.logger, entry.message);
    case Qt::ForegroundRole:
        if (entry.level >= 4)
            return statusColor(StatusKind::Failed);
        return entry.level == 3 ? QVariant(statusColor(StatusKind::Edited)) : QVariant();
    case TimeRole: return entry.time;
    case LoggerRole: return entry.logger;
    case LevelRole: return entry.level;
    case MessageRole: return entry.message;
    default: return {};
    }
}

} // namespace strata::ui
