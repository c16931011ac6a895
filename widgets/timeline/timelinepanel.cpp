// SPDX-License-Identifier: MIT
#include "timelinepanel.h"

#include "timelinefilterproxymodel.h"
#include "timelinelegend.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

TimelinePanel::TimelinePanel(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new TimelineFilterProxyModel(this))
    , m_view(new TimelineView(this))
    , m_text(new QLineEdit(this))
    , m_pendingOn(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);

    m_text->setObjectName(u"timelineFilter"_s);
    m_text->setPlaceholderText(tr("Filter by id or message (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_pendingOn->setObjectName(u"pendingOn"_s);
    m_pendingOn->setToolTip(tr("Show only the revisions pending on one connection"));
    auto *head = new QPushButton(tr("Jump to &head"), this);
    head->setObjectName(u"jumpToHead"_s);
    m_count->setObjectName(u"timelineCount"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 2);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_pendingOn, 1);
    bar->addWidget(head);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(new TimelineLegend(this));

    connect(m_text, &QLineEdit::textChanged, m_filter, &TimelineFilterProxyModel::setText);
    connect(m_pendingOn, &QComboBox::activated, this, [this] {
        m_filter->setPendingColumn(m_pendingOn->currentData().toInt());
    });
    connect(head, &QPushButton::clicked, this, &TimelinePanel::jumpToHead);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentRevisionChanged(currentRevisionId()); });
    connect(m_view, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        if (index.column() >= TimelineModel::FirstConnectionColumn)
            Q_EMIT connectionPicked(m_filter->headerData(index.column(), Qt::Horizontal).toString());
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(TimelineModel::RevisionIdRole).toString();
        if (index.column() < TimelineModel::FirstConnectionColumn && !id.isEmpty())
            Q_EMIT revisionActivated(id);
    });
    const auto modelChanged = [this] {
        updateConnectionChoices();
        m_view->fitColumns(m_model->laneCount());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, modelChanged);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TimelinePanel::updateConnectionChoices);
    const auto countChanged = [this] {
        m_count->setText(m_filter->isFiltering() ? tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount())
                                                 : tr("%n revision(s)", nullptr, m_model->rowCount()));
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, countChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, countChanged);
    modelChanged();
    countChanged();
}

void TimelinePanel::updateConnectionChoices()
{
    const int pendingColumn = m_filter->pendingColumn();
    const QString pendingName = pendingColumn >= 0 ? m_model->headerData(pendingColumn, Qt::Horizontal).toString()
                                                   : QString();
    m_pendingOn->clear();
    m_pendingOn->addItem(tr("every revision"), -1);
    int restored = 0;
    for (int column = TimelineModel::FirstConnectionColumn; column < m_model->columnCount(); ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        m_pendingOn->addItem(tr("pending on %1").arg(name), column);
        if (name == pendingName)
            restored = m_pendingOn->count() - 1;
    }
    m_pendingOn->setCurrentIndex(restored);
    m_filter->setPendingColumn(m_pendingOn->currentData().toInt());
}

QString TimelinePanel::currentRevisionId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(TimelineModel::IsMissingFileRole).toBool())
        return {};
    return current.data(TimelineModel::RevisionIdRole).toString();
}

bool TimelinePanel::selectRevision(const QString &revisionId)
{
    const int sourceRow = m_model->rowOf(revisionId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, TimelineModel::RevisionColumn));
    if (!index.isValid()) {
        m_text->clear();
        m_pendingOn->setCurrentIndex(0);
        m_filter->setPendingColumn(-1);
        index = m_filter->mapFromSource(m_model->index(sourceRow, TimelineModel::RevisionColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TimelinePanel::jumpToHead()
{
    const RevisionGraph *graph = m_model->graph();
    if (!graph || graph->isEmpty())
        return;
    // Rows are newest first: the first revision row that is a head is the newest head.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(TimelineModel::IsHeadRole).toBool()) {
            selectRevision(m_model->index(row, 0).data(TimelineModel::RevisionIdRole).toString());
            m_view->setFocus();
            return;
        }
    }
}

void TimelinePanel::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace strata::ui
