// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

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
    endResetModel();
}

void TimelineModel::setConnections(QList<ConnectionStatus> connections)
{
    beginResetModel();
    m_connections = std::move(connections);
    endResetModel();
}

int TimelineModel::rowOf(QStringView revisionId) const
{
    if (!m_graph)
        return -1;
    const std::optional<int> index = m_graph->indexOf(revisionId);
    if (!index)
        return -1;
    for (int row = 0; row < m_lanes.size(); ++row) {
        if (m_lanes.at(row).revision == *index)
            return row;
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstConnectionColumn + int(m_connections.size());
}

QString TimelineModel::stateName(RevisionState state)
{
    switch (state) {
    case RevisionState::Failed: return tr("failed");
    case RevisionState::Edited: return tr("edited after apply");
    case RevisionState::Current: return tr("current");
    case RevisionState::Applied: return tr("applied");
    case RevisionState::Pending: return tr("pending");
    }
    return {};
}

QVariant TimelineModel::statusData(const ConnectionStatus &connection, int revision, int role) const
{
    if (!connection.report) {
        if (role == Qt::DisplayRole)
            return u"?"_s;
        if (role == Qt::ToolTipRole)
            return connection.error.isEmpty() ? tr("status not read yet") : connection.error;
        return {};
    }
    const RevisionStatus &status = connection.report->revisions.at(revision);
    switch (role) {
    case Qt::DisplayRole:
        return stateName(status.state());
    case RevisionStateRole:
        return int(status.state());
    case Qt::ToolTipRole:
        if (status.failed && status.lastRecord)
            return status.lastRecord->error;
        return stateName(status.state());
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_graph)
        return {};
    const LaneRow &lanes = m_lanes.at(index.row());
    const Revision &revision = m_graph->at(lanes.revision);
    switch (role) {
    case RevisionIdRole:
        return revision.id;
    case IsHeadRole:
        return m_graph->isHead(lanes.revision);
    case IsMergeRole:
        return revision.isMerge();
    default:
        break;
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
    case CreatedColumn: return revision.created.isValid() ? revision.created.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    default: return {};
    }
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
        if (role == Qt::ToolTipRole)
            return connection.report ? connection.report->database : connection.error;
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
