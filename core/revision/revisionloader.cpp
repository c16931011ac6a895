// SPDX-License-Identifier: MIT
#include "revisionloader.h"

#include "log/logging.h"
#include "revisioncache.h"
#include "revisionfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

// Status commands read the revision directory on every run, so this is the hot path at
// 10,000 revisions: plain POSIX calls (QDir and QFile stat and allocate per call), one stat
// per file when the cache knows it, and the work split across the cores.

namespace strata::RevisionLoader {

namespace {

constexpr qint64 RacyWindowNs = 2'000'000'000;
using CacheEntry = RevisionCache::Entry;

/// The names of the `*.sql` entries of @p directory, sorted.
Result<std::vector<std::string>> listSqlFiles(const QByteArray &directory)
{
    DIR *dir = opendir(directory.constData());
    if (!dir)
        return fail(ErrorCode::Io,
                    u"cannot list %1: %2"_s.arg(QString::fromLocal8Bit(directory),
                                                QString::fromLocal8Bit(std::strerror(errno))),
                    u"check the directory's permissions"_s);
    std::vector<std::string> names;
    while (const dirent *entry = readdir(dir)) {
        const size_t length = std::strlen(entry->d_name);
        if (length < 5 || std::strcmp(entry->d_name + length - 4, ".sql") != 0)
            continue;
        if (entry->d_type != DT_REG && entry->d_type != DT_LNK && entry->d_type != DT_UNKNOWN)
            continue;
        names.emplace_back(entry->d_name, length);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

/// Reads a whole open file into @p buffer (reused across files).
bool readAll(int fd, QByteArray &buffer)
{
    buffer.resize(0);
    qsizetype used = 0;
    while (true) {
        if (buffer.size() - used < 4096)
            buffer.resize(std::max<qsizetype>(8192, buffer.size() * 2));
        const ssize_t got = ::read(fd, buffer.data() + used, size_t(buffer.size() - used));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        used += got;
        // A short read of a regular file means end of file: saves a read() per file.
        if (got == 0 || used < buffer.size())
            break;
    }
    buffer.resize(used);
    return true;
}

/// One thread's share of the files: names [begin, end).
struct Chunk
{
    QList<Revision> revisions;
    QList<Error> errors;
    // Per revision, what the cache needs should it be rewritten.
    std::vector<size_t> nameIndex;
    std::vector<FileStamp> stamps;
    std::vector<bool> cacheable; ///< false for a file modified too recently to trust its stamp
    bool changed = false;
};

class ChunkReader
{
public:
    ChunkReader(int dirFd, const QString &absoluteDir, const RevisionCache &cache, qint64 trustBeforeNs)
        : m_dirFd(dirFd)
        , m_dir(absoluteDir + u'/')
        , m_cache(cache)
        , m_trustBeforeNs(trustBeforeNs)
    {
    }

    void read(const std::vector<std::string> &names, size_t begin, size_t end, Chunk &chunk) const
    {
        chunk.revisions.reserve(qsizetype(end - begin));
        QByteArray buffer;
        for (size_t i = begin; i < end; ++i) {
            const qsizetype before = chunk.revisions.size();
            readOne(names[i], buffer, chunk);
            if (chunk.revisions.size() > before)
                chunk.nameIndex.push_back(i);
        }
    }

private:
    void readOne(const std::string &name, QByteArray &buffer, Chunk &chunk) const
    {
        const QString path = m_dir + QFile::decodeName(QByteArray::fromStdString(name));
        struct stat info {};
        if (fstatat(m_dirFd, name.c_str(), &info, 0) == 0) {
            const FileStamp stamp{info.st_size, qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec,
                                  info.st_ino};
            if (std::optional<Revision> cached = m_cache.find(name, stamp)) {
                cached->path = path;
                chunk.revisions.append(*std::move(cached));
                chunk.stamps.push_back(stamp);
                chunk.cacheable.push_back(true);
                return;
            }
            chunk.changed = true;
            const int fd = openat(m_dirFd, name.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                const bool ok = readAll(fd, buffer);
                ::close(fd);
                if (ok) {
                    auto revision = RevisionFile::parseHeader(buffer, path);
                    if (!revision) {
                        chunk.errors.append(revision.error());
                        return;
                    }
                    chunk.revisions.append(*std::move(revision));
                    chunk.stamps.push_back(stamp);
                    chunk.cacheable.push_back(stamp.mtimeNs < m_trustBeforeNs);
                    return;
                }
            }
        }
        chunk.changed = true;
        Error e(ErrorCode::Io, u"cannot read revision file %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                u"check that the file is readable (a revision file is never skipped)"_s);
        e.setLocation({path, 0});
        chunk.errors.append(std::move(e));
    }

    int m_dirFd;
    QString m_dir;
    const RevisionCache &m_cache;
    qint64 m_trustBeforeNs;
};

} // namespace

Result<QList<Revision>> loadDirectory(const QString &directory, const QString &cachePath)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QFileInfo(absolute).isDir())
        return fail(ErrorCode::Config, u"migrations directory %1 does not exist"_s.arg(directory),
                    u"run 'strata init' or set [project].migrations in strata.toml"_s);
    const QByteArray encodedDir = QFile::encodeName(absolute);
    STRATA_ASSIGN_OR_RETURN(names, listSqlFiles(encodedDir));
    const RevisionCache cache = RevisionCache::read(cachePath, absolute);
    const int dirFd = ::open(encodedDir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(ErrorCode::Io, u"cannot open %1: %2"_s.arg(absolute, QString::fromLocal8Bit(std::strerror(errno))),
                    u"check the directory's permissions"_s);
    const qint64 trustBeforeNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000 - RacyWindowNs;
    const ChunkReader reader(dirFd, absolute, cache, trustBeforeNs);

    // Files are independent: split the sorted names into contiguous chunks, one per core,
    // and concatenate the chunks in order.
    const size_t total = names->size();
    const size_t threads = std::clamp<size_t>(total / 500, 1, std::max(1u, std::thread::hardware_concurrency()));
    std::vector<Chunk> chunks(threads);
    std::vector<std::thread> workers;
    for (size_t t = 0; t < threads; ++t) {
        const size_t begin = total * t / threads;
        const size_t end = total * (t + 1) / threads;
        auto work = [&, begin, end, t] { reader.read(*names, begin, end, chunks[t]); };
        if (t + 1 == threads)
            work(); // the calling thread takes the last chunk
        else
            workers.emplace_back(work);
    }
    for (std::thread &worker : workers)
        worker.join();
    ::close(dirFd);

    QList<Revision> revisions;
    revisions.reserve(qsizetype(total));
    QList<Error> errors;
    bool changed = cache.size() != total;
    for (const Chunk &chunk : chunks)
        changed = changed || chunk.changed;
    if (changed && !cachePath.isEmpty()) {
        std::vector<CacheEntry> entries;
        entries.reserve(total);
        for (const Chunk &chunk : chunks) {
            for (size_t i = 0; i < chunk.nameIndex.size(); ++i) {
                if (!chunk.cacheable[i])
                    continue;
                CacheEntry entry{(*names)[chunk.nameIndex[i]], chunk.stamps[i], chunk.revisions.at(qsizetype(i))};
                entry.revision.path.clear();
                entries.push_back(std::move(entry));
            }
        }
        RevisionCache::write(cachePath, absolute, entries);
    }
    for (Chunk &chunk : chunks) {
        revisions.append(std::move(chunk.revisions));
        errors.append(std::move(chunk.errors));
    }

    if (!errors.isEmpty()) {
        Error first = errors.first();
        if (errors.size() > 1) {
            QStringList lines;
            for (const Error &e : errors)
                lines << e.fullMessage();
            first.setDetail(u"%1 revision files have errors:\n"_s.arg(errors.size()) + lines.join(u'\n'));
        }
        return fail(std::move(first));
    }
    return revisions;
}

} // namespace strata::RevisionLoader
