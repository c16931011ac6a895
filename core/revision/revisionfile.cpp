// SPDX-License-Identifier: MIT
#include "revisionfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace strata {

bool isReservedRevisionWord(QStringView word)
{
    return word == u"head" || word == u"heads" || word == u"base" || word == u"current";
}

namespace RevisionFile {

namespace {

constexpr QStringView UpgradeMarker = u"migrate:upgrade";
constexpr QStringView DowngradeMarker = u"migrate:downgrade";
const QStringList knownKeys = {u"revision"_s, u"down_revision"_s, u"message"_s, u"created"_s,
                               u"transactional"_s};

/// A header line "-- key: value": key is lower-case letters and underscores.
struct HeaderLine
{
    QStringView key;
    QStringView value;
};

std::optional<HeaderLine> headerLine(QStringView line)
{
    if (!line.startsWith(u"--"))
        return std::nullopt;
    const QStringView body = line.mid(2).trimmed();
    const qsizetype colon = body.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QStringView key = body.left(colon);
    for (QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return std::nullopt;
    }
    if (key == u"migrate")
        return std::nullopt; // a section marker, not a header
    return HeaderLine{key, body.mid(colon + 1).trimmed()};
}

/// Header values may carry a trailing "-- comment" (except the message, which is free text).
QStringView stripTrailingComment(QStringView value)
{
    const qsizetype dashes = value.indexOf(u"--");
    return dashes >= 0 ? value.left(dashes).trimmed() : value;
}

std::optional<QStringView> sectionMarker(QStringView line)
{
    if (!line.startsWith(u"--"))
        return std::nullopt;
    const QStringView body = line.mid(2).trimmed();
    if (body == UpgradeMarker || body == DowngradeMarker)
        return body;
    return std::nullopt;
}

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 32 || isReservedRevisionWord(id))
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

QStringView rightTrimmed(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

tl::unexpected<Error> fileError(const QString &path, int line, const QString &message, const QString &hint)
{
    Error error(ErrorCode::Integrity, message, hint);
    error.setLocation({path, line});
    error.addContext(line > 0 ? path + u':' + QString::number(line) : path);
    return fail(std::move(error));
}

/// Joins lines [first, last) of @p lines back into text.
QString joinLines(const QList<QStringView> &lines, qsizetype first, qsizetype last)
{
    QString text;
    for (qsizetype i = first; i < last; ++i) {
        text += lines.at(i);
        text += u'\n';
    }
    return text;
}

} // namespace

QString checksum(QStringView upgradeSection)
{
    QList<QStringView> lines;
    for (QStringView line : upgradeSection.tokenize(u'\n'))
        lines.append(rightTrimmed(line)); // also removes the '\r' of CRLF endings
    qsizetype first = 0;
    qsizetype last = lines.size();
    while (first < last && lines.at(first).isEmpty())
        ++first;
    while (last > first && lines.at(last - 1).isEmpty())
        --last;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = first; i < last; ++i) {
        if (i > first)
            hash.addData(QByteArrayView("\n"));
        hash.addData(lines.at(i).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<ParsedRevision> parse(const QByteArray &content, const QString &path)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(content);
    if (decoder.hasError())
        return fileError(path, 0, u"the file is not valid UTF-8"_s,
                         u"save it as UTF-8 in your editor"_s);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<QStringView> lines;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line);
    }

    ParsedRevision parsed;
    Revision &revision = parsed.revision;
    revision.path = path;

