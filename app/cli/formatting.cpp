// SPDX-License-Identifier: MIT
#include "formatting.h"

using namespace Qt::StringLiterals;

namespace strata::cli {

QJsonObject revisionJson(const Project &project, int index)
{
    const RevisionGraph &graph = project.graph();
    const Revision &revision = graph.at(index);
    return {
        {u"revision"_s, revision.id},
        {u"parents"_s, QJsonArray::fromStringList(revision.parents)},
        {u"message"_s, revision.message},
        {u"created"_s, revision.created.isValid() ? revision.created.toString(Qt::ISODate) : QString()},
        {u"file"_s, project.relativePath(revision.path)},
        {u"transactional"_s, revision.transactional},
        {u"checksum"_s, revision.checksum},
        {u"head"_s, graph.isHead(index)},
        {u"merge"_s, revision.isMerge()},
    };
}

QJsonArray idArray(const RevisionGraph &graph, const QList<int> &indices)
{
    QJsonArray array;
    for (int index : indices)
        array.append(graph.at(index).id);
    return array;
}

QString shortDate(const Revision &revision)
{
    return revision.created.isValid() ? revision.created.toString(u"yyyy-MM-dd"_s) : u"          "_s;
}

Result<int> lockWaitMs(const QString &text)
{
    // A bare number on the command line means seconds, as in "--lock-timeout 30".
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    auto ms = parseDurationMs(digitsOnly ? text + u's' : text);
    if (!ms)
        return fail(std::move(ms.error().addContext(u"--lock-timeout"_s)));
    return ms;
}

QString byteSize(qint64 bytes)
{
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    const QStringList units{u"kB"_s, u"MB"_s, u"GB"_s, u"TB"_s};
    double value = double(bytes);
    qsizetype unit = -1;
    while (value >= 1024 && unit + 1 < units.size()) {
        value /= 1024;
        ++unit;
    }
    return u"%1 %2"_s.arg(value, 0, 'f', value < 10 ? 1 : 0).arg(units.at(unit));
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    if (ms < 60'000)
        return u"%1 s"_s.arg(double(ms) / 1000, 0, 'f', 1);
    return u"%1 min %2 s"_s.arg(ms / 60'000).arg((ms / 1000) % 60, 2, 10, QChar(u'0'));
}

} // namespace strata::cli
