// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QStringListModel(this))
    , m_recentView(new QListView(this))
{
    auto *title = new QLabel(tr("Strata Studio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Review, apply and roll back your database migrations."), this);

    auto *open = new QCommandLinkButton(tr("Open project…"), tr("A directory with a strata.toml (Ctrl+O)"), this);
    open->setObjectName(u"openProject"_s);
    auto *create = new QCommandLinkButton(tr("New project…"),
                                          tr("Create strata.toml, migrations/versions and models/ (Ctrl+N)"), this);
    create->setObjectName(u"newProject"_s);
    auto *demo = new QCommandLinkButton(tr("Open demo project"),
                                        tr("A small shop on SQLite: 30 revisions with branches and merges"), this);
    demo->setObjectName(u"openDemo"_s);
    connect(open, &QCommandLinkButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(create, &QCommandLinkButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoProjectRequested);

    m_recentView->setObjectName(u"recentProjects"_s);
    m_recentView->setModel(m_recent);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setUniformItemSizes(true);
    connect(m_recentView, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT recentProjectRequested(index.data().toString()); });

    auto *actions = new QVBoxLayout;
    actions->addWidget(open);
    actions->addWidget(create);
    actions->addWidget(demo);
    actions->addStretch();
    auto *recent = new QVBoxLayout;
    recent->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    recent->addWidget(m_recentView);
    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);

    auto *inner = new QWidget(this);
    inner->setMaximumWidth(900);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(title);
    innerLayout->addWidget(subtitle);
    innerLayout->addSpacing(16);
    innerLayout->addLayout(columns, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch();
    layout->addWidget(inner, 4);
    layout->addStretch();
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->setStringList(paths);
    if (!paths.isEmpty())
        m_recentView->setCurrentIndex(m_recent->index(0));
}

} // namespace strata::ui
