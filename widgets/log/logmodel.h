// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QDateTime>

#include <deque>

namespace strata::ui {

/// One line of the log panel.
struct LogEntry
{
    QDateTime time;
    QString logger; ///< "sql", "core.migrate", "qt", ...
    int level = 2;  ///< spdlog's level: 0 trace ... 2 info, 3 warn, 4 error, 5 critical
    QString message;
};

/// What Strata did, newest last, capped at a number of entries (the oldest fall off).
/// GUI thread only; LogPanelSink feeds it from any thread.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TimeRole = Qt::UserRole + 1, LoggerRole, LevelRole, MessageRole };

    explicit LogModel(int capacity = 20'000, QObject *parent = nullptr);

    void append(const LogEntry &entry);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    std::deque<LogEntry> m_entries;
};

} // namespace strata::ui
