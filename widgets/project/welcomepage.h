// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListView;
class QStringListModel;

namespace strata::ui {

/// What the studio shows with no project open: open, new, the demo, and recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);

Q_SIGNALS:
    void openProjectRequested();
    void newProjectRequested();
    void demoProjectRequested();
    void recentProjectRequested(const QString &path);

private:
    QStringListModel *m_recent;
    QListView *m_recentView;
};

} // namespace strata::ui
