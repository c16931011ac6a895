// SPDX-License-Identifier: MIT
#pragma once

#include "config/connectionchoice.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::ui {

/// A database the studio can reach: one of the project's `[connections.*]` (or its
/// `[database].url`, shown as "default"), or one the user added on this machine. A value
/// type. Its URL carries no password unless strata.toml itself wrote one; passwords live
/// in the PasswordVault.
struct ConnectionProfile
{
    enum class Origin { Project, User };

    QString name;
    DatabaseUrl url;
    bool production = false;
    Origin origin = Origin::User;

    /// Project connections belong to strata.toml, which the studio never rewrites.
    bool isEditable() const { return origin == Origin::User; }
    /// PostgreSQL without a password in its URL: one comes from the keychain or the user.
    bool needsPassword() const { return url.dialect() == Dialect::Postgres && !url.hasPassword(); }
    /// The keychain entry: the URL without its password, so that projects sharing a server
    /// and user share the entry.
    QString passwordKey() const { return url.withoutPassword().toString(); }
    /// What core's MigrationService::connect() takes, with @p password filled in if given.
    ConnectionChoice choice(const QString &password = {}) const;

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.name == b.name && a.url.toString() == b.url.toString() && a.production == b.production
            && a.origin == b.origin;
    }
};

/// What stops @p profile from being saved beside @p others (whose names it must not take),
/// one sentence each; empty when it is fine.
QStringList profileProblems(const ConnectionProfile &profile, const QList<ConnectionProfile> &others);

} // namespace strata::ui
