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
/// Version-table rows that name no revision file come first, as rows of their own with
/// no lane, so that a "missing file" is as visible as a pending revision.
/// Filled from value snapshots (setGraph, setConnections) inside resets; a refreshed
/// status of one connection only changes its column (setConnectionStatus).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GraphColumn, RevisionColumn, MessageColumn, CreatedColumn, FirstConnectionColumn };
    enum Role {
        LaneRowRole = Qt::UserRole + 1, ///< strata::LaneRow (GraphColumn); invalid on missing-file rows
        RevisionIdRole,                 ///< QString, every column
        StatusKindRole,                 ///< int(StatusKind), status columns; invalid when unknown or blank
        IsHeadRole,                     ///< bool
        IsMergeRole,                    ///< bool
        IsMissingFileRole,              ///< bool: a version-table row with no revision file
        ProductionRole,                 ///< bool, headerData of status columns
    };

    explicit TimelineModel(QObject *parent = nullptr);

    /// Replaces the revisions; lanes are laid out here, so views only draw.
    void setGraph(std::shared_ptr<const RevisionGraph> graph);
    const RevisionGraph *graph() const { return m_graph.get(); }
    /// The most lanes any row uses: the graph column's width in lanes.
    int laneCount() const { return m_laneCount; }
    /// Replaces the status columns.
    void setConnections(QList<ConnectionStatus> connections);
    /// Replaces the status column of connection @p index.
    void setConnectionStatus(int index, ConnectionStatus connection);
    const QList<ConnectionStatus> &connections() const { return m_connections; }

    /// The row showing @p revisionId, or -1.
    int rowOf(QStringView revisionId) const;
    /// The graph index of the revision on @p row; -1 on a missing-file row.
    int revisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList missingFileIds() const;
    QVariant revisionData(const QModelIndex &index, int role) const;
    QVariant missingFileData(const QModelIndex &index, int role) const;
    QVariant statusData(const ConnectionStatus &connection, int revision, int role) const;

    std::shared_ptr<const RevisionGraph> m_graph;
    QList<LaneRow> m_lanes;
    QList<ConnectionStatus> m_connections;
    QStringList m_missingFiles; ///< union over connections, in first-seen order
    int m_laneCount = 1;
};

} // namespace strata::ui

Q_DECLARE_METATYPE(strata::LaneRow)
