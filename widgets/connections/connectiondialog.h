// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"
#include "connectionprofile.h"

#include <QDialog>
#include <QDir>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QFormLayout;
class QHBoxLayout;

namespace strata::ui {

/// Adds or edits one connection: driver, server fields or SQLite file, production mark,
/// and "Test connection", which reports the server's version and latency or the exact
/// error. OK stays disabled while the form has problems, which are listed in the dialog.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p others: the other connections, whose names this one must not take. @p baseDir:
    /// the project directory, against which relative SQLite paths resolve.
    ConnectionDialog(const ConnectionProfile &profile, const QString &password, QList<ConnectionProfile> others,
                     const QDir &baseDir, QWidget *parent = nullptr);

    /// The connection as the form describes it (never with a password in its URL).
    ConnectionProfile profile() const;
    QString password() const;
    /// The form's problems; empty when OK may be pressed.
    QStringList problems() const;

public Q_SLOTS:
    /// Connects with the form's values off the GUI thread; connectionTested() tells.
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool succeeded, const QString &report);

private:
    void buildForm();
    void updateDriverPage();
    void validate();
    void showTestResult(bool succeeded, const QString &report);

    QList<ConnectionProfile> m_others;
    QDir m_baseDir;
    ConnectionProfile::Origin m_origin;
    JobTicket m_testTicket;

    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_sqliteRow = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QCheckBox *m_production = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace strata::ui
