// SPDX-License-Identifier: MIT
#include "messagebanner.h"

#include "statusstyle.h"
#include "util/error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

QString errorDetails(const Error &error)
{
    QStringList lines{error.fullMessage()};
    if (error.location().isValid() && !error.fullMessage().contains(error.location().path))
        lines << MessageBanner::tr("at %1").arg(error.location().toString());
    if (!error.detail().isEmpty() && !error.fullMessage().contains(error.detail()))
        lines << MessageBanner::tr("server: %1").arg(error.detail());
    if (!error.hint().isEmpty())
        lines << MessageBanner::tr("hint: %1").arg(error.hint());
    return lines.join(u'\n');
}

void MessageBanner::showError(const QString &title, const Error &error)
{
    showMessage(error.code() == ErrorCode::Cancelled ? Kind::Warning : Kind::Error, title, errorDetails(error));
}

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(u"messageBanner"_s);
    m_title->setObjectName(u"bannerTitle"_s);
    m_details->setObjectName(u"bannerDetails"_s);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_details);
    m_buttons->addStretch(1);
    text->addLayout(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &details)
{
    m_kind = kind;
    // Later: the button being clicked may be what shows the next message.
    for (QPushButton *button : findChildren<QPushButton *>(Qt::FindDirectChildrenOnly)) {
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    const QColor accent = kind == Kind::Error     ? statusColor(StatusKind::Failed)
        : kind == Kind::Warning                  ? statusColor(StatusKind::Edited)
        : kind == Kind::Success                  ? statusColor(StatusKind::Current)
                                                  : palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(40);
    setStyleSheet(u"#messageBanner { border: 1px solid %1; border-left: 4px solid %1; border-radius: 3px;"
                  u" background: rgba(%2, %3, %4, %5); }"_s.arg(accent.name())
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha()));
    m_title->setText(title);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    show();
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

} // namespace strata::ui
