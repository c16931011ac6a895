// SPDX-License-Identifier: MIT
#include "revisioncache.h"

#include "log/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

constexpr quint32 CacheMagic = 0x53545243; // "STRC"
constexpr quint32 CacheVersion = 4;
using Entry = RevisionCache::Entry;

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

    void raw(const void *data, size_t size) { m_data.append(static_cast<const char *>(data), qsizetype(size)); }

private:
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
    std::string_view bytesView()
    {
        const quint32 size = u32();
        if (!take(size))
            return {};
        return std::string_view(m_data.data() + m_pos - size, size);
    }
    qsizetype position() const { return m_pos; }
    bool skip(qsizetype size) { return take(size); }
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

} // namespace

RevisionCache::RevisionCache() = default;
RevisionCache::RevisionCache(RevisionCache &&) noexcept = default;
RevisionCache &RevisionCache::operator=(RevisionCache &&) noexcept = default;
RevisionCache::~RevisionCache() = default;

RevisionCache RevisionCache::read(const QString &cachePath, const QString &directory)
{
    auto file = std::make_unique<QFile>(cachePath);
    if (cachePath.isEmpty() || !file->open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file->size();
    const uchar *mapped = size > 0 ? file->map(0, size) : nullptr;
    if (!mapped)
        return {};
    const QByteArrayView data(reinterpret_cast<const char *>(mapped), size);
    CacheReader in(data);
    if (in.u32() != CacheMagic || in.u32() != CacheVersion || in.string() != directory)
        return {};
    RevisionCache cache;
    cache.m_records.resize(in.u32());
    for (Record &record : cache.m_records) {
        record.name = in.bytesView();
        record.stamp.size = in.i64();
        record.stamp.mtimeNs = in.i64();
        record.stamp.inode = quint64(in.i64());
        record.length = in.u32();
        record.offset = in.position();
        if (!in.skip(record.length))
            return {};
    }
    if (!in.ok() || !in.atEnd()
        || !std::is_sorted(cache.m_records.begin(), cache.m_records.end(),
                           [](const Record &a, const Record &b) { return a.name < b.name; }))
        return {};
    cache.m_file = std::move(file);
    cache.m_data = data;
    return cache;
}

std::optional<Revision> RevisionCache::find(std::string_view name, const FileStamp &stamp) const
{
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), name,
                                     [](const Record &record, std::string_view key) { return record.name < key; });
    if (it == m_records.end() || it->name != name || !(it->stamp == stamp))
        return std::nullopt;
    CacheReader in(m_data.sliced(it->offset, it->length));
    Revision r;
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
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return r;
}

void RevisionCache::write(const QString &cachePath, const QString &directory, const std::vector<Entry> &cache)
{
    CacheWriter out;
    out.u32(CacheMagic);
    out.u32(CacheVersion);
    out.string(directory);
    out.u32(quint32(cache.size()));
    for (const Entry &entry : cache) {
        const Revision &r = entry.revision;
        out.bytes(entry.name);
        out.i64(entry.stamp.size);
        out.i64(entry.stamp.mtimeNs);
        out.i64(qint64(entry.stamp.inode));
        CacheWriter header;
        header.string(r.id);
        header.u32(quint32(r.parents.size()));
        for (const QString &parent : r.parents)
            header.string(parent);
        header.string(r.message);
        header.i64(r.created.isValid() ? r.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        header.u32(r.transactional ? 1 : 0);
        header.string(r.checksum);
        header.u32(quint32(r.revisionLine));
        header.u32(quint32(r.downRevisionLine));
        header.u32(quint32(r.upgradeLine));
        header.u32(quint32(r.downgradeLine));
        out.u32(quint32(header.data().size()));
        out.raw(header.data().constData(), size_t(header.data().size()));
    }
    if (!QDir().mkpath(QFileInfo(cachePath).absolutePath()))
        return;
    QSaveFile file(cachePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.data()) != out.data().size() || !file.commit())
        log::get(log::Revision)->debug("could not write the revision cache {}: {}", cachePath, file.errorString());
}




} // namespace strata
