// SPDX-License-Identifier: MIT
#pragma once

#include "graph/revisiongraph.h"
#include "migrate/migrationstatus.h"
#include "timeline/lanelayout.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace strata::ui {

/// One connection's view of the project, shown as a status column of the timeline.
struct ConnectionStatus
{
    QString name;
    bool production = false;
    std::optional<StatusReport> report; ///< empty while unknown: not read yet, or reading failed
    QString error;                      ///< why there is no report
};

/// The revision timeline as a table: newest revision first, a lane column the delegate
/// draws, the revision's id, message and date, then one status column per connection.
/// Filled from value snapshots (setGraph, setConnections), each inside a reset.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GraphColumn, RevisionColumn, MessageColumn, CreatedColumn, FirstConnectionColumn };
    enum Role {
        LaneRowRole = Qt::UserRole + 1, ///< strata::LaneRow (GraphColumn)
        RevisionIdRole,                 ///< QString, every column
        RevisionStateRole,              ///< int(RevisionState), status columns; invalid when unknown
        IsHeadRole,                     ///< bool
        IsMergeRole,                    ///< bool
        ProductionRole,                 ///< bool, headerData of status columns
    };

    explicit TimelineModel(QObject *parent = nullptr);

    /// Replaces the revisions; lanes are laid out here, so views only draw.
    void setGraph(std::shared_ptr<const RevisionGraph> graph);
    /// Replaces the status columns.
    void setConnections(QList<ConnectionStatus> connections);

    /// The row showing @p revisionId, or -1.
    int rowOf(QStringView revisionId) const;
    /// The graph index of the revision on @p row.
    int revisionAt(int row) const { return m_lanes.at(row).revision; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(RevisionState state);

private:
    QVariant statusData(const ConnectionStatus &connection, int revision, int role) const;

    std::shared_ptr<const RevisionGraph> m_graph;
    QList<LaneRow> m_lanes;
    QList<ConnectionStatus> m_connections;
};

} // namespace strata::ui

Q_DECLARE_METATYPE(strata::LaneRow)
