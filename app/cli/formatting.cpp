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

} // namespace strata::cli
