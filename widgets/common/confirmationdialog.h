// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace strata::ui {

/// Asks before something that changes a database for good. On a production connection the
/// user must type the connection's name, as `strata restore` asks on a terminal: a click can
/// be a reflex, typing "prod" is not. Elsewhere, the confirm button is enough.
class ConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p requiredName: the name to type, empty when none is needed. @p confirmText names
    /// the action on the confirm button ("Restore", "Back Up && Migrate").
    ConfirmationDialog(const QString &title, const QString &text, const QString &confirmText,
                       const QString &requiredName = {}, QWidget *parent = nullptr);

    /// The name field; nullptr when no name is required.
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *confirmButton() const { return m_confirm; }
    /// Whether what is typed (if anything must be) lets the action go on.
    bool isConfirmed() const;

    /// Shows the dialog and returns whether the user confirmed.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                    const QString &requiredName = {});

private:
    QString m_required;
    QLineEdit *m_name = nullptr;
    QPushButton *m_confirm;
};

} // namespace strata::ui
