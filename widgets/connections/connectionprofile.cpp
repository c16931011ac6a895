// SPDX-License-Identifier: MIT
#include "connectionprofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
// lupdate files the texts of a namespace's free functions under the namespace itself.
QString tr(const char *text)
{
    return QCoreApplication::translate("strata::ui", text);
}
} // namespace

ConnectionChoice ConnectionProfile::choice(const QString &password) const
{
    ConnectionChoice choice;
    choice.name = name;
    choice.url = password.isEmpty() ? url : url.withPassword(password);
    choice.production = production;
    choice.source = origin == Origin::Project ? u"strata.toml"_s : u"Strata Studio"_s; // names, not prose
    return choice;
}

QStringList profileProblems(const ConnectionProfile &profile, const QList<ConnectionProfile> &others)
{
    QStringList problems;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        problems << tr("Give the connection a name.");
    else if (std::any_of(others.begin(), others.end(), [&](const ConnectionProfile &other) {
                 return other.name.compare(name, Qt::CaseInsensitive) == 0;
             }))
        problems << tr("Another connection is already called '%1'.").arg(name);

    const DatabaseUrl &url = profile.url;
    if (url.dialect() == Dialect::Sqlite) {
        if (url.database().trimmed().isEmpty())
            problems << tr("Choose the SQLite database file.");
        return problems;
    }
    if (url.host().trimmed().isEmpty())
        problems << tr("Enter the server's host name or address.");
    if (url.port() < 0 || url.port() > 65535)
        problems << tr("The port must be between 1 and 65535.");
    if (url.database().trimmed().isEmpty())
        problems << tr("Enter the database name.");
    if (url.user().trimmed().isEmpty())
        problems << tr("Enter the user name.");
    return problems;
}

} // namespace strata::ui
