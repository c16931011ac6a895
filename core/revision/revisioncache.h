// SPDX-License-Identifier: MIT
#pragma once

#include "revision.h"

#include <QString>

#include <string>
#include <vector>

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
/// index: an entry is valid while its file's stamp is unchanged. Entries are sorted by file
/// name. The file is a flat little-endian record list read in one go; the cache exists to be
/// faster than parsing, so it avoids QDataStream's per-field cost. Any unreadable, foreign or
/// outdated cache reads as empty. Not thread-safe for writing; find() is safe from any thread.
class RevisionCache
{
public:
    struct Entry
    {
        std::string name; ///< the file name's bytes
        FileStamp stamp;
        Revision revision; ///< path left empty: it is rebuilt from the directory
    };

    /// Reads the cache at @p path made for @p directory (empty when absent or stale).
    static RevisionCache read(const QString &path, const QString &directory);
    /// Writes @p entries (sorted by name) atomically; failures only cost speed next time.
    static void write(const QString &path, const QString &directory, const std::vector<Entry> &entries);

    const Entry *find(const std::string &name) const;
    size_t size() const { return m_entries.size(); }

private:
    std::vector<Entry> m_entries;
};

} // namespace strata
