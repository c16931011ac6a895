// SPDX-License-Identifier: MIT
#include "revisionloader.h"

#include "revisionfile.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace strata::RevisionLoader {

Result<QList<Revision>> loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(ErrorCode::Config, u"migrations directory %1 does not exist"_s.arg(directory),
                    u"run 'strata init' or set [project].migrations in strata.toml"_s);

    // No QDir::Readable filter: an unreadable file must be reported, not skipped.
    const QStringList all = dir.entryList({u"*.sql"_s}, QDir::Files | QDir::Hidden, QDir::Name);

    QList<Revision> revisions;
    revisions.reserve(all.size());
    QList<Error> errors;
    for (const QString &name : all) {
        const QString path = dir.absoluteFilePath(name);
        auto parsed = RevisionFile::read(path);
        if (!parsed) {
            errors.append(parsed.error());
            continue;
        }
        revisions.append(std::move(parsed->revision));
    }
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
