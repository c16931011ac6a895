// SPDX-License-Identifier: MIT
#pragma once

#include "revision.h"
#include "util/result.h"

#include <QByteArray>

namespace strata {

/// A parsed revision file: its header and its SQL.
struct ParsedRevision
{
    Revision revision;
    RevisionScript script;
};

/// Reads and writes the revision file format of DESIGN §3. Stateless and thread-safe.
namespace RevisionFile {

/// Parses file @p content as read from @p path. Errors are ErrorCode::Integrity and carry the
/// file and line of the problem and a hint saying how to fix it.
Result<ParsedRevision> parse(const QByteArray &content, const QString &path);

/// Like parse(), but keeps only the header and checksum (what RevisionLoader needs).
Result<Revision> parseHeader(QByteArrayView content, const QString &path);

/// Reads and parses the file at @p path (ErrorCode::Io when it cannot be read).
Result<ParsedRevision> read(const QString &path);

/// The SHA-256 (hex) of an upgrade section: line endings normalised to \n, trailing white
/// space trimmed from every line, leading and trailing empty lines dropped.
QString checksum(QStringView upgradeSection);

/// The full text of a revision file with the given header and sections.
QString render(const Revision &revision, const QString &upgradeSql, const QString &downgradeSql);
/// The file line on which render() starts the upgrade section: the header has a fixed shape.
constexpr int RenderedUpgradeFirstLine = 8;

} // namespace RevisionFile

} // namespace strata
