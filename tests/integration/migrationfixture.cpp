// SPDX-License-Identifier: MIT
#include "migrationfixture.h"

#include "graph/revisionspec.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace strata::test {

namespace {

QString cell(const QVariant &value)
{
    return value.isNull() ? u"NULL"_s : value.toString();
}

} // namespace

QString describe(const Error &error)
{
    QString text = u"[%1] %2"_s.arg(errorCodeName(error.code()), error.fullMessage());
    if (!error.hint().isEmpty())
        text += u"\n  hint: "_s + error.hint();
    if (!error.detail().isEmpty())
        text += u"\n  detail: "_s + error.detail();
    if (error.location().isValid())
        text += u"\n  at: "_s + error.location().toString();
    return text;
}

QString dialectTag(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

Dialect dialectFromTag(const QString &tag)
{
    return tag == u"postgresql"_s ? Dialect::Postgres : Dialect::Sqlite;
}

void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    for (Dialect dialect : {Dialect::Sqlite, Dialect::Postgres})
        QTest::newRow(qPrintable(dialectTag(dialect))) << dialectTag(dialect);
}

MigrationService::PlanRequest migrateTo(const QString &target)
{
    return [target](const MigrationPlanner &planner) -> Result<MigrationPlan> {
        STRATA_ASSIGN_OR_RETURN(spec, RevisionSpec::parse(target));
        return planner.migrate(*spec);
    };
}

MigrationService::PlanRequest rollbackSteps(int steps)
{
    return [steps](const MigrationPlanner &planner) { return planner.rollback(steps); };
}

MigrationService::PlanRequest stampAt(const QString &target)
{
    return [target](const MigrationPlanner &planner) -> Result<MigrationPlan> {
        STRATA_ASSIGN_OR_RETURN(spec, RevisionSpec::parse(target));
        return planner.stamp(*spec);
    };
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

int lineOf(const QString &path, const QString &needle)
{
    const QStringList lines = readText(path).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return int(i + 1);
    }
    return 0;
}

Result<std::unique_ptr<MigrationFixture>> MigrationFixture::create(Dialect dialect, const QString &databaseToml)
{
    std::unique_ptr<MigrationFixture> fixture(new MigrationFixture);
    if (!fixture->m_files.isValid())
        return fail(ErrorCode::Io, u"cannot create a temporary project directory"_s);

    QString configUrl;
    if (dialect == Dialect::Postgres) {
        STRATA_ASSIGN_OR_RETURN(scratch, ScratchPostgres::create());
        fixture->m_postgres = *std::move(scratch);
        fixture->m_url = fixture->m_postgres->url();
        configUrl = fixture->m_url.toString();
    } else {
        // The project names its file relatively, as `strata init` writes it.
        configUrl = u"sqlite:///dev.db"_s;
        STRATA_ASSIGN_OR_RETURN(url, DatabaseUrl::parse(u"sqlite:///"_s + fixture->m_files.filePath(u"dev.db"_s)));
        fixture->m_url = *url;
    }
    fixture->m_files.writeConfig(u"[database]\nurl = \"%1\"\n%2\n"_s.arg(configUrl, databaseToml));
    STRATA_TRY(fixture->reload());
    STRATA_ASSIGN_OR_RETURN(inspector, fixture->openConnection());
    fixture->m_inspector = *std::move(inspector);
    return fixture;
}

MigrationFixture::~MigrationFixture()
{
    // The scratch database can only be dropped once this side's session has ended.
    m_inspector.reset();
}

QString MigrationFixture::writeRevision(const QString &id, const QStringList &parents, const QString &upgrade,
                                        const QString &downgrade, bool transactional)
{
    return m_files.writeRevision(id, parents, upgrade, downgrade, transactional);
}

QString MigrationFixture::revisionPath(const QString &id) const
{
    return QDir(m_files.migrationsDir()).filePath(id + u".sql"_s);
}

Result<void> MigrationFixture::reload()
{
    STRATA_ASSIGN_OR_RETURN(project, Project::open(m_files.filePath(u"strata.toml"_s)));
    m_project = *std::move(project);
    return {};
}

int MigrationFixture::index(const QString &id) const
{
    return m_project.graph().indexOf(id).value_or(-1);
}

Result<std::unique_ptr<MigrationService>> MigrationFixture::connect()
{
    STRATA_ASSIGN_OR_RETURN(choice, chooseConnection(m_project.config(), {}));
    return MigrationService::connect(m_project, *choice, false);
}

Result<std::unique_ptr<Connection>> MigrationFixture::openConnection() const
{
    Connection::Options options;
    options.baseDir = QDir(m_files.path());
    return Connection::open(m_url, options);
}

