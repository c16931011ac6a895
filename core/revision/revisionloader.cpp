// SPDX-License-Identifier: MIT
#include "revisionloader.h"

#include "log/logging.h"
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

constexpr quint32 CacheMagic = 0x53545243; // "STRC"
constexpr quint32 CacheVersion = 3;
constexpr qint64 RacyWindowNs = 2'000'000'000;

/// What identifies a file's content without reading it.
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint64 inode = 0;

    bool operator==(const FileStamp &) const = default;
};

struct CacheEntry
{
    std::string name; ///< the file name's bytes
    FileStamp stamp;
    Revision revision; ///< path left empty: it is rebuilt from the directory
};

/// Cache entries sorted by name. The file is a flat little-endian record list read in one
/// go: the cache exists to be faster than parsing, so it avoids QDataStream's per-field cost.
using Cache = std::vector<CacheEntry>;

class CacheWriter
{
public:
    void u32(quint32 value) { raw(&value, sizeof value); }
    void i64(qint64 value) { raw(&value, sizeof value); }
    void bytes(const std::string &text)
    {
        u32(quint32(text.size()));
        raw(text.data(), text.size());
    }
    void string(const QString &text)
    {
        u32(quint32(text.size()));
        raw(text.constData(), size_t(text.size()) * sizeof(QChar));
    }
    const QByteArray &data() const { return m_data; }

private:
    void raw(const void *data, size_t size) { m_data.append(static_cast<const char *>(data), qsizetype(size)); }
    QByteArray m_data;
};

class CacheReader
{
public:
    explicit CacheReader(QByteArrayView data)
        : m_data(data)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    quint32 u32() { return value<quint32>(); }
    qint64 i64() { return value<qint64>(); }
    std::string bytes()
    {
        const quint32 size = u32();
        if (!take(size))
            return {};
        return std::string(m_data.data() + m_pos - size, size);
    }
    QString string()
    {
        const quint32 size = u32();
        if (!take(qsizetype(size) * 2))
            return {};
        return QString(reinterpret_cast<const QChar *>(m_data.data() + m_pos - qsizetype(size) * 2), size);
    }

private:
    template<typename T>
    T value()
    {
        T result{};
        if (take(sizeof(T)))
            std::memcpy(&result, m_data.data() + m_pos - sizeof(T), sizeof(T));
        return result;
    }
    bool take(qsizetype size)
    {
        if (!m_ok || size < 0 || m_data.size() - m_pos < size)
            return m_ok = false;
        m_pos += size;
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

Cache readCache(const QString &cachePath, const QString &directory)
{
    QFile file(cachePath);
    if (cachePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    CacheReader in(data);
    if (in.u32() != CacheMagic || in.u32() != CacheVersion || in.string() != directory)
        return {};
    Cache cache(in.u32());
    for (CacheEntry &entry : cache) {
        Revision &r = entry.revision;
        entry.name = in.bytes();
        entry.stamp.size = in.i64();
        entry.stamp.mtimeNs = in.i64();
        entry.stamp.inode = quint64(in.i64());
        r.id = in.string();
        r.parents.resize(in.u32() & 0xFFFF);
        for (QString &parent : r.parents)
            parent = in.string();
        r.message = in.string();
        const qint64 created = in.i64();
        if (created != std::numeric_limits<qint64>::min())
            r.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        r.transactional = in.u32() != 0;
        r.checksum = in.string();
        r.revisionLine = int(in.u32());
        r.downRevisionLine = int(in.u32());
        r.upgradeLine = int(in.u32());
        r.downgradeLine = int(in.u32());
        if (!in.ok())
            return {};
    }
    if (!in.atEnd() || !std::is_sorted(cache.begin(), cache.end(), [](const CacheEntry &a, const CacheEntry &b) {
            return a.name < b.name;
        }))
        return {};
    return cache;
}

void writeCache(const QString &cachePath, const QString &directory, const Cache &cache)
{
    CacheWriter out;
    out.u32(CacheMagic);
    out.u32(CacheVersion);
    out.string(directory);
    out.u32(quint32(cache.size()));
    for (const CacheEntry &entry : cache) {
        const Revision &r = entry.revision;
        out.bytes(entry.name);
        out.i64(entry.stamp.size);
        out.i64(entry.stamp.mtimeNs);
        out.i64(qint64(entry.stamp.inode));
        out.string(r.id);
        out.u32(quint32(r.parents.size()));
        for (const QString &parent : r.parents)
            out.string(parent);
        out.string(r.message);
        out.i64(r.created.isValid() ? r.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        out.u32(r.transactional ? 1 : 0);
        out.string(r.checksum);
        out.u32(quint32(r.revisionLine));
        out.u32(quint32(r.downRevisionLine));
        out.u32(quint32(r.upgradeLine));
        out.u32(quint32(r.downgradeLine));
    }
    if (!QDir().mkpath(QFileInfo(cachePath).absolutePath()))
        return;
    QSaveFile file(cachePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.data()) != out.data().size() || !file.commit())
        log::get(log::Revision)->debug("could not write the revision cache {}: {}", cachePath, file.errorString());
}

const CacheEntry *findEntry(const Cache &cache, const std::string &name)
{
    const auto it = std::lower_bound(cache.begin(), cache.end(), name,
                                     [](const CacheEntry &entry, const std::string &key) { return entry.name < key; });
    return it != cache.end() && it->name == name ? &*it : nullptr;
}

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
    Cache fresh; ///< entries parsed (or confirmed) in this run, to write back
    bool changed = false;
};

class ChunkReader
{
public:
    ChunkReader(int dirFd, const QString &absoluteDir, const Cache &cache, qint64 trustBeforeNs)
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
        for (size_t i = begin; i < end; ++i)
            readOne(names[i], buffer, chunk);
    }

private:
    void readOne(const std::string &name, QByteArray &buffer, Chunk &chunk) const
    {
        const QString path = m_dir + QFile::decodeName(QByteArray::fromStdString(name));
        struct stat info {};
        if (fstatat(m_dirFd, name.c_str(), &info, 0) == 0) {
            const FileStamp stamp{info.st_size, qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec,
                                  info.st_ino};
            const CacheEntry *cached = findEntry(m_cache, name);
            if (cached && cached->stamp == stamp) {
                Revision revision = cached->revision;
                revision.path = path;
                chunk.revisions.append(std::move(revision));
                chunk.fresh.push_back(*cached);
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
                    if (stamp.mtimeNs < m_trustBeforeNs) {
                        CacheEntry entry{name, stamp, *revision};
                        entry.revision.path.clear();
                        chunk.fresh.push_back(std::move(entry));
                    }
                    chunk.revisions.append(*std::move(revision));
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
    const Cache &m_cache;
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
    const Cache cache = readCache(cachePath, absolute);
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
    Cache fresh;
    bool changed = cache.size() != total;
    for (Chunk &chunk : chunks) {
        revisions.append(std::move(chunk.revisions));
        errors.append(std::move(chunk.errors));
        changed = changed || chunk.changed;
        if (!cachePath.isEmpty())
            fresh.insert(fresh.end(), std::make_move_iterator(chunk.fresh.begin()),
                         std::make_move_iterator(chunk.fresh.end()));
    }
    if (changed && !cachePath.isEmpty())
        writeCache(cachePath, absolute, fresh);

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
