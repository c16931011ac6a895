// SPDX-License-Identifier: MIT
#include "logpanel.h"

#include "logfilterproxymodel.h"
#include "logmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterProxyModel(this))
    , m_view(new QListView(this))
    , m_level(new QComboBox(this))
    , m_logger(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    m_filter->setSourceModel(model);
    m_view->setObjectName(u"logView"_s);
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_level->setObjectName(u"logLevel"_s);
    m_level->addItem(tr("Debug and above"), 1);
    m_level->addItem(tr("Info and above"), 2);
    m_level->addItem(tr("Warnings and errors"), 3);
    m_level->addItem(tr("Errors only"), 4);
    m_level->setCurrentIndex(0);
    m_filter->setMinimumLevel(1);
    m_logger->setObjectName(u"logLogger"_s);
    m_logger->addItem(tr("Everything"), QString());
    m_logger->addItem(tr("SQL statements"), u"sql"_s);
    m_logger->addItem(tr("Engine steps"), u"core"_s);
    m_logger->addItem(tr("Studio"), u"ui"_s);
    m_logger->addItem(tr("Qt messages"), u"qt"_s);
    m_text->setObjectName(u"logText"_s);
    m_text->setPlaceholderText(tr("Filter the log…"));
    m_text->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("C&lear"), this);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumLevel(m_level->currentData().toInt()); });
    connect(m_logger, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setLogger(m_logger->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &LogFilterProxyModel::setText);
    connect(clear, &QPushButton::clicked, model, &LogModel::clear);
    // Follow new lines only while the view is at the bottom, so that reading older lines is
    // not interrupted. The flag changes only when the position does (a user scrolling, or
    // our own scrollToBottom), not when new rows stretch the range.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll] { m_follow = scroll->value() >= scroll->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_logger);
    bar->addWidget(m_text, 1);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

} // namespace strata::ui
