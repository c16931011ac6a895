// SPDX-License-Identifier: MIT
#include "backuplistmodel.h"

#include "common/statusstyle.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace strata::ui {

QString revisionsText(const BackupManifest &backup)
{
    return backup.revisions.isEmpty() ? BackupListModel::tr("base") : backup.revisions.join(u", "_s);
}

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setBackups(QList<BackupManifest> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).id == id)
            return row;
    }
    return -1;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BackupManifest &backup = m_backups.at(index.row());
    if (role == IdRole)
        return backup.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CreatedColumn: return QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat);
        case RevisionsColumn: return revisionsText(backup);
        case SizeColumn: return QLocale().formattedDataSize(backup.size);
        case VerifiedColumn:
            return backup.verified ? tr("verified") : backup.verifiedAt.isValid() ? tr("FAILED") : tr("not checked");
        case PinnedColumn: return backup.pinned ? tr("pinned") : QString();
        case IdColumn: return backup.id;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == VerifiedColumn && !backup.verified)
        return severityColor(Severity::Error);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case VerifiedColumn:
            return backup.verifiedAt.isValid()
                ? tr("Last checked %1: %2").arg(QLocale().toString(backup.verifiedAt.toLocalTime(), QLocale::ShortFormat),
                                               backup.verified ? tr("its SHA-256 matched and all of it read back")
                                                               : tr("it did not read back; never restore it"))
                : QString();
        case PinnedColumn:
            return tr("Pinned backups are kept by [backup].keep: the newest pinned one of a connection is never "
                      "deleted. Backups taken before a migration are pinned.");
        default:
            return tr("%1\n%2, %3\ntaken with %4 in %5 ms")
                .arg(backup.id, backup.url, backupFormatName(backup.format), backup.tool)
                .arg(backup.durationMs);
        }
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Created");
    case RevisionsColumn: return tr("Revision");
    case SizeColumn: return tr("Size");
    case VerifiedColumn: return tr("Verified");
    case PinnedColumn: return tr("Pinned");
    case IdColumn: return tr("Id");
    }
    return {};
}

} // namespace strata::ui
