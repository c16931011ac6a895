// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QAbstractTableModel>

namespace strata::ui {

/// The connection manager's list: every profile with its address, a check box for "show
/// as a status column in the timeline", and the production mark. Filled from a snapshot
/// (setProfiles); the check boxes are the only thing edited in place.
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, ColumnCount };
    enum Role {
        ProductionRole = Qt::UserRole + 1, ///< bool
        EditableRole,                      ///< bool: added by the user, not from strata.toml
        NameRole,                          ///< QString
    };

    explicit ConnectionListModel(QObject *parent = nullptr);

    void setProfiles(QList<ConnectionProfile> profiles, QStringList shown);
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    /// Names of the profiles shown in the timeline, in list order.
    QStringList shownNames() const;
    /// The row of the profile called @p name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void shownConnectionsChanged(const QStringList &names);

private:
    QList<ConnectionProfile> m_profiles;
    QList<bool> m_shown;
};

} // namespace strata::ui
