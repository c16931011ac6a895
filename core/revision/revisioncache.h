// SPDX-License-Identifier: MIT
#pragma once

#include "revision.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QFile;

namespace strata {

/// What identifies a file's content without reading it.
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    quint64 inode = 0;

    bool operator==(const FileStamp &) const = default;
};

/// Parsed revision headers kept between runs (`.strata/cache/revisions.bin`), like git's
/// index: an entry is valid while its file's stamp is unchanged. The file is a flat
/// little-endian list of records sorted by file name, each a name, a stamp and the encoded
/// header. read() maps it and indexes names and stamps only; find() decodes one header, so
/// a run allocates each revision once, and no more memory than it keeps (page faults are
/// most of a status command's cost at 10,000 revisions). Any unreadable, foreign or outdated
/// cache reads as empty. find() is safe from any thread.
class RevisionCache
{
public:
    struct Entry
    {
        std::string name; ///< the file name's bytes
        FileStamp stamp;
        Revision revision; ///< path not stored: it is rebuilt from the directory
    };

    RevisionCache();
    RevisionCache(RevisionCache &&) noexcept;
    RevisionCache &operator=(RevisionCache &&) noexcept;
    ~RevisionCache();

    /// Maps the cache at @p path made for @p directory (empty when absent or stale).
    static RevisionCache read(const QString &path, const QString &directory);
    /// Writes @p entries (sorted by name) atomically; failures only cost speed next time.
    static void write(const QString &path, const QString &directory, const std::vector<Entry> &entries);

    /// The cached header of file @p name when its stamp is still @p stamp (path left empty).
    std::optional<Revision> find(std::string_view name, const FileStamp &stamp) const;
    size_t size() const { return m_records.size(); }

private:
    struct Record
    {
        std::string_view name; ///< into the mapping
        FileStamp stamp;
        qsizetype offset = 0;  ///< of the encoded header
        qsizetype length = 0;
    };

    std::unique_ptr<QFile> m_file; ///< keeps the mapping alive
    QByteArrayView m_data;
    std::vector<Record> m_records;
};

} // namespace strata
