// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace strata {
class Error;
}

namespace strata::ui {

/// An error as the studio shows it, a line each: what failed, where (file and line), the
/// server's words and the hint; nothing the message already says is repeated.
QString errorDetails(const Error &error);

/// An inline message above a panel's content (like KMessageWidget): the outcome of an
/// action, or an error with what went wrong, where, and what to do. Hidden until shown;
/// closed by its button. Errors never open a modal dialog (STYLE.md).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows @p title in bold with @p details (plain text, several lines) below it.
    /// Buttons added before stay only until the next message.
    void showMessage(Kind kind, const QString &title, const QString &details = {});
    /// Shows @p error under @p title (errorDetails); a cancellation is a warning, not an error.
    void showError(const QString &title, const Error &error);
    /// Adds a button for what the user can do about the message ("Restore", "Edit anyway").
    QPushButton *addButton(const QString &text);
    Kind kind() const { return m_kind; }
    QString title() const;
    QString details() const;

private:
    Kind m_kind = Kind::Information;
    QLabel *m_title;
    QLabel *m_details;
    QToolButton *m_close;
    QHBoxLayout *m_buttons;
};

} // namespace strata::ui
