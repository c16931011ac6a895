// SPDX-License-Identifier: MIT
#include "revisionauthor.h"

#include "revision/revisionfile.h"
#include "revision/revisionnaming.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace strata::RevisionAuthor {

namespace {

Result<WrittenRevision> writeFile(const Project &project, Revision revision, const QString &upgradeSql,
                                  const QString &downgradeSql)
{
    if (revision.message.trimmed().isEmpty())
        return fail(ErrorCode::Usage, u"a revision needs a message"_s,
                    u"pass -m \"what this migration does\", e.g. -m \"add email to users\""_s);
    const RevisionGraph &graph = project.graph();
    revision.id = RevisionNaming::newId([&graph](const QString &id) { return graph.indexOf(id).has_value(); });
    revision.created = QDateTime::currentDateTimeUtc();
    revision.created.setTime(QTime(revision.created.time().hour(), revision.created.time().minute(),
                                   revision.created.time().second()));
    const QDir dir(project.config().migrationsDir);
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return fail(ErrorCode::Io, u"cannot create the migrations directory %1"_s.arg(dir.path()),
                    u"check the permissions, or [project].migrations in strata.toml"_s);
    const QString path = dir.filePath(RevisionNaming::fileName(revision.created, revision.id, revision.message));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()),
                    u"check the migrations directory's permissions"_s);
    const QByteArray content = RevisionFile::render(revision, upgradeSql, downgradeSql).toUtf8();
    if (file.write(content) != content.size() || !file.flush())
        return fail(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    revision.path = path;
    revision.checksum = RevisionFile::checksum(upgradeSql);
    return WrittenRevision{revision, path};
}

} // namespace

Result<WrittenRevision> write(const Project &project, const QString &message, const QString &upgradeSql,
                              const QString &downgradeSql, bool transactional)
{
    const RevisionGraph &graph = project.graph();
    const QList<int> heads = graph.heads();
    if (heads.size() > 1) {
        QStringList ids;
        for (int head : heads)
            ids << graph.at(head).id;
        return fail(ErrorCode::Usage,
                    u"there are %1 heads (%2); a new revision would not know which to follow"_s.arg(heads.size()).arg(
                        ids.join(u", "_s)),
                    u"run 'strata merge -m \"merge heads\"' first"_s);
    }
    Revision revision;
    revision.message = message.trimmed();
    revision.transactional = transactional;
    if (!heads.isEmpty())
        revision.parents << graph.at(heads.first()).id;
    return writeFile(project, revision, upgradeSql, downgradeSql);
}

QString preview(const Project &project, const QString &message, const QString &upgradeSql,
                const QString &downgradeSql, bool transactional)
{
    Revision revision;
    revision.id = u"<new>"_s;
    revision.message = message.trimmed();
    revision.created = QDateTime::currentDateTimeUtc();
    revision.transactional = transactional;
    const QList<int> heads = project.graph().heads();
    if (!heads.isEmpty())
        revision.parents << project.graph().at(heads.first()).id;
    return RevisionFile::render(revision, upgradeSql, downgradeSql);
}

Result<WrittenRevision> writeMerge(const Project &project, const QString &message, const QList<int> &heads)
{
    if (heads.size() < 2)
        return fail(ErrorCode::Usage, u"a merge needs at least two revisions, got %1"_s.arg(heads.size()),
                    u"'strata heads' lists the heads to merge"_s);
    const RevisionGraph &graph = project.graph();
    for (int head : heads) {
        for (int other : heads) {
            if (other != head && graph.ancestors({other})[head])
                return fail(ErrorCode::Usage,
                            u"%1 is an ancestor of %2, so merging them joins nothing"_s.arg(graph.at(head).id,
                                                                                          graph.at(other).id),
                            u"merge revisions on different branches; 'strata heads' lists the heads"_s);
        }
    }
    Revision revision;
    revision.message = message.trimmed();
    for (int head : heads)
        revision.parents << graph.at(head).id;
    return writeFile(project, revision, {}, {});
}

} // namespace strata::RevisionAuthor
