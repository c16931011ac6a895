// SPDX-License-Identifier: MIT
#include "logfilterproxymodel.h"

#include "logmodel.h"

namespace strata::ui {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LogFilterProxyModel::setMinimumLevel(int level)
{
    m_minimumLevel = level;
    invalidateFilter();
}

void LogFilterProxyModel::setLogger(const QString &logger)
{
    m_logger = logger;
    invalidateFilter();
}

void LogFilterProxyModel::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < m_minimumLevel)
        return false;
    if (!m_logger.isEmpty()) {
        const QString logger = index.data(LogModel::LoggerRole).toString();
        if (logger != m_logger && !logger.startsWith(m_logger + QLatin1Char('.')))
            return false;
    }
    return m_text.isEmpty() || index.data(LogModel::MessageRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace strata::ui
