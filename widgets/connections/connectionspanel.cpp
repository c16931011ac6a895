// SPDX-License-Identifier: MIT
#include "connectionspanel.h"

#include "common/statusstyle.h"
#include "connectiondialog.h"
#include "connectionlistmodel.h"
#include "passwordvault.h"
#include "project/projectsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {

/// The name cell with a red band and a PROD badge for production connections.
class ConnectionNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(ConnectionListModel::ProductionRole).toBool())
            return;
        painter->save();
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), productionColor());
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        const QString badge = ConnectionsPanel::tr("PROD");
        const QFontMetrics metrics(font);
        const QRectF box(option.rect.right() - metrics.horizontalAdvance(badge) - 12, option.rect.top() + 3,
                         metrics.horizontalAdvance(badge) + 8, option.rect.height() - 6);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(productionColor());
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, badge);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(size.width() + 48);
        return size;
    }
};

} // namespace

ConnectionsPanel::ConnectionsPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConnectionListModel(this))
    , m_view(new QTreeView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_view->setObjectName(u"connectionList"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegateForColumn(ConnectionListModel::NameColumn, new ConnectionNameDelegate(m_view));
    m_view->header()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Tick a connection to show its status in the timeline"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addConnection"_s);
    m_edit->setObjectName(u"editConnection"_s);
    m_duplicate->setObjectName(u"duplicateConnection"_s);
    m_remove->setObjectName(u"removeConnection"_s);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_edit, m_duplicate, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &ConnectionsPanel::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPanel::editConnection);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionsPanel::duplicateConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPanel::removeConnection);
    connect(m_view, &QTreeView::doubleClicked, this, &ConnectionsPanel::editConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT currentConnectionChanged(currentConnection());
    });
    connect(m_model, &ConnectionListModel::shownConnectionsChanged, m_session, &ProjectSession::setShownConnections);
    const auto reload = [this] {
        const QString current = currentConnection();
        m_model->setProfiles(m_session->profiles(), m_session->shownConnections());
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        updateButtons();
    };
    connect(m_session, &ProjectSession::profilesChanged, this, reload);
    connect(m_session, &ProjectSession::shownConnectionsChanged, this, [this](const QStringList &names) {
        if (names != m_model->shownNames())
            m_model->setProfiles(m_session->profiles(), names);
    });
    reload();
}

QString ConnectionsPanel::currentConnection() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ConnectionListModel::NameRole).toString() : QString();
}

void ConnectionsPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool editable = current.isValid() && current.data(ConnectionListModel::EditableRole).toBool();
    m_edit->setEnabled(current.isValid());
    m_edit->setToolTip(current.isValid() && !editable ? tr("From strata.toml: only its password can be set here")
                                                      : QString());
    m_duplicate->setEnabled(current.isValid());
    m_remove->setEnabled(editable);
}

void ConnectionsPanel::addConnection()
{
    ConnectionProfile profile;
    profile.url = DatabaseUrl::postgres(u"localhost"_s, 0, {}, {});
    openDialog(profile, -1);
}

void ConnectionsPanel::editConnection()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openDialog(m_session->profiles().at(current.row()), current.row());
}

void ConnectionsPanel::duplicateConnection()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    ConnectionProfile copy = m_session->profiles().at(current.row());
    copy.origin = ConnectionProfile::Origin::User;
    copy.url = copy.url.withoutPassword();
    copy.name = tr("%1 copy").arg(copy.name);
    openDialog(copy, -1);
}

void ConnectionsPanel::removeConnection()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.data(ConnectionListModel::EditableRole).toBool())
        return;
    QList<ConnectionProfile> profiles = m_session->profiles();
    const ConnectionProfile removed = profiles.at(current.row());
    const auto answer = QMessageBox::question(this, tr("Remove connection"),
                                              tr("Remove the connection '%1'? Its database is not touched.")
                                                  .arg(removed.name));
    if (answer != QMessageBox::Yes)
        return;
    profiles.removeAt(current.row());
    m_session->setProfiles(profiles);
    m_session->passwordVault()->forget(removed.passwordKey());
}

void ConnectionsPanel::openDialog(const ConnectionProfile &profile, int row)
{
    QList<ConnectionProfile> others = m_session->profiles();
    if (row >= 0)
        others.removeAt(row);
    // The stored password, if any, fills the form; the keychain may answer later.
    m_session->passwordVault()->fetch(profile.passwordKey(), [this, profile, row, others](std::optional<QString> stored) {
        ConnectionDialog dialog(profile, stored.value_or(QString()), others,
                                m_session->project() ? m_session->project()->config().rootDir : QDir(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const ConnectionProfile edited = dialog.profile();
        PasswordVault *vault = m_session->passwordVault();
        if (!dialog.password().isEmpty())
            vault->store(edited.passwordKey(), dialog.password());
        else if (stored)
            vault->forget(edited.passwordKey());
        if (!profile.isEditable())
            return; // only the password of a strata.toml connection changes
        QList<ConnectionProfile> profiles = m_session->profiles();
        QStringList shown = m_session->shownConnections();
        if (row >= 0) {
            // A renamed connection keeps its place in the timeline.
            shown.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(profiles.at(row).name) + u"$"_s),
                                   edited.name);
            profiles[row] = edited;
        } else {
            profiles.append(edited);
        }
        m_session->setProfiles(profiles);
        if (!shown.contains(edited.name))
            shown.append(edited.name);
        m_session->setShownConnections(shown);
        m_session->refreshStatus(edited.name);
    });
}

} // namespace strata::ui
