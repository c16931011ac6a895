// SPDX-License-Identifier: MIT
#include "connectionlistmodel.h"

#include "common/statusstyle.h"

namespace strata::ui {

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionListModel::setProfiles(QList<ConnectionProfile> profiles, QStringList shown)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    m_shown.clear();
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        m_shown.append(shown.contains(profile.name));
    endResetModel();
}

QStringList ConnectionListModel::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_shown.at(row))
            names.append(m_profiles.at(row).name);
    }
    return names;
}

int ConnectionListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).name == name)
            return row;
    }
    return -1;
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case ProductionRole: return profile.production;
    case EditableRole: return profile.isEditable();
    case NameRole: return profile.name;
    default: break;
    }
    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole: return profile.name;
        case Qt::CheckStateRole: return m_shown.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole: return profile.production ? QVariant(productionColor()) : QVariant();
        case Qt::ToolTipRole:
            return profile.isEditable() ? tr("Added in Strata Studio on this machine")
                                        : tr("From strata.toml: edit the file to change it, or duplicate it");
        default: return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return profile.url.redacted();
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Connection");
    case AddressColumn: return tr("Database");
    default: return {};
    }
}

Qt::ItemFlags ConnectionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool ConnectionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    const bool shown = value.toInt() == Qt::Checked;
    if (m_shown.at(index.row()) == shown)
        return true;
    m_shown[index.row()] = shown;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT shownConnectionsChanged(shownNames());
    return true;
}

} // namespace strata::ui