    // The header: the block of "-- key: value" lines the file starts with.
    QStringList seenKeys;
    bool hasRevision = false;
    bool hasDownRevision = false;
    qsizetype index = 0;
    for (; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        const std::optional<HeaderLine> header = headerLine(lines.at(index));
        if (!header)
            break;
        const QString key = header->key.toString();
        if (!knownKeys.contains(key))
            return fileError(path, lineNo, u"unknown header key '%1'"_s.arg(key),
                             u"the header keys are %1; a comment after the header needs an empty line "
                             u"before it"_s.arg(knownKeys.join(u", "_s)));
        if (seenKeys.contains(key))
            return fileError(path, lineNo, u"header key '%1' appears twice"_s.arg(key),
                             u"keep one '-- %1:' line"_s.arg(key));
        seenKeys << key;

        const QStringView value = key == u"message"_s ? header->value : stripTrailingComment(header->value);
        if (key == u"revision"_s) {
            if (!isValidId(value))
                return fileError(path, lineNo, u"invalid revision id '%1'"_s.arg(value),
                                 u"a revision id is 1-32 letters, digits or '_' (Strata writes 12 hex "
                                 u"digits) and not one of head, heads, base, current"_s);
            revision.id = value.toString();
            hasRevision = true;
        } else if (key == u"down_revision"_s) {
            hasDownRevision = true;
            if (value.isEmpty() || value == u"None")
                continue;
            for (QStringView parent : value.split(u',')) {
                parent = parent.trimmed();
                if (!isValidId(parent))
                    return fileError(path, lineNo, u"invalid parent revision '%1' in down_revision"_s.arg(parent),
                                     u"write 'None' for a base, one id, or ids separated by commas for a "
                                     u"merge"_s);
                if (revision.parents.contains(parent))
                    return fileError(path, lineNo, u"down_revision lists '%1' twice"_s.arg(parent),
                                     u"list each parent once"_s);
                revision.parents << parent.toString();
            }
        } else if (key == u"message"_s) {
            revision.message = value.toString();
        } else if (key == u"created"_s) {
            revision.created = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (!revision.created.isValid())
                return fileError(path, lineNo, u"invalid created timestamp '%1'"_s.arg(value),
                                 u"write an ISO 8601 time such as 2026-01-13T17:24:00Z"_s);
            revision.created = revision.created.toUTC();
        } else if (key == u"transactional"_s) {
            if (value == u"true")
                revision.transactional = true;
            else if (value == u"false")
                revision.transactional = false;
            else
                return fileError(path, lineNo, u"transactional must be true or false, not '%1'"_s.arg(value),
                                 u"write '-- transactional: false' for statements such as CREATE INDEX "
                                 u"CONCURRENTLY"_s);
        }
    }
    if (index == 0)
        return fileError(path, 1, u"the file does not start with a revision header"_s,
                         u"begin with '-- revision: <id>' and '-- down_revision: <parent or None>' lines; "
                         u"'strata makemigrations --empty -m MSG' writes a template"_s);
    if (!hasRevision)
        return fileError(path, 1, u"the header has no '-- revision:' line"_s,
                         u"add '-- revision: <id>' at the top of the file"_s);
    if (!hasDownRevision)
        return fileError(path, 1, u"the header has no '-- down_revision:' line"_s,
                         u"add '-- down_revision: <parent id>' (or None for a first revision)"_s);
    if (revision.parents.contains(revision.id))
        return fileError(path, 2, u"revision %1 lists itself as its parent"_s.arg(revision.id),
                         u"down_revision names the revision this one follows"_s);

    // The body: optional comments, then the upgrade section, then the downgrade section.
    for (; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        const QStringView line = lines.at(index);
        if (const auto marker = sectionMarker(line)) {
            if (*marker == UpgradeMarker) {
                if (revision.upgradeLine > 0)
                    return fileError(path, lineNo,
                                     u"second '-- migrate:upgrade' marker (the first is on line %1)"_s.arg(
                                         revision.upgradeLine),
                                     u"a revision has one upgrade and one downgrade section"_s);
                if (revision.downgradeLine > 0)
                    return fileError(path, lineNo, u"'-- migrate:upgrade' comes after '-- migrate:downgrade'"_s,
                                     u"put the upgrade section first"_s);
                revision.upgradeLine = lineNo;
            } else {
                if (revision.downgradeLine > 0)
                    return fileError(path, lineNo,
                                     u"second '-- migrate:downgrade' marker (the first is on line %1)"_s.arg(
                                         revision.downgradeLine),
                                     u"a revision has one upgrade and one downgrade section"_s);
                if (revision.upgradeLine == 0)
                    return fileError(path, lineNo, u"'-- migrate:downgrade' comes before '-- migrate:upgrade'"_s,
                                     u"put the upgrade section first"_s);
                revision.downgradeLine = lineNo;
            }
            continue;
        }
        if (revision.upgradeLine == 0) {
            const QStringView trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(u"--"))
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

    RevisionScript &script = parsed.script;
    script.upgradeFirstLine = revision.upgradeLine + 1;
    script.upgrade = joinLines(lines, revision.upgradeLine, revision.downgradeLine - 1);
    script.downgradeFirstLine = revision.downgradeLine + 1;
    script.downgrade = joinLines(lines, revision.downgradeLine, lines.size());
    revision.checksum = checksum(script.upgrade);
    return parsed;
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
