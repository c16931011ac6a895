// SPDX-License-Identifier: MIT
#include "postgrestools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

/// Directories that may hold the tools, in order of preference.
QStringList candidateDirectories()
{
    const QString configured = qEnvironmentVariable("STRATA_PG_BINDIR");
    if (!configured.isEmpty())
        return {configured};
    QStringList dirs;
    // Debian's /usr/bin/pg_dump is pg_wrapper, a script that picks a version itself: the
    // installations it picks from are listed below anyway, with their real versions.
    const QString onPath = QStandardPaths::findExecutable(u"pg_dump"_s);
    if (!onPath.isEmpty() && !QFileInfo(onPath).canonicalFilePath().endsWith(u"/pg_wrapper"_s))
        dirs << QFileInfo(onPath).absolutePath();
    QDir installations(u"/usr/lib/postgresql"_s);
    QStringList versions = installations.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions))
        dirs << installations.filePath(version + u"/bin"_s);
    dirs.removeDuplicates();
    return dirs;
}

/// What `pg_dump --version` says, or nothing when it does not run.
std::optional<PostgresTools> probe(const QString &dir)
{
    PostgresTools tools{dir, 0, {}};
    if (!QFileInfo(tools.pgDump()).isExecutable())
        return std::nullopt;
    QProcess process;
    process.start(tools.pgDump(), {u"--version"_s});
    if (!process.waitForFinished(10'000) || process.exitCode() != 0)
        return std::nullopt;
    tools.version = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    static const QRegularExpression number(u"\\(PostgreSQL\\)\\s+(\\d+)"_s);
    const QRegularExpressionMatch match = number.match(tools.version);
    if (!match.hasMatch())
        return std::nullopt;
    tools.major = match.captured(1).toInt();
    tools.version = tools.version.section(u" ("_s, 0, 1); // without the distribution's note
    return tools;
}

} // namespace

QString PostgresTools::pgDump() const
{
    return QDir(dir).filePath(u"pg_dump"_s);
}

QString PostgresTools::pgRestore() const
{
    return QDir(dir).filePath(u"pg_restore"_s);
}

QString PostgresTools::psql() const
{
    return QDir(dir).filePath(u"psql"_s);
}

Result<PostgresTools> findPostgresTools(int serverMajor)
{
    std::optional<PostgresTools> chosen;
    QStringList found;
    const QStringList dirs = candidateDirectories();
    for (const QString &dir : dirs) {
        const std::optional<PostgresTools> tools = probe(dir);
        if (!tools)
            continue;
        found << u"%1 in %2"_s.arg(tools->version, dir);
        if (tools->major >= serverMajor && (!chosen || tools->major < chosen->major))
            chosen = tools;
    }
    if (chosen) {
        for (const QString &tool : {chosen->pgRestore(), chosen->psql()}) {
            if (!QFileInfo(tool).isExecutable())
                return fail(ErrorCode::Backup, u"%1 has pg_dump but no %2"_s.arg(chosen->dir, QFileInfo(tool).fileName()),
                            u"install the whole PostgreSQL client package of that version"_s);
        }
        return *chosen;
    }
    const QString where = qEnvironmentVariableIsSet("STRATA_PG_BINDIR")
        ? u"in STRATA_PG_BINDIR (%1)"_s.arg(dirs.join(u", "_s))
        : u"on PATH or in /usr/lib/postgresql/*/bin"_s;
    if (found.isEmpty())
        return fail(ErrorCode::Backup, u"no pg_dump found %1"_s.arg(where),
                    u"install the PostgreSQL client tools, version %1 or newer (Debian: postgresql-client-%1)"_s.arg(
                        serverMajor));
    return fail(ErrorCode::Backup,
                u"the server is PostgreSQL %1 and no pg_dump %2 is that new: found %3"_s.arg(serverMajor).arg(
                    where, found.join(u"; "_s)),
                u"install the PostgreSQL %1 client tools (Debian: postgresql-client-%1); an older pg_dump "
                u"refuses a newer server"_s.arg(serverMajor));
}

} // namespace strata
