// SPDX-License-Identifier: MIT
#include "backupmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

const QList<std::pair<BackupFormat, QString>> &formatNames()
{
    static const QList<std::pair<BackupFormat, QString>> names{{BackupFormat::PostgresCustom, u"custom"_s},
                                                               {BackupFormat::PostgresDirectory, u"directory"_s},
                                                               {BackupFormat::SqliteFile, u"sqlite"_s}};
    return names;
}

} // namespace

QString backupFormatName(BackupFormat format)
{
    for (const auto &[candidate, name] : formatNames()) {
        if (candidate == format)
            return name;
    }
    return {};
}

std::optional<BackupFormat> backupFormatFromName(const QString &name)
{
    for (const auto &[format, candidate] : formatNames()) {
        if (candidate == name)
            return format;
    }
    return std::nullopt;
}

QString BackupManifest::archiveName() const
{
    switch (format) {
    case BackupFormat::PostgresCustom:
        return id + u".dump"_s;
    case BackupFormat::PostgresDirectory:
        return id + u".dir"_s;
    case BackupFormat::SqliteFile:
        return id + u".sqlite3"_s;
    }
    return {};
}

QJsonObject BackupManifest::toJsonObject() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"connection"_s, connection},
                       {u"url"_s, url},
                       {u"server_version"_s, serverVersion},
                       {u"tool"_s, tool},
                       {u"format"_s, backupFormatName(format)},
                       {u"archive"_s, archiveName()},
                       {u"revisions"_s, QJsonArray::fromStringList(revisions)},
                       {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)},
                       {u"duration_ms"_s, durationMs},
                       {u"size"_s, size},
                       {u"sha256"_s, sha256},
                       {u"verified"_s, verified},
                       {u"pinned"_s, pinned},
                       {u"strata_version"_s, strataVersion}};
    if (verifiedAt.isValid())
        object.insert(u"verified_at"_s, verifiedAt.toUTC().toString(Qt::ISODate));
    return object;
}

QByteArray BackupManifest::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto broken = [&](const QString &what) {
        Error error(ErrorCode::Backup, u"the backup manifest %1 %2"_s.arg(path, what),
                    u"the manifest is written by 'strata backup'; restore it from a copy, or delete the backup "
                    u"with its manifest"_s);
        return fail(error);
    };
    if (!document.isObject())
        return broken(u"is not JSON (%1)"_s.arg(parseError.errorString()));
    const QJsonObject object = document.object();
    BackupManifest manifest;
    manifest.id = object[u"id"_s].toString();
    manifest.connection = object[u"connection"_s].toString();
    manifest.url = object[u"url"_s].toString();
    manifest.serverVersion = object[u"server_version"_s].toString();
    manifest.tool = object[u"tool"_s].toString();
    const auto format = backupFormatFromName(object[u"format"_s].toString());
    if (manifest.id.isEmpty() || !format)
        return broken(u"has no id or no known format"_s);
    manifest.format = *format;
    for (const QJsonValue &revision : object[u"revisions"_s].toArray())
        manifest.revisions << revision.toString();
    manifest.created = QDateTime::fromString(object[u"created"_s].toString(), Qt::ISODate).toUTC();
    if (!manifest.created.isValid())
        return broken(u"has no valid 'created' time"_s);
    manifest.durationMs = object[u"duration_ms"_s].toInteger();
    manifest.size = object[u"size"_s].toInteger();
    manifest.sha256 = object[u"sha256"_s].toString();
    manifest.verified = object[u"verified"_s].toBool();
    manifest.verifiedAt = QDateTime::fromString(object[u"verified_at"_s].toString(), Qt::ISODate).toUTC();
    manifest.pinned = object[u"pinned"_s].toBool();
    manifest.strataVersion = object[u"strata_version"_s].toString();
    return manifest;
}

} // namespace strata
