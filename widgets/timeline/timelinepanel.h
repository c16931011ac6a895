// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace strata::ui {

class TimelineFilterProxyModel;
class TimelineModel;
class TimelineView;

/// The revision timeline with its filter bar (text, "only pending on"), legend and
/// "jump to head". Reports the selected revision and the connection whose status cell
/// was clicked; actions are added to the view by the window.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(TimelineModel *model, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    TimelineFilterProxyModel *filterModel() const { return m_filter; }

    /// The id of the selected revision; empty when none (or a missing-file row).
    QString currentRevisionId() const;
    /// Selects @p revisionId's row (clearing filters that hide it); false if unknown.
    bool selectRevision(const QString &revisionId);

public Q_SLOTS:
    /// Selects the newest head and scrolls to it.
    void jumpToHead();
    void focusFilter();

Q_SIGNALS:
    void currentRevisionChanged(const QString &revisionId);
    /// Enter or a double-click on a revision: open its file.
    void revisionActivated(const QString &revisionId);
    /// The user picked a status cell: act on this connection.
    void connectionPicked(const QString &connection);

private:
    void updateConnectionChoices();

    TimelineModel *m_model;
    TimelineFilterProxyModel *m_filter;
    TimelineView *m_view;
    QLineEdit *m_text;
    QComboBox *m_pendingOn;
    QLabel *m_count;
};

} // namespace strata::ui
