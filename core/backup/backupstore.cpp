// SPDX-License-Identifier: MIT
#include "backupstore.h"

#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace strata {

BackupStore::BackupStore(QString dir)
    : m_dir(std::move(dir))
{
}

Result<QList<BackupManifest>> BackupStore::list() const
{
    QList<BackupManifest> manifests;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, u"cannot read the backup manifest %1: %2"_s.arg(file.fileName(), file.errorString()));
        STRATA_ASSIGN_OR_RETURN(manifest, BackupManifest::fromJson(file.readAll(), file.fileName()));
        manifests << *std::move(manifest);
    }
    std::sort(manifests.begin(), manifests.end(), [](const BackupManifest &a, const BackupManifest &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return manifests;
}

Result<BackupManifest> BackupStore::find(const QString &idOrPrefix) const
{
    STRATA_ASSIGN_OR_RETURN(manifests, list());
    QList<BackupManifest> matches;
    for (const BackupManifest &manifest : std::as_const(*manifests)) {
        if (manifest.id == idOrPrefix)
            return manifest;
        if (!idOrPrefix.isEmpty() && manifest.id.startsWith(idOrPrefix))
            matches << manifest;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return fail(ErrorCode::Usage, u"no backup '%1' in %2"_s.arg(idOrPrefix, m_dir),
                    u"'strata backups' lists them"_s);
    QStringList ids;
    for (const BackupManifest &manifest : std::as_const(matches))
        ids << manifest.id;
    return fail(ErrorCode::Usage, u"'%1' names several backups: %2"_s.arg(idOrPrefix, ids.join(u", "_s)),
                u"give more of the id"_s);
}

QString BackupStore::newId(const QString &connection, const QDateTime &now) const
{
    QString safe = connection;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    const QString base = now.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + safe;
    const QDir dir(m_dir);
    QString id = base;
    for (int n = 2; !dir.entryList({id + u".*"_s}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QString BackupStore::archivePath(const BackupManifest &manifest) const
{
    return QDir(m_dir).filePath(manifest.archiveName());
}

QString BackupStore::manifestPath(const QString &id) const
{
    return QDir(m_dir).filePath(id + u".json"_s);
}

Result<void> BackupStore::save(const BackupManifest &manifest) const
{
    QSaveFile file(manifestPath(manifest.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest.toJson()) < 0 || !file.commit())
        return fail(ErrorCode::Backup, u"cannot write the backup manifest %1: %2"_s.arg(file.fileName(), file.errorString()),
                    u"check that the backup directory is writable and the disk has room"_s);
    return {};
}

Result<void> BackupStore::remove(const BackupManifest &manifest) const
{
    // The manifest first: without it what is left is not a backup, never one listed as good.
    if (!QFile::remove(manifestPath(manifest.id)))
        return fail(ErrorCode::Io, u"cannot delete the backup manifest %1"_s.arg(manifestPath(manifest.id)));
    const QString archive = archivePath(manifest);
    if (!removeArchive(archive))
        return fail(ErrorCode::Io, u"deleted the manifest of backup %1 but not all of %2"_s.arg(manifest.id, archive),
                    u"delete what is left by hand"_s);
    return {};
}

Result<QList<BackupManifest>> BackupStore::prune(const QString &connection, int keep) const
{
    STRATA_ASSIGN_OR_RETURN(manifests, list());
    QList<BackupManifest> ofConnection;
    for (const BackupManifest &manifest : std::as_const(*manifests)) {
        if (manifest.connection == connection)
            ofConnection << manifest; // newest first
    }
    const auto newestPinned = std::find_if(ofConnection.begin(), ofConnection.end(),
                                           [](const BackupManifest &manifest) { return manifest.pinned; });
    const QString keptPinned = newestPinned == ofConnection.end() ? QString() : newestPinned->id;
    QList<BackupManifest> deleted;
    for (qsizetype i = keep; i < ofConnection.size(); ++i) {
        if (ofConnection.at(i).id == keptPinned)
            continue;
        STRATA_TRY(remove(ofConnection.at(i)));
        deleted << ofConnection.at(i);
    }
    return deleted;
}

bool removeArchive(const QString &path)
{
    if (QFileInfo(path).isDir())
        return QDir(path).removeRecursively();
    return !QFile::exists(path) || QFile::remove(path);
}

qint64 archiveSize(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

Result<QString> archiveDigest(const QString &path)
{
    Sha256 hash;
    const auto addFile = [&](const QString &file) -> Result<void> {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Backup, u"cannot read %1: %2"_s.arg(file, input.errorString()));
        QByteArray block(1 << 20, Qt::Uninitialized);
        qint64 read = 0;
        while ((read = input.read(block.data(), block.size())) > 0)
            hash.addData(QByteArrayView(block.constData(), read));
        if (read < 0)
            return fail(ErrorCode::Backup, u"cannot read %1: %2"_s.arg(file, input.errorString()));
        return {};
    };
    if (!QFileInfo(path).isDir()) {
        STRATA_TRY(addFile(path));
        return hash.hexResult();
    }
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(path).relativeFilePath(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        hash.addData(file.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        STRATA_TRY(addFile(QDir(path).filePath(file)));
    }
    return hash.hexResult();
}

} // namespace strata
