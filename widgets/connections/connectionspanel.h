// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTreeView;
class QPushButton;

namespace strata::ui {

class ConnectionListModel;
class ProjectSession;
struct ConnectionProfile;

/// The connection manager: the project's connections and the user's, with add, edit,
/// duplicate and remove, the check box that shows a connection in the timeline, and the
/// production mark as a red band and badge. Edits go to the session, passwords to its vault.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPanel(ProjectSession *session, QWidget *parent = nullptr);

    ConnectionListModel *model() const { return m_model; }
    /// The connection selected in the list; empty when none.
    QString currentConnection() const;

public Q_SLOTS:
    void addConnection();
    void editConnection();
    void duplicateConnection();
    void removeConnection();

Q_SIGNALS:
    void currentConnectionChanged(const QString &name);

private:
    /// Opens the dialog on @p profile; on OK, stores it at @p row (-1 appends).
    void openDialog(const ConnectionProfile &profile, int row);
    void updateButtons();

    ProjectSession *m_session;
    ConnectionListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
};

} // namespace strata::ui
