// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace strata {

/// One revision file's header and fingerprint (DESIGN §3). A value type; the SQL itself is
/// read on demand with RevisionFile::read() so that a project of 10,000 revisions stays small.
struct Revision
{
    QString id;
    QStringList parents;       ///< down_revision: empty for a base, two or more for a merge
    QString message;
    QDateTime created;         ///< UTC; invalid when the header has no `created`
    bool transactional = true; ///< false: statements run one by one outside a transaction
    QString path;              ///< absolute path of the file
    QString checksum;          ///< hex SHA-256 of the normalised upgrade section
    int revisionLine = 1;      ///< 1-based line of the `-- revision:` header, for messages
    int downRevisionLine = 2;  ///< 1-based line of the `-- down_revision:` header
    int upgradeLine = 0;       ///< 1-based line of `-- migrate:upgrade`
    int downgradeLine = 0;     ///< 1-based line of `-- migrate:downgrade`

    bool isBase() const { return parents.isEmpty(); }
    bool isMerge() const { return parents.size() > 1; }
};

/// The SQL of one revision with the file line each section starts on, for error locations.
struct RevisionScript
{
    QString upgrade;
    int upgradeFirstLine = 1;
    QString downgrade;
    int downgradeFirstLine = 1;
};

} // namespace strata
