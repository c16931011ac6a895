// SPDX-License-Identifier: MIT
#include "projectscaffold.h"

#include "config/projectconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace strata::ProjectScaffold {

namespace {

QString configTemplate(const QString &databaseUrl)
{
    return uR"(# Strata project configuration.

[project]
migrations = "migrations/versions"   # revision files
models = ["models/*.sql"]            # the desired schema, applied in sorted order
version_table = "strata_version"     # history goes to "<version_table>_history"

[database]
# Overridden by the DATABASE_URL environment variable, then by -d/--database-url.
# Passwords do not belong here: use PGPASSWORD or ~/.pgpass.
url = "%1"
lock_timeout = "10s"                 # how long a migration statement may wait for a lock

[backup]
dir = ".strata/backups"
keep = 10

# Named connections, chosen with -c NAME:
# [connections.prod]
# url = "postgresql://app@db.internal:5432/app"
# production = true
)"_s.arg(databaseUrl);
}

const QString modelsTemplate = uR"(-- The desired schema of this project as plain DDL: the "models".
-- Edit it, then let `strata makemigrations -m "describe the change"` write the migration.
)"_s;

const QString gitignoreTemplate = uR"(# Strata's local state: logs, caches, backups
.strata/
# the default development database and Strata's lock file beside it
dev.db
*.strata-lock
)"_s;

Result<void> writeNew(const QString &path, const QString &content, QStringList &created)
{
    if (QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io, u"cannot create %1: %2"_s.arg(path, file.errorString()),
                    u"check the directory's permissions"_s);
    file.write(content.toUtf8());
    created << path;
    return {};
}

Result<void> makeDirectory(const QDir &root, const QString &relative, QStringList &created)
{
    if (root.exists(relative))
        return {};
    if (!root.mkpath(relative))
        return fail(ErrorCode::Io, u"cannot create directory %1"_s.arg(root.filePath(relative)),
                    u"check the parent directory's permissions"_s);
    created << root.filePath(relative);
    return {};
}

} // namespace

Result<QStringList> create(const QString &directory, const QString &databaseUrl)
{
    const QDir root(QFileInfo(directory).absoluteFilePath());
    const QString configPath = root.filePath(QString::fromLatin1(ProjectConfig::FileName));
    if (QFileInfo::exists(configPath))
        return fail(ErrorCode::Usage, u"%1 already exists"_s.arg(configPath),
                    u"this directory is a Strata project already; edit strata.toml instead"_s);
    QStringList created;
    if (!root.exists()) {
        if (!QDir().mkpath(root.path()))
            return fail(ErrorCode::Io, u"cannot create directory %1"_s.arg(root.path()),
                        u"check the parent directory's permissions"_s);
        created << root.path();
    }
    STRATA_TRY(makeDirectory(root, u"migrations/versions"_s, created));
    STRATA_TRY(makeDirectory(root, u"models"_s, created));
    STRATA_TRY(writeNew(root.filePath(u"models/schema.sql"_s), modelsTemplate, created));
    STRATA_TRY(writeNew(root.filePath(u".gitignore"_s), gitignoreTemplate, created));
    STRATA_TRY(writeNew(configPath, configTemplate(databaseUrl), created));
    return created;
}

} // namespace strata::ProjectScaffold