Result<QStringList> MigrationFixture::strings(const QString &sql)
{
    STRATA_ASSIGN_OR_RETURN(rows, m_inspector->select(sql));
    QStringList list;
    for (const QVariantList &row : *rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << cell(value);
        list << cells.join(u" | "_s);
    }
    return list;
}

Result<QStringList> MigrationFixture::userTables()
{
    if (isPostgres())
        return strings(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                       u"AND table_name NOT LIKE 'strata_version%' ORDER BY table_name"_s);
    return strings(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                   u"AND name NOT LIKE 'strata_version%' ORDER BY name"_s);
}

Result<QStringList> MigrationFixture::userIndexes()
{
    if (isPostgres())
        return strings(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       u"JOIN pg_index i ON i.indexrelid = c.oid WHERE n.nspname = 'public' AND NOT i.indisprimary "
                       u"AND c.relname NOT LIKE 'strata_version%' ORDER BY c.relname"_s);
    return strings(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' "
                   u"AND name NOT LIKE 'strata_version%' ORDER BY name"_s);
}

Result<bool> MigrationFixture::hasBookkeepingTables()
{
    const QString sql = isPostgres()
        ? u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' "
          u"AND table_name IN ('strata_version', 'strata_version_history')"_s
        : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
          u"AND name IN ('strata_version', 'strata_version_history')"_s;
    STRATA_ASSIGN_OR_RETURN(rows, m_inspector->select(sql));
    const int count = rows->value(0).value(0).toInt();
    if (count == 1)
        return fail(ErrorCode::Integrity, u"only one of the two bookkeeping tables exists"_s);
    return count == 2;
}

Result<QStringList> MigrationFixture::versionRows()
{
    STRATA_ASSIGN_OR_RETURN(exists, hasBookkeepingTables());
    if (!*exists)
        return QStringList();
    return strings(u"SELECT version_num FROM strata_version ORDER BY version_num"_s);
}

Result<QList<HistoryRow>> MigrationFixture::historyRows()
{
    STRATA_ASSIGN_OR_RETURN(exists, hasBookkeepingTables());
    if (!*exists)
        return QList<HistoryRow>();
    STRATA_ASSIGN_OR_RETURN(rows, m_inspector->select(
        u"SELECT id, revision, down_revision, direction, checksum, message, applied_at, applied_by, duration_ms, "
        u"success, error, tool_version FROM strata_version_history ORDER BY id"_s));
    QList<HistoryRow> history;
    for (const QVariantList &row : *rows) {
        HistoryRow r;
        r.id = row.value(0).toLongLong();
        r.revision = row.value(1).toString();
        r.downRevision = row.value(2).toString();
        r.direction = row.value(3).toString();
        r.checksum = row.value(4);
        r.message = row.value(5).toString();
        r.appliedAt = row.value(6);
        r.appliedBy = row.value(7).toString();
        r.durationMs = row.value(8);
        r.success = row.value(9).toBool();
        r.error = row.value(10).toString();
        r.toolVersion = row.value(11).toString();
        history.append(r);
    }
    return history;
}

Result<DatabaseSnapshot> MigrationFixture::snapshot()
{
    DatabaseSnapshot snapshot;
    if (isPostgres()) {
        // Every relation (tables, indexes, sequences, views) with its kind, every column and
        // every index definition of the public schema.
        STRATA_ASSIGN_OR_RETURN(relations,
                                strings(u"SELECT c.relkind::text, c.relname FROM pg_class c JOIN pg_namespace n "
                                        u"ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 2, 1"_s));
        STRATA_ASSIGN_OR_RETURN(columns,
                                strings(u"SELECT table_name, ordinal_position, column_name, data_type, is_nullable "
                                        u"FROM information_schema.columns WHERE table_schema = 'public' "
                                        u"ORDER BY 1, 2"_s));
        STRATA_ASSIGN_OR_RETURN(indexes, strings(u"SELECT indexname, indexdef FROM pg_indexes "
                                                 u"WHERE schemaname = 'public' ORDER BY 1"_s));
        snapshot.schema = *relations + *columns + *indexes;
    } else {
        STRATA_ASSIGN_OR_RETURN(objects,
                                strings(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s));
        snapshot.schema = *objects;
    }
    STRATA_ASSIGN_OR_RETURN(exists, hasBookkeepingTables());
    if (*exists) {
        STRATA_ASSIGN_OR_RETURN(version, strings(u"SELECT version_num FROM strata_version ORDER BY version_num"_s));
        STRATA_ASSIGN_OR_RETURN(history, strings(u"SELECT * FROM strata_version_history ORDER BY id"_s));
        snapshot.version = *version;
        snapshot.history = *history;
    }
    return snapshot;
}

} // namespace strata::test
