// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace strata::ui {

/// Narrows the log panel to a minimum level, one logger family ("sql", "core", "ui",
/// "qt") and a case-insensitive text.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    /// spdlog's levels: 0 trace, 1 debug, 2 info, 3 warn, 4 error.
    void setMinimumLevel(int level);
    /// "" for every logger; else a logger name or the prefix of a family ("core").
    void setLogger(const QString &logger);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumLevel = 0;
    QString m_logger;
    QString m_text;
};

} // namespace strata::ui
