// SPDX-License-Identifier: MIT
#include "autogenerateservice.h"

#include "database/scratchdatabase.h"
#include "graph/revisionspec.h"
#include "lint/lintservice.h"
#include "log/logging.h"
#include "revision/revisionfile.h"
#include "schema/postgresintrospector.h"
#include "schema/sqliteintrospector.h"
#include "schema/schemajson.h"
#include "schemadiff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace strata::AutogenerateService {

QStringList modelFiles(const ProjectConfig &config)
{
    QStringList files;
    for (const QString &pattern : config.modelPatterns) {
        const QFileInfo info(config.rootDir.absoluteFilePath(pattern));
        const QDir dir(info.absolutePath());
        for (const QString &name : dir.entryList({info.fileName()}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

Result<Schema> readSchema(Connection &connection, const QStringList &excludedTables)
{
    return connection.dialect() == Dialect::Postgres ? readPostgresSchema(connection, excludedTables)
                                                      : readSqliteSchema(connection, excludedTables);
}

namespace {

/// The cache key of a replayed schema: the server that prints it and every upgrade section
/// replayed to build it, in order (their checksums).
QString replayKey(const Project &project, const QList<int> &revisions, const QString &serverVersion)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(serverVersion.toUtf8());
    const RevisionGraph &graph = project.graph();
    for (int index : revisions) {
        hash.addData(graph.at(index).id.toUtf8());
        hash.addData(graph.at(index).checksum.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString cachePath(const Project &project, const QString &name)
{
    return QDir(project.config().stateDir()).filePath(u"cache/"_s + name);
}

/// A schema cached under @p name when its key is still @p key.
std::optional<Schema> cachedSchema(const Project &project, const QString &name, const QString &key)
{
    QFile file(cachePath(project, name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject cached = QJsonDocument::fromJson(file.readAll()).object();
    if (cached[u"key"_s].toString() != key)
        return std::nullopt;
    auto schema = SchemaJson::fromJson(cached[u"schema"_s].toObject());
    return schema ? std::optional<Schema>(*std::move(schema)) : std::nullopt;
}

void cacheSchema(const Project &project, const QString &name, const QString &key, const Schema &schema)
{
    // Best effort: a read-only checkout still works, it only rebuilds every time.
    const QString path = cachePath(project, name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{u"key"_s, key}, {u"schema"_s, SchemaJson::toJson(schema)}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        log::get(log::Revision)->debug("could not write {}: {}", path, file.errorString());
}

Result<Schema> replaySchema(const Project &project, const ConnectionChoice &choice, const QList<int> &revisions)
{
    const RevisionGraph &graph = project.graph();
    STRATA_ASSIGN_OR_RETURN(scratch, ScratchDatabase::create(choice.url, project.config().shadowUrl));
    for (int index : revisions) {
        const Revision &revision = graph.at(index);
        STRATA_ASSIGN_OR_RETURN(parsed, RevisionFile::read(revision.path));
        // As migrate runs them: a transactional revision in one transaction (it may rely on
        // that), a non-transactional one statement by statement (ALTER TYPE ... ADD VALUE).
        const QString source = project.relativePath(revision.path);
        const int firstLine = parsed->script.upgradeFirstLine;
        if (auto replayed = revision.transactional
                ? (*scratch)->runInTransaction(parsed->script.upgrade, source, firstLine)
                : (*scratch)->run(parsed->script.upgrade, source, firstLine);
            !replayed) {
            Error error = replayed.error();
            error.addContext(u"replaying %1 on a scratch database"_s.arg(revision.id));
            error.setHint(u"every revision must apply to an empty database; fix the file or the revisions before it"_s);
            return fail(std::move(error));
        }
    }
    return readSchema((*scratch)->connection(), {});
}

/// The schema @p revisions (in topological order) build, from the cache when none of them
/// changed since.
Result<Schema> replayedSchema(const Project &project, const ConnectionChoice &choice, const QList<int> &revisions,
                              const QString &serverVersion, const QString &cacheName)
{
    if (revisions.isEmpty())
        return Schema();
    const QString key = replayKey(project, revisions, serverVersion);
    if (auto cached = cachedSchema(project, cacheName, key))
        return *std::move(cached);
    STRATA_ASSIGN_OR_RETURN(schema, replaySchema(project, choice, revisions));
    cacheSchema(project, cacheName, key, *schema);
    return schema;
}

/// The schema the revisions build, from the cache when no revision changed since.
Result<Schema> headSchema(const Project &project, const ConnectionChoice &choice, const QString &serverVersion)
{
    const RevisionGraph &graph = project.graph();
    if (graph.heads().size() > 1)
        return fail(ErrorCode::Usage,
                    u"there are %1 heads (%2); the schema to compare the models with is ambiguous"_s.arg(
                        graph.heads().size()).arg(graph.describe(graph.heads())),
                    u"run 'strata merge -m \"merge heads\"' first"_s);
    return replayedSchema(project, choice, graph.topologicalOrder(), serverVersion, u"head-schema.json"_s);
}

/// The models' schema; from the cache while no models file changed.
Result<Schema> modelsSchema(const Project &project, const ConnectionChoice &choice, const QString &serverVersion)
{
    const QStringList files = modelFiles(project.config());
    if (files.isEmpty())
        return fail(ErrorCode::Config,
                    u"no models files match %1"_s.arg(project.config().modelPatterns.join(u", "_s)),
                    u"write the desired schema as DDL in models/schema.sql, or set [project].models in strata.toml"_s);
    QList<QPair<QString, QByteArray>> contents;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(serverVersion.toUtf8());
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        contents.append({path, file.readAll()});
        hash.addData(path.toUtf8());
        hash.addData(contents.last().second);
    }
    const QString key = QString::fromLatin1(hash.result().toHex());
    if (auto cached = cachedSchema(project, u"models-schema.json"_s, key))
        return *std::move(cached);

    STRATA_ASSIGN_OR_RETURN(scratch, ScratchDatabase::create(choice.url, project.config().shadowUrl));
    // The models declare a schema rather than a sequence of steps: a SQL function may name a
    // table declared after it (pg_dump's output loads the same way).
    if (choice.url.dialect() == Dialect::Postgres)
        STRATA_TRY((*scratch)->connection().exec(u"SET check_function_bodies = false"_s));
    for (const auto &[path, content] : std::as_const(contents)) {
        if (auto loaded = (*scratch)->runInTransaction(QString::fromUtf8(content), project.relativePath(path));
            !loaded) {
            Error error = loaded.error();
            error.addContext(u"loading the models"_s);
            error.setHint(u"the models are plain DDL that must run on an empty database; fix the statement"_s);
            return fail(std::move(error));
        }
    }
    STRATA_ASSIGN_OR_RETURN(schema, readSchema((*scratch)->connection(), {}));
    cacheSchema(project, u"models-schema.json"_s, key, *schema);
    return schema;
}

/// How this Strata reads a schema: part of the cache keys. Bump it when introspection
/// reads something differently (2: SQLite index definitions with their white space collapsed),
/// so that schemas cached by an older Strata are read again.
constexpr int IntrospectionFormat = 2;

/// The version of the server the scratch databases live on, and how Strata reads it: part
/// of the cache keys, because the catalogs print expressions and view bodies differently
/// across versions.
Result<QString> scratchServerVersion(const Project &project, const ConnectionChoice &choice)
{
    const QString reader = u"introspection %1, "_s.arg(IntrospectionFormat);
    if (choice.url.dialect() == Dialect::Sqlite)
        return reader + u"SQLite "_s + QString::fromLatin1(sqlite3_libversion());
    DatabaseUrl server = choice.url;
    if (!project.config().shadowUrl.isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(shadow, DatabaseUrl::parse(project.config().shadowUrl));
        server = *shadow;
    }
    STRATA_ASSIGN_OR_RETURN(connection, Connection::open(server, {}));
    STRATA_ASSIGN_OR_RETURN(version, (*connection)->serverVersion());
    return reader + *version;
}

} // namespace

Result<Rename> parseRename(const QString &text)
{
    const QString from = text.section(u'=', 0, 0).trimmed();
    QString to = text.section(u'=', 1).trimmed();
    const Error malformed(ErrorCode::Usage, u"--rename %1: expected OLD=NEW or TABLE.OLD=NEW"_s.arg(text),
                          u"e.g. --rename users=people, or --rename users.name=full_name"_s);
    if (!text.contains(u'=') || from.isEmpty() || to.isEmpty() || from.count(u'.') > 1 || to.count(u'.') > 1)
        return fail(malformed);
    if (!from.contains(u'.')) {
        if (to.contains(u'.'))
            return fail(malformed);
        return Rename{from, {}, to};
    }
    const QString table = from.section(u'.', 0, 0);
    if (to.contains(u'.')) {
        if (to.section(u'.', 0, 0) != table)
            return fail(ErrorCode::Usage, u"--rename %1: a column stays in its table"_s.arg(text),
                        u"rename the table with a --rename of its own, before the column's"_s);
        to = to.section(u'.', 1);
    }
    return Rename{table, from.section(u'.', 1), to};
}

namespace {

const Table *findTable(const Schema &schema, const QString &name)
{
    const auto found = std::find_if(schema.tables.begin(), schema.tables.end(),
                                    [&](const Table &table) { return table.name == name; });
    return found == schema.tables.end() ? nullptr : &*found;
}

/// The changes @p renames make, checked against @p head as the earlier renames leave it
/// and against @p models, where the new names must exist.
Result<QList<SchemaChange>> renameChanges(Schema head, const Schema &models, const QList<Rename> &renames)
{
    QList<SchemaChange> changes;
    for (const Rename &rename : renames) {
        const QString what = rename.column.isEmpty() ? rename.table : rename.table + u'.' + rename.column;
        auto table = std::find_if(head.tables.begin(), head.tables.end(),
                                  [&](const Table &t) { return t.name == rename.table; });
        if (table == head.tables.end())
            return fail(ErrorCode::Usage, u"--rename %1=%2: the head schema has no table %3"_s.arg(what, rename.to,
                                                                                                 rename.table),
                        u"name the table as the migrations have it; renames apply in the order given"_s);
        if (rename.column.isEmpty()) {
            if (!findTable(models, rename.to))
                return fail(ErrorCode::Usage, u"--rename %1=%2: the models have no table %2"_s.arg(what, rename.to),
                            u"rename the table in the models too"_s);
            changes.emplace_back(change::RenameTable{table->schema, rename.table, rename.to});
            table->name = rename.to;
            continue;
        }
        const auto column = std::find_if(table->columns.begin(), table->columns.end(),
                                         [&](const Column &c) { return c.name == rename.column; });
        if (column == table->columns.end())
            return fail(ErrorCode::Usage, u"--rename %1=%2: table %3 has no column %4 at head"_s.arg(
                                              what, rename.to, rename.table, rename.column),
                        u"check the column's name in the migrations"_s);
        const Table *modelled = findTable(models, rename.table);
        if (!modelled || !modelled->column(rename.to))
            return fail(ErrorCode::Usage, u"--rename %1=%2: the models have no column %3.%2"_s.arg(what, rename.to,
                                                                                                 rename.table),
                        u"rename the column in the models too"_s);
        changes.emplace_back(change::RenameColumn{table->schema, rename.table, rename.column, rename.to});
        column->name = rename.to;
    }
    return changes;
}

/// @p head after @p renames, as the database itself reports it: the renames are run on a
/// scratch copy, so that every index, constraint, view and trigger that names a renamed
/// object reads as the database rewrites it.
Result<Schema> renamedSchema(const Project &project, const ConnectionChoice &choice, const Schema &head,
                             const QList<SchemaChange> &renames)
{
    const Dialect dialect = choice.url.dialect();
    STRATA_ASSIGN_OR_RETURN(scratch, ScratchDatabase::create(choice.url, project.config().shadowUrl));
    STRATA_TRY((*scratch)->runInTransaction(schemaDdl(head, dialect), u"the head schema"_s));
    STRATA_TRY((*scratch)->runInTransaction(sectionText(renderChanges(dialect, renames, head, head)), u"--rename"_s));
    return readSchema((*scratch)->connection(), {});
}

} // namespace

Result<DetectedChanges> detect(const Project &project, const ConnectionChoice &choice, const QList<Rename> &renames)
{
    STRATA_ASSIGN_OR_RETURN(version, scratchServerVersion(project, choice));
    STRATA_ASSIGN_OR_RETURN(models, modelsSchema(project, choice, *version));
    STRATA_ASSIGN_OR_RETURN(head, headSchema(project, choice, *version));
    STRATA_ASSIGN_OR_RETURN(renamed, renameChanges(*head, *models, renames));
    Schema source = *head;
    if (!renamed->isEmpty()) {
        STRATA_ASSIGN_OR_RETURN(schema, renamedSchema(project, choice, *head, *renamed));
        source = *std::move(schema);
    }
    DetectedChanges detected;
    detected.untracked = models->untracked;
    detected.changes = *renamed + diffSchemas(source, *models);
    // The renames run first: what follows reads the renamed head, and the downgrade
    // renames back last.
    const Dialect dialect = choice.url.dialect();
    detected.upgrade = renderChanges(dialect, detected.changes, source, *models);
    detected.downgrade = renderChanges(dialect, downgradeOf(detected.changes), *models, source);
    return detected;
}

Result<MigrationDraft> draft(const Project &project, const ConnectionChoice &choice, const QList<Rename> &renames)
{
    MigrationDraft draft;
    STRATA_ASSIGN_OR_RETURN(detected, detect(project, choice, renames));
    draft.detected = *std::move(detected);
    for (const QString &rename : possibleRenames(draft.detected.changes)) {
        // "users.name -> users.full_name" is renamed with "users.name=full_name".
        const QString to = rename.section(u" -> "_s, 1);
        const PossibleRename possible{rename, rename.section(u" -> "_s, 0, 0) + u'='
                                                  + (to.contains(u'.') ? to.section(u'.', 1) : to)};
        draft.possibleRenames << possible;
        draft.detected.upgrade.notes << u"Possible rename %1: written as a drop and an add, which loses the data; "
                                        u"if it is a rename, generate again with --rename %2."_s.arg(
                                            possible.description, possible.argument);
    }
    draft.upgrade = sectionText(draft.detected.upgrade);
    draft.downgrade = sectionText(draft.detected.downgrade);
    draft.transactional = draft.detected.upgrade.transactional && draft.detected.downgrade.transactional;
    const Dialect dialect = choice.url.dialect();
    // Judged against the column types the history leaves, so a narrowing type change shows.
    STRATA_ASSIGN_OR_RETURN(headTypes, LintService::columnTypesAfter(project, dialect, project.graph().heads()));
    STRATA_ASSIGN_OR_RETURN(findings, LintService::lintSection(
        project.config(), {dialect, draft.upgrade, RevisionFile::RenderedUpgradeFirstLine, draft.transactional,
                           false, *std::move(headTypes)}));
    draft.findings = *std::move(findings);
    return draft;
}

Result<RevisionAuthor::WrittenRevision> baseline(const Project &project, const ConnectionChoice &choice,
                                                 const QString &message)
{
    if (!project.graph().isEmpty())
        return fail(ErrorCode::Usage,
                    u"baseline starts a history, and this project has %1 revision(s) already"_s.arg(
                        project.graph().size()),
                    u"record further changes with 'strata makemigrations -m MESSAGE'"_s);
    Schema live;
    {
        STRATA_ASSIGN_OR_RETURN(service, MigrationService::connect(project, choice, true));
        STRATA_ASSIGN_OR_RETURN(schema, liveSchema(project, **service));
        live = *std::move(schema);
    }
    if (live.isEmpty())
        return fail(ErrorCode::Usage, u"%1 holds no schema to start from"_s.arg(choice.url.redacted()),
                    u"write the first migration with 'strata makemigrations -m MESSAGE'"_s);
    const Dialect dialect = choice.url.dialect();
    const QString downgrade = sectionText(renderChanges(dialect, diffSchemas(live, {}), live, {}));
    STRATA_ASSIGN_OR_RETURN(written, RevisionAuthor::write(project, message, schemaDdl(live, dialect), downgrade));

    // The live database is already at the new revision: record that, running nothing.
    STRATA_ASSIGN_OR_RETURN(reloaded, Project::open(project.config().configPath));
    STRATA_ASSIGN_OR_RETURN(stamping, MigrationService::connect(*reloaded, choice, false));
    RunOptions options;
    options.mode = RunMode::Stamp;
    const QString id = written->revision.id;
    auto stamped = (*stamping)->run(
        [&id](const MigrationPlanner &planner) -> Result<MigrationPlan> {
            STRATA_ASSIGN_OR_RETURN(spec, RevisionSpec::parse(id));
            return planner.stamp(*spec);
        },
        options);
    if (!stamped) {
        Error error = stamped.error();
        error.addContext(u"stamping the baseline"_s);
        error.setHint(u"%1 was written; once the database is reachable, run 'strata stamp %2'"_s.arg(
            QDir(project.config().rootDir).relativeFilePath(written->path), id));
        return fail(std::move(error));
    }
    return written;
}

Result<Schema> revisionsSchema(const Project &project, const ConnectionChoice &choice)
{
    STRATA_ASSIGN_OR_RETURN(serverVersion, scratchServerVersion(project, choice));
    return replayedSchema(project, choice, project.graph().topologicalOrder(), *serverVersion,
                          u"head-schema.json"_s);
}

Result<DriftReport> drift(const Project &project, MigrationService &service)
{
    const ConnectionChoice &choice = service.connectionChoice();
    STRATA_ASSIGN_OR_RETURN(status, service.status());
    QList<int> applied;
    for (int index : project.graph().topologicalOrder()) {
        if (status->state.isApplied(index))
            applied << index;
    }
    STRATA_ASSIGN_OR_RETURN(version, scratchServerVersion(project, choice));
    STRATA_ASSIGN_OR_RETURN(expected, replayedSchema(project, choice, applied, *version, u"applied-schema.json"_s));
    STRATA_ASSIGN_OR_RETURN(live, liveSchema(project, service));
    return DriftReport{int(applied.size()), diffSchemas(*expected, *live)};
}

Result<Schema> liveSchema(const Project &project, MigrationService &service)
{
    const ProjectConfig &config = project.config();
    return readSchema(service.connection(), {config.versionTable, config.historyTable()});
}

QString schemaDdl(const Schema &schema, Dialect dialect)
{
    return sectionText(renderChanges(dialect, diffSchemas({}, schema), {}, schema));
}

Result<QString> liveDdl(const Project &project, MigrationService &service)
{
    if (service.connection().dialect() == Dialect::Postgres) {
        STRATA_ASSIGN_OR_RETURN(live, liveSchema(project, service));
        return schemaDdl(*live, Dialect::Postgres);
    }
    // SQLite keeps every CREATE statement as written: those are the best DDL there is.
    const ProjectConfig &config = project.config();
    STRATA_ASSIGN_OR_RETURN(rows, service.connection().select(
        u"SELECT type, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' "
        u"ESCAPE '\\' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, "
        u"name"_s));
    QStringList statements;
    const QStringList excluded{config.versionTable.section(u'.', -1), config.historyTable().section(u'.', -1)};
    for (const QVariantList &row : *rows) {
        if (!excluded.contains(row.at(1).toString()))
            statements << row.at(2).toString() + u';';
    }
    return statements.join(u"\n"_s);
}

Result<ChangeScript> sqlToModels(const Project &project, MigrationService &service)
{
    const ConnectionChoice &choice = service.connectionChoice();
    STRATA_ASSIGN_OR_RETURN(version, scratchServerVersion(project, choice));
    STRATA_ASSIGN_OR_RETURN(models, modelsSchema(project, choice, *version));
    STRATA_ASSIGN_OR_RETURN(live, liveSchema(project, service));
    return renderChanges(choice.url.dialect(), diffSchemas(*live, *models), *live, *models);
}

QString sectionText(const ChangeScript &script)
{
    QStringList lines;
    for (const QString &note : script.notes)
        lines << u"-- "_s + note;
    for (const QString &statement : script.statements)
        lines << statement + u';';
    return lines.join(u"\n"_s);
}

} // namespace strata::AutogenerateService
