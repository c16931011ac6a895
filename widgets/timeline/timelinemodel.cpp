// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace strata::ui {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setGraph(std::shared_ptr<const RevisionGraph> graph)
{
    beginResetModel();
    m_graph = std::move(graph);
    m_lanes = m_graph ? layoutLanes(*m_graph) : QList<LaneRow>();
    m_laneCount = 1;
    for (const LaneRow &row : std::as_const(m_lanes))
        m_laneCount = std::max(m_laneCount, row.width);
    // Reports read against the old graph index revisions differently: they are stale.
    for (ConnectionStatus &connection : m_connections)
        connection.report.reset();
    m_missingFiles.clear();
    endResetModel();
}

void TimelineModel::setConnections(QList<ConnectionStatus> connections)
{
    beginResetModel();
    m_connections = std::move(connections);
    m_missingFiles = missingFileIds();
    endResetModel();
}

void TimelineModel::setConnectionStatus(int index, ConnectionStatus connection)
{
    Q_ASSERT(index >= 0 && index < m_connections.size());
    const bool headerChanged = m_connections.at(index).name != connection.name
        || m_connections.at(index).production != connection.production;
    m_connections[index] = std::move(connection);
    const QStringList missing = missingFileIds();
    if (missing != m_missingFiles) {
        // Rows come or go: a reset is the honest signal.
        beginResetModel();
        m_missingFiles = missing;
        endResetModel();
        return;
    }
    const int column = FirstConnectionColumn + index;
    if (rowCount() > 0)
        Q_EMIT dataChanged(this->index(0, column), this->index(rowCount() - 1, column));
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
}

QStringList TimelineModel::missingFileIds() const
{
    QStringList ids;
    for (const ConnectionStatus &connection : m_connections) {
        if (!connection.report)
            continue;
        for (const QString &id : connection.report->missingFiles()) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

int TimelineModel::rowOf(QStringView revisionId) const
{
    if (const qsizetype missing = m_missingFiles.indexOf(revisionId); missing >= 0)
        return int(missing);
    if (!m_graph)
        return -1;
    const std::optional<int> index = m_graph->indexOf(revisionId);
    if (!index)
        return -1;
    for (int row = 0; row < m_lanes.size(); ++row) {
        if (m_lanes.at(row).revision == *index)
            return int(m_missingFiles.size()) + row;
    }
    return -1;
}

int TimelineModel::revisionAt(int row) const
{
    const int laneRow = row - int(m_missingFiles.size());
    return laneRow < 0 ? -1 : m_lanes.at(laneRow).revision;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_missingFiles.size() + m_lanes.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstConnectionColumn + int(m_connections.size());
}

QVariant TimelineModel::statusData(const ConnectionStatus &connection, int revision, int role) const
{
    if (!connection.report) {
        if (role == Qt::DisplayRole)
            return u"?"_s;
        if (role == Qt::ToolTipRole)
            return connection.error.isEmpty() ? tr("Status not read yet") : connection.error;
        return {};
    }
    const RevisionStatus &status = connection.report->revisions.at(revision);
    const StatusKind kind = statusKind(status.state());
    switch (role) {
    case Qt::DisplayRole:
        return statusName(kind);
    case StatusKindRole:
        return int(kind);
    case Qt::ToolTipRole:
        if (status.failed && status.lastRecord)
            return tr("%1 on %2: %3").arg(statusName(kind), connection.name, status.lastRecord->error);
        return tr("%1 on %2. %3").arg(statusName(kind), connection.name, statusDescription(kind));
    default:
        return {};
    }
}

QVariant TimelineModel::missingFileData(const QModelIndex &index, int role) const
{
    const QString &id = m_missingFiles.at(index.row());
    switch (role) {
    case RevisionIdRole: return id;
    case IsMissingFileRole: return true;
    case IsHeadRole:
    case IsMergeRole: return false;
    default: break;
    }
    const int column = index.column();
    if (column >= FirstConnectionColumn) {
        const ConnectionStatus &connection = m_connections.at(column - FirstConnectionColumn);
        if (!connection.report || !connection.report->missingFiles().contains(id))
            return {};
        if (role == Qt::DisplayRole)
            return statusName(StatusKind::MissingFile);
        if (role == StatusKindRole)
            return int(StatusKind::MissingFile);
        if (role == Qt::ToolTipRole)
            return statusDescription(StatusKind::MissingFile);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RevisionColumn: return id;
    case MessageColumn: return tr("(no revision file with this id in the project)");
    default: return {};
    }
}

QVariant TimelineModel::revisionData(const QModelIndex &index, int role) const
{
    const LaneRow &lanes = m_lanes.at(index.row() - m_missingFiles.size());
    const Revision &revision = m_graph->at(lanes.revision);
    switch (role) {
    case RevisionIdRole: return revision.id;
    case IsHeadRole: return m_graph->isHead(lanes.revision);
    case IsMergeRole: return revision.isMerge();
    case IsMissingFileRole: return false;
    default: break;
    }
    const int column = index.column();
    if (column >= FirstConnectionColumn)
        return statusData(m_connections.at(column - FirstConnectionColumn), lanes.revision, role);
    if (column == GraphColumn)
        return role == LaneRowRole ? QVariant::fromValue(lanes) : QVariant();
    if (role == Qt::ToolTipRole && column == RevisionColumn)
        return revision.path;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RevisionColumn: return revision.id;
    case MessageColumn: return revision.message;
    case CreatedColumn:
        return revision.created.isValid() ? revision.created.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    default: return {};
    }
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() < m_missingFiles.size())
        return missingFileData(index, role);
    return revisionData(index, role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstConnectionColumn) {
        const ConnectionStatus &connection = m_connections.at(section - FirstConnectionColumn);
        if (role == Qt::DisplayRole)
            return connection.name;
        if (role == ProductionRole)
            return connection.production;
        if (role == Qt::ForegroundRole && connection.production)
            return productionColor();
        if (role == Qt::ToolTipRole) {
            const QString where = connection.report ? connection.report->database : connection.error;
            return connection.production ? tr("Production connection: %1").arg(where) : where;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GraphColumn: return tr("Graph");
    case RevisionColumn: return tr("Revision");
    case MessageColumn: return tr("Message");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace strata::ui
