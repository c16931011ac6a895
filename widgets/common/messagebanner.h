// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace strata::ui {

/// An inline message above a panel's content (like KMessageWidget): the outcome of an
/// action, or an error with what went wrong, where, and what to do. Hidden until shown;
/// closed by its button. Errors never open a modal dialog (STYLE.md).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows @p title in bold with @p details (plain text, several lines) below it.
    void showMessage(Kind kind, const QString &title, const QString &details = {});
    Kind kind() const { return m_kind; }
    QString title() const;
    QString details() const;

private:
    Kind m_kind = Kind::Information;
    QLabel *m_title;
    QLabel *m_details;
    QToolButton *m_close;
};

} // namespace strata::ui
