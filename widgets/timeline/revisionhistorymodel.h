// SPDX-License-Identifier: MIT
#pragma once

#include "database/historyrecord.h"

#include <QAbstractTableModel>

namespace strata::ui {

/// One revision's history rows from every shown connection: who applied or reverted it,
/// when, how long it took, and how it ended. Each connection's rows arrive on their own
/// (setRecords) and replace that connection's earlier rows.
class RevisionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConnectionColumn, ActionColumn, WhenColumn, ByColumn, DurationColumn, OutcomeColumn, ColumnCount };
    enum Role { SuccessRole = Qt::UserRole + 1 };

    explicit RevisionHistoryModel(QObject *parent = nullptr);

    /// Forgets every row and shows @p revisionId's from now on.
    void setRevision(const QString &revisionId);
    const QString &revisionId() const { return m_revisionId; }
    /// Replaces @p connection's rows; @p error explains why there are none.
    void setRecords(const QString &connection, const QList<HistoryRecord> &records, const QString &error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString connection;
        std::optional<HistoryRecord> record; ///< empty: an error row
        QString error;
    };

    QString m_revisionId;
    QList<Row> m_rows;
};

} // namespace strata::ui
