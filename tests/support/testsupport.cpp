// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "database/connection.h"
#include "diff/schemadiff.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace strata::test {

Revision revisionFromSpec(const QString &spec)
{
    QString rest = spec;
    int minute = 0;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        minute = rest.mid(at + 1).toInt();
        rest.truncate(at);
    }
    Revision r;
    const qsizetype colon = rest.indexOf(u':');
    r.id = colon >= 0 ? rest.left(colon) : rest;
    if (colon >= 0)
        r.parents = rest.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    r.created = QDateTime(QDate(2026, 1, 13), QTime(12, 0), Qt::UTC).addSecs(60 * minute);
    r.path = u"/project/migrations/versions/"_s + r.id + u".sql"_s;
    r.message = r.id;
    return r;
}

RevisionGraph graphFromSpecs(const QStringList &specs)
{
    QList<Revision> revisions;
    for (const QString &spec : specs)
        revisions << revisionFromSpec(spec);
    auto graph = RevisionGraph::build(revisions);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().message()));
    return *std::move(graph);
}

StatusReport statusFromRows(const RevisionGraph &graph, const QStringList &rows, const QString &failed,
                            const QString &edited)
{
    StatusReport report;
    report.database = u"sqlite:///dev.db"_s;
    report.state = AppliedState::fromRows(graph, rows);
    report.revisions.resize(graph.size());
    for (int i = 0; i < graph.size(); ++i) {
        RevisionStatus &status = report.revisions[i];
        status.applied = report.state.isApplied(i);
        status.current = report.state.rows.contains(i);
        if (graph.at(i).id == failed) {
            status.failed = true;
            status.lastRecord = LatestRecord{7, u"up"_s, {}, false, u"line 3: boom"_s};
        }
        status.edited = graph.at(i).id == edited;
    }
    return report;
}

Result<DatabaseUrl> postgresServerUrl()
{
    const QString text = qEnvironmentVariable("STRATA_TEST_PG_URL");
    if (text.isEmpty())
        return fail(ErrorCode::Config, u"STRATA_TEST_PG_URL is not set"_s,
                    u"run the tests through scripts/test.sh (or scripts/with-postgres.sh ctest ...), which "
                    u"starts a throwaway PostgreSQL"_s);
    return DatabaseUrl::parse(text);
}

ScratchPostgres::ScratchPostgres(DatabaseUrl server, DatabaseUrl url)
    : m_server(std::move(server))
    , m_url(std::move(url))
{
}

Result<std::unique_ptr<ScratchPostgres>> ScratchPostgres::create()
{
    STRATA_ASSIGN_OR_RETURN(server, postgresServerUrl());
    const QString name = u"strata_test_%1"_s.arg(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFull, 0, 16);
    {
        STRATA_ASSIGN_OR_RETURN(admin, Connection::open(*server, {}));
        STRATA_TRY((*admin)->exec(u"CREATE DATABASE "_s + name));
    }
    return std::unique_ptr<ScratchPostgres>(new ScratchPostgres(*server, server->withDatabase(name)));
}

ScratchPostgres::~ScratchPostgres()
{
    if (auto admin = Connection::open(m_server, {}))
        (void)(*admin)->exec(u"DROP DATABASE IF EXISTS "_s + m_url.database() + u" WITH (FORCE)"_s);
}

TempProject::TempProject()
{
    QDir root(m_dir.path());
    root.mkpath(u"migrations/versions"_s);
    root.mkpath(u"models"_s);
    writeConfig(u"[database]\nurl = \"sqlite:///dev.db\"\n"_s);
}

void TempProject::writeConfig(const QString &toml)
{
    QFile file(m_dir.filePath(u"strata.toml"_s));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(toml.toUtf8());
}

void TempProject::setDatabaseUrl(const QString &url)
{
    writeConfig(u"[database]\nurl = \"%1\"\n"_s.arg(url));
}

QString TempProject::writeRevision(const QString &id, const QStringList &parents, const QString &upgrade,
                                   const QString &downgrade, bool transactional, const QString &message)
{
    // Distinct, increasing created times keep the topological tie-break predictable.
    const QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * ++m_written);
    const QString text = u"-- revision: %1\n-- down_revision: %2\n-- message: %3\n-- created: %4\n"
                         u"-- transactional: %5\n\n-- migrate:upgrade\n%6\n\n-- migrate:downgrade\n%7\n"_s.arg(
                             id, parents.isEmpty() ? u"None"_s : parents.join(u", "_s),
                             message.isEmpty() ? u"revision "_s + id : message, created.toString(Qt::ISODate),
                             transactional ? u"true"_s : u"false"_s, upgrade, downgrade);
    const QString path = QDir(migrationsDir()).filePath(id + u".sql"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    return path;
}

namespace {

void prepare(QProcess &process, const QString &workingDirectory, const QStringList &arguments,
             const QStringList &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DATABASE_URL"_s);
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.setProgram(QStringLiteral(STRATA_BINARY));
    process.setArguments(arguments);
}

} // namespace

CliRun runStrata(const QString &workingDirectory, const QStringList &arguments, const QStringList &environment,
                 int timeoutMs)
{
    QProcess process;
    prepare(process, workingDirectory, arguments, environment);
    process.start();
    CliRun run;
    if (!process.waitForStarted(timeoutMs) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"strata did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::unique_ptr<QProcess> startStrata(const QString &workingDirectory, const QStringList &arguments,
                                      const QStringList &environment)
{
    auto process = std::make_unique<QProcess>();
    prepare(*process, workingDirectory, arguments, environment);
    process->start();
    return process;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.isDir())
            copyTree(entry.filePath(), QDir(to).filePath(entry.fileName()));
        else
            QFile::copy(entry.filePath(), QDir(to).filePath(entry.fileName()));
    }
}

QByteArray schemaDifferences(const Schema &actual, const Schema &expected)
{
    QStringList lines;
    for (const SchemaChange &change : diffSchemas(actual, expected))
        lines << describe(change);
    return lines.join(u'\n').toUtf8();
}

QByteArray scriptListing(const ChangeScript &script)
{
    return script.statements.join(QStringLiteral(";\n")).toUtf8();
}

} // namespace strata::test
