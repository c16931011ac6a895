// SPDX-License-Identifier: MIT
#pragma once

#include "backup/backupmanifest.h"

#include <QAbstractTableModel>

namespace strata::ui {

/// The revisions a backup's database was at, for lists and messages: "a1, b2", or "base".
QString revisionsText(const BackupManifest &backup);

/// The backups of one connection, newest first, as their manifests describe them: when,
/// the revisions the database was at, size, whether the last check read it whole, pinned.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, RevisionsColumn, SizeColumn, VerifiedColumn, PinnedColumn, IdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BackupListModel(QObject *parent = nullptr);

    void setBackups(QList<BackupManifest> backups);
    const QList<BackupManifest> &backups() const { return m_backups; }
    const BackupManifest &backup(int row) const { return m_backups.at(row); }
    /// The row of backup @p id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupManifest> m_backups;
};

} // namespace strata::ui
