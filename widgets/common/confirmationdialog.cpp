// SPDX-License-Identifier: MIT
#include "confirmationdialog.h"

#include "statusstyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

ConfirmationDialog::ConfirmationDialog(const QString &title, const QString &text, const QString &confirmText,
                                       const QString &requiredName, QWidget *parent)
    : QDialog(parent)
    , m_required(requiredName)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(420);
    layout->addWidget(label);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    if (!m_required.isEmpty()) {
        auto *prompt = new QLabel(tr("This is the production connection <b>%1</b>. Type its name to go on:")
                                      .arg(m_required.toHtmlEscaped()),
                                  this);
        prompt->setStyleSheet(u"color: %1"_s.arg(productionColor().name()));
        layout->addWidget(prompt);
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"confirmName"_s);
        m_name->setPlaceholderText(m_required);
        prompt->setBuddy(m_name);
        layout->addWidget(m_name);
        connect(m_name, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(isConfirmed()); });
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    m_confirm->setEnabled(isConfirmed());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ConfirmationDialog::isConfirmed() const
{
    return m_required.isEmpty() || (m_name && m_name->text() == m_required);
}

bool ConfirmationDialog::ask(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                             const QString &requiredName)
{
    ConfirmationDialog dialog(title, text, confirmText, requiredName, parent);
    return dialog.exec() == QDialog::Accepted && dialog.isConfirmed();
}

} // namespace strata::ui
