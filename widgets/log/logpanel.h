// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace strata::ui {

class LogFilterProxyModel;
class LogModel;

/// What Strata does, as it happens: every statement sent to a database (the `sql`
/// logger), every step, and Qt's own warnings, with a level, logger and text filter.
/// Follows the newest line unless the user scrolled up.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    LogFilterProxyModel *filterModel() const { return m_filter; }

private:
    LogFilterProxyModel *m_filter;
    QListView *m_view;
    QComboBox *m_level;
    QComboBox *m_logger;
    QLineEdit *m_text;
    bool m_follow = true;
};

} // namespace strata::ui
