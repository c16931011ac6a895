// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace strata::ui::DemoProject {

namespace {
const QString ResourceRoot = u":/strata/demo"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("strata::ui::DemoProject", text);
}
} // namespace

Result<QString> install(const QString &directory)
{
    QDirIterator files(ResourceRoot, QDir::Files, QDirIterator::Subdirectories);
    if (!files.hasNext())
        return fail(ErrorCode::Io, tr("This build of Strata Studio has no demo project bundled."),
                    tr("Rebuild it from the repository (scripts/build.sh)."));
    const QDir target(directory);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString relative = source.mid(ResourceRoot.size() + 1);
        const QString destination = target.filePath(relative);
        if (QFile::exists(destination))
            continue;
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(source, destination))
            return fail(ErrorCode::Io, tr("Cannot write the demo project to %1.").arg(destination),
                        tr("Check that the directory is writable."));
        // Resource files are read-only; the user's copy must be editable.
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target.absolutePath();
}

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"demo"_s);
}

} // namespace strata::ui::DemoProject
