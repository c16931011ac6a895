// SPDX-License-Identifier: MIT
#include "revisionfile.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace strata {

namespace RevisionFile {

namespace {

// The parser works on the file's UTF-8 bytes: everything it looks for (header keys, markers,
// white space) is ASCII, and reading 10,000 revisions must not convert every file to UTF-16.

using Line = QByteArrayView;

constexpr Line UpgradeMarker = "migrate:upgrade";
constexpr Line DowngradeMarker = "migrate:downgrade";
constexpr std::array<Line, 5> KnownKeys = {"revision", "down_revision", "message", "created", "transactional"};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

Line trimmed(Line line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isBlank(line.at(begin)))
        ++begin;
    while (end > begin && isBlank(line.at(end - 1)))
        --end;
    return line.sliced(begin, end - begin);
}

Line rightTrimmed(Line line)
{
    qsizetype end = line.size();
    while (end > 0 && isBlank(line.at(end - 1)))
        --end;
    return line.first(end);
}

QString text(Line line)
{
    return QString::fromUtf8(line);
}

/// Validates UTF-8 quickly (revision files are almost all ASCII); returns the offset of the
/// first invalid byte, or -1.
qsizetype invalidUtf8At(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *p = begin;
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t codePoint = 0;
        if ((*p & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = *p & 0x1F;
        } else if ((*p & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = *p & 0x0F;
        } else if ((*p & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = *p & 0x07;
        } else {
            return p - begin;
        }
        if (end - p <= extra)
            return p - begin;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return p - begin;
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        const char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[extra] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return p - begin;
        p += extra + 1;
    }
    return -1;
}

/// A header line "-- key: value": key is lower-case letters and underscores.
struct HeaderLine
{
    Line key;
    Line value;
};

std::optional<HeaderLine> headerLine(Line line)
{
    if (!line.startsWith("--"))
        return std::nullopt;
    const Line body = trimmed(line.sliced(2));
    const qsizetype colon = body.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const Line key = body.first(colon);
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || c == '_'))
            return std::nullopt;
    }
    if (key == "migrate")
        return std::nullopt; // a section marker, not a header
    return HeaderLine{key, trimmed(body.sliced(colon + 1))};
}

/// Header values may carry a trailing "-- comment" (except the message, which is free text).
Line stripTrailingComment(Line value)
{
    const qsizetype dashes = value.indexOf("--");
    return dashes >= 0 ? trimmed(value.first(dashes)) : value;
}

std::optional<Line> sectionMarker(Line line)
{
    if (!line.startsWith("--"))
        return std::nullopt;
    const Line body = trimmed(line.sliced(2));
    if (body == UpgradeMarker || body == DowngradeMarker)
        return body;
    return std::nullopt;
}

bool isValidId(Line id)
{
    if (id.isEmpty() || id.size() > 32 || id == "head" || id == "heads" || id == "base" || id == "current")
        return false;
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

/// "2026-01-13T17:24:00Z" without QDateTime's general parser, which costs more than the rest
/// of a file; anything else goes to QDateTime.
QDateTime parseCreated(Line value)
{
    auto digits = [&value](qsizetype at, qsizetype count) {
        int number = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char c = value.at(i);
            if (c < '0' || c > '9')
                return -1;
            number = number * 10 + (c - '0');
        }
        return number;
    };
    if (value.size() == 20 && value.at(4) == '-' && value.at(7) == '-' && value.at(10) == 'T' && value.at(13) == ':'
        && value.at(16) == ':' && value.at(19) == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
        return {};
    }
    return QDateTime::fromString(text(value), Qt::ISODate).toUTC();
}

tl::unexpected<Error> fileError(const QString &path, int line, const QString &message, const QString &hint)
{
    Error error(ErrorCode::Integrity, message, hint);
    error.setLocation({path, line});
    error.addContext(line > 0 ? path + u':' + QString::number(line) : path);
    return fail(std::move(error));
}

