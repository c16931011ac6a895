// SPDX-License-Identifier: MIT
#include "connectionstore.h"

#include "log/logging.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace strata::ui {

ConnectionStore::ConnectionStore(const ProjectConfig &config)
    : m_config(config)
{
}

QString ConnectionStore::group() const
{
    // One settings group per project, named after its strata.toml: moving the project
    // loses its local connections, which is what a new checkout would see anyway.
    const QByteArray key = QCryptographicHash::hash(m_config.configPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"projects/"_s + QString::fromLatin1(key.left(16));
}

QList<ConnectionProfile> ConnectionStore::load() const
{
    QList<ConnectionProfile> profiles;
    const auto addProjectProfile = [&](const QString &name, const QString &urlText, bool production) {
        auto url = DatabaseUrl::parse(urlText);
        if (!url) {
            log::get("ui.connections")->warn("skipping connection '{}' of {}: {}", name, m_config.configPath,
                                             url.error().message());
            return;
        }
        profiles.append({name, *url, production, ConnectionProfile::Origin::Project});
    };
    if (!m_config.databaseUrl.isEmpty() && !m_config.connection(u"default"_s))
        addProjectProfile(u"default"_s, m_config.databaseUrl, false);
    for (const ConnectionConfig &connection : m_config.connections)
        addProjectProfile(connection.name, connection.url, connection.production);

    QSettings settings;
    const int count = settings.beginReadArray(group() + u"/connections"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(u"name"_s).toString();
        auto url = DatabaseUrl::parse(settings.value(u"url"_s).toString());
        if (name.isEmpty() || !url)
            continue;
        profiles.append({name, url->withoutPassword(), settings.value(u"production"_s).toBool(),
                         ConnectionProfile::Origin::User});
    }
    settings.endArray();
    return profiles;
}

void ConnectionStore::save(const QList<ConnectionProfile> &profiles) const
{
    QSettings settings;
    settings.remove(group() + u"/connections"_s);
    settings.beginWriteArray(group() + u"/connections"_s);
    int i = 0;
    for (const ConnectionProfile &profile : profiles) {
        if (profile.origin != ConnectionProfile::Origin::User)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"url"_s, profile.url.withoutPassword().toString());
        settings.setValue(u"production"_s, profile.production);
    }
    settings.endArray();
}

QStringList ConnectionStore::shownConnections() const
{
    return QSettings().value(group() + u"/shown"_s).toStringList();
}

void ConnectionStore::setShownConnections(const QStringList &names) const
{
    QSettings().setValue(group() + u"/shown"_s, names);
}

} // namespace strata::ui
