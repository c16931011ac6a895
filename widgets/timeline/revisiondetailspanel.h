// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"
#include "project/project.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace strata::ui {

class RevisionHistoryModel;
class SqlView;

/// The selected revision: its header, its upgrade and downgrade SQL (read-only, numbered
/// as in the file) and its history rows from every shown connection.
class RevisionDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionDetailsPanel(QWidget *parent = nullptr);

    /// Shows revision @p index of @p project, reading its file; -1 clears the panel.
    void showRevision(std::shared_ptr<const Project> project, int index);
    /// Points at @p line of the shown file (an error location), in whichever section holds
    /// it; applied when the file has been read, if that is still under way.
    void markLine(int line);
    RevisionHistoryModel *historyModel() const { return m_history; }

private:
    QLabel *m_header;
    QTabWidget *m_tabs;
    SqlView *m_upgrade;
    SqlView *m_downgrade;
    RevisionHistoryModel *m_history;
    int m_downgradeFirstLine = 0;
    int m_markedLine = 0;
    JobTicket m_readTicket;
};

} // namespace strata::ui