/// Lines [first, last) of @p lines joined back into text (line endings normalised to \n).
QString joinLines(const QList<Line> &lines, qsizetype first, qsizetype last)
{
    QByteArray joined;
    for (qsizetype i = first; i < last; ++i) {
        joined += lines.at(i);
        joined += '\n';
    }
    return QString::fromUtf8(joined);
}

/// SHA-256 over lines [first, last), each right-trimmed, without leading and trailing empty lines.
QString checksumOfLines(const QList<Line> &lines, qsizetype first, qsizetype last)
{
    while (first < last && rightTrimmed(lines.at(first)).isEmpty())
        ++first;
    while (last > first && rightTrimmed(lines.at(last - 1)).isEmpty())
        --last;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            hash.addData(QByteArrayView("\n"));
        hash.addData(rightTrimmed(lines.at(i)));
    }
    const QByteArrayView digest = hash.resultView();
    QString hex(digest.size() * 2, Qt::Uninitialized);
    QChar *out = hex.data();
    for (char byte : digest) {
        *out++ = QLatin1Char("0123456789abcdef"[(uchar(byte) >> 4) & 0xF]);
        *out++ = QLatin1Char("0123456789abcdef"[uchar(byte) & 0xF]);
    }
    return hex;
}

QList<Line> splitLines(QByteArrayView content)
{
    QList<Line> lines;
    lines.reserve(std::count(content.begin(), content.end(), '\n') + 1);
    const char *data = content.data();
    qsizetype start = 0;
    while (start <= content.size()) {
        const void *newline = std::memchr(data + start, '\n', size_t(content.size() - start));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : content.size();
        Line line(data + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    // "a\n" is one line, not a line and an empty one.
    if (!lines.isEmpty() && lines.last().isEmpty() && content.endsWith('\n'))
        lines.removeLast();
    return lines;
}

} // namespace

QString checksum(QStringView upgradeSection)
{
    const QByteArray bytes = upgradeSection.toUtf8();
    const QList<Line> lines = splitLines(bytes);
    return checksumOfLines(lines, 0, lines.size());
}

namespace {

/// Parses @p content; fills the script only when @p withScript (the loader skips it).
Result<ParsedRevision> parseBytes(QByteArrayView content, const QString &path, bool withScript)
{
    if (const qsizetype bad = invalidUtf8At(content); bad >= 0)
        return fileError(path, int(std::count(content.begin(), content.begin() + bad, '\n')) + 1,
                         u"the file is not valid UTF-8"_s, u"save it as UTF-8 in your editor"_s);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    const QList<Line> lines = splitLines(content);

    ParsedRevision parsed;
    Revision &revision = parsed.revision;
    revision.path = path;

    // The header: the block of "-- key: value" lines the file starts with.
    std::array<bool, KnownKeys.size()> seen = {};
    qsizetype index = 0;
    for (; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        const std::optional<HeaderLine> header = headerLine(lines.at(index));
        if (!header)
            break;
        const auto known = std::find(KnownKeys.begin(), KnownKeys.end(), header->key);
        const QString key = text(header->key);
        if (known == KnownKeys.end()) {
            QStringList names;
            for (Line name : KnownKeys)
                names << text(name);
            return fileError(path, lineNo, u"unknown header key '%1'"_s.arg(key),
                             u"the header keys are %1; a comment after the header needs an empty line "
                             u"before it"_s.arg(names.join(u", "_s)));
        }
        bool &keySeen = seen[size_t(known - KnownKeys.begin())];
        if (keySeen)
            return fileError(path, lineNo, u"header key '%1' appears twice"_s.arg(key),
                             u"keep one '-- %1:' line"_s.arg(key));
        keySeen = true;

        const Line value = header->key == "message" ? header->value : stripTrailingComment(header->value);
        if (header->key == "revision") {
            if (!isValidId(value))
                return fileError(path, lineNo, u"invalid revision id '%1'"_s.arg(text(value)),
                                 u"a revision id is 1-32 letters, digits or '_' (Strata writes 12 hex "
                                 u"digits) and not one of head, heads, base, current"_s);
            revision.id = text(value);
            revision.revisionLine = lineNo;
        } else if (header->key == "down_revision") {
            revision.downRevisionLine = lineNo;
            if (value.isEmpty() || value == "None")
                continue;
            qsizetype from = 0;
            while (from <= value.size()) {
                qsizetype comma = value.indexOf(',', from);
                if (comma < 0)
                    comma = value.size();
                const Line parent = trimmed(value.sliced(from, comma - from));
                from = comma + 1;
                if (!isValidId(parent))
                    return fileError(path, lineNo,
                                     u"invalid parent revision '%1' in down_revision"_s.arg(text(parent)),
                                     u"write 'None' for a base, one id, or ids separated by commas for a "
                                     u"merge"_s);
                const QString parentId = text(parent);
                if (revision.parents.contains(parentId))
                    return fileError(path, lineNo, u"down_revision lists '%1' twice"_s.arg(parentId),
                                     u"list each parent once"_s);
                revision.parents << parentId;
            }
        } else if (header->key == "message") {
            revision.message = text(value);
        } else if (header->key == "created") {
            revision.created = parseCreated(value);
            if (!revision.created.isValid())
                return fileError(path, lineNo, u"invalid created timestamp '%1'"_s.arg(text(value)),
                                 u"write an ISO 8601 time such as 2026-01-13T17:24:00Z"_s);
        } else if (header->key == "transactional") {
            if (value == "true")
                revision.transactional = true;
            else if (value == "false")
                revision.transactional = false;
            else
                return fileError(path, lineNo,
                                 u"transactional must be true or false, not '%1'"_s.arg(text(value)),
                                 u"write '-- transactional: false' for statements such as CREATE INDEX "
                                 u"CONCURRENTLY"_s);
        }
    }
    // A line right after the header that starts like a header line ("-- down_revision None")
    // is a broken header line, not a comment: say so rather than "no down_revision".
    if (index < lines.size()) {
        const Line next = trimmed(lines.at(index));
        if (next.startsWith("--")) {
            const Line word = trimmed(next.sliced(2));
            for (Line key : KnownKeys) {
                if (word.startsWith(key) && (word.size() == key.size() || isBlank(word.at(key.size()))))
                    return fileError(path, int(index + 1),
                                     u"malformed header line: '-- %1' has no ':'"_s.arg(text(word)),
                                     u"write header lines as '-- key: value'"_s);
            }
        }
    }
    if (index == 0)
        return fileError(path, 1, u"the file does not start with a revision header"_s,
                         u"begin with '-- revision: <id>' and '-- down_revision: <parent or None>' lines; "
                         u"'strata makemigrations --empty -m MSG' writes a template"_s);
    if (!seen[0])
        return fileError(path, 1, u"the header has no '-- revision:' line"_s,
                         u"add '-- revision: <id>' at the top of the file"_s);
    if (!seen[1])
        return fileError(path, 1, u"the header has no '-- down_revision:' line"_s,
                         u"add '-- down_revision: <parent id>' (or None for a first revision)"_s);
    if (revision.parents.contains(revision.id))
        return fileError(path, revision.downRevisionLine, u"revision %1 lists itself as its parent"_s.arg(revision.id),
                         u"down_revision names the revision this one follows"_s);

    // The body: optional comments, then the upgrade section, then the downgrade section.
    for (; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        const Line line = lines.at(index);
        if (const auto marker = sectionMarker(line)) {
            if (*marker == UpgradeMarker) {
                if (revision.upgradeLine > 0)
                    return fileError(path, lineNo,
                                     u"second '-- migrate:upgrade' marker (the first is on line %1)"_s.arg(
                                         revision.upgradeLine),
                                     u"a revision has one upgrade and one downgrade section"_s);
                if (revision.downgradeLine > 0)
                    return fileError(path, lineNo,
                                     u"'-- migrate:upgrade' comes after '-- migrate:downgrade'"_s,
                                     u"put the upgrade section first"_s);
                revision.upgradeLine = lineNo;
            } else {
                if (revision.downgradeLine > 0)
                    return fileError(path, lineNo,
                                     u"second '-- migrate:downgrade' marker (the first is on line %1)"_s.arg(
                                         revision.downgradeLine),
                                     u"a revision has one upgrade and one downgrade section"_s);
                if (revision.upgradeLine == 0)
                    return fileError(path, lineNo,
                                     u"'-- migrate:downgrade' comes before '-- migrate:upgrade'"_s,
                                     u"put the upgrade section first"_s);
                revision.downgradeLine = lineNo;
            }
            continue;
        }
        if (revision.upgradeLine == 0) {
            const Line stripped = trimmed(line);
            if (!stripped.isEmpty() && !stripped.startsWith("--"))
                return fileError(path, lineNo, u"SQL before the '-- migrate:upgrade' marker"_s,
                                 u"put statements under '-- migrate:upgrade' or '-- migrate:downgrade'"_s);
        }
    }
    if (revision.upgradeLine == 0)
        return fileError(path, 0, u"missing the '-- migrate:upgrade' section"_s,
                         u"add a line '-- migrate:upgrade' followed by the upgrade SQL"_s);
    if (revision.downgradeLine == 0)
        return fileError(path, 0, u"missing the '-- migrate:downgrade' section"_s,
                         u"add a line '-- migrate:downgrade' followed by the SQL that undoes the upgrade "
                         u"(it may be empty)"_s);

    // Line numbers are 1-based, so the upgrade marker's number is the index of the first
    // upgrade line and the downgrade marker's number minus one ends the section.
    revision.checksum = checksumOfLines(lines, revision.upgradeLine, revision.downgradeLine - 1);
    if (withScript) {
        RevisionScript &script = parsed.script;
        script.upgradeFirstLine = revision.upgradeLine + 1;
        script.upgrade = joinLines(lines, revision.upgradeLine, revision.downgradeLine - 1);
        script.downgradeFirstLine = revision.downgradeLine + 1;
        script.downgrade = joinLines(lines, revision.downgradeLine, lines.size());
    }
    return parsed;
}

} // namespace

Result<ParsedRevision> parse(const QByteArray &content, const QString &path)
{
    return parseBytes(content, path, true);
}

Result<Revision> parseHeader(QByteArrayView content, const QString &path)
{
    STRATA_ASSIGN_OR_RETURN(parsed, parseBytes(content, path, false));
    return std::move(parsed->revision);
}

Result<ParsedRevision> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, u"cannot read revision file %1: %2"_s.arg(path, file.errorString()),
                    u"check that the file exists and is readable"_s);
    return parse(file.readAll(), path);
}

QString render(const Revision &revision, const QString &upgradeSql, const QString &downgradeSql)
{
    QString message = revision.message;
    message.replace(u'\n', u' ').replace(u'\r', u' ');
    const QString created = revision.created.isValid()
                                ? revision.created.toUTC().toString(Qt::ISODate)
                                : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString text;
    text += u"-- revision: "_s + revision.id + u'\n';
    text += u"-- down_revision: "_s + (revision.parents.isEmpty() ? u"None"_s : revision.parents.join(u", "_s))
            + u'\n';
    text += u"-- message: "_s + message + u'\n';
    text += u"-- created: "_s + created + u'\n';
    text += u"-- transactional: "_s + (revision.transactional ? u"true"_s : u"false"_s) + u'\n';
    text += u"\n-- migrate:upgrade\n"_s;
    text += upgradeSql;
    if (!upgradeSql.isEmpty() && !upgradeSql.endsWith(u'\n'))
        text += u'\n';
    text += u"\n-- migrate:downgrade\n"_s;
    text += downgradeSql;
    if (!downgradeSql.isEmpty() && !downgradeSql.endsWith(u'\n'))
        text += u'\n';
    return text;
}

} // namespace RevisionFile

} // namespace strata
