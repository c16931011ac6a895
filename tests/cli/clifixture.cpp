// SPDX-License-Identifier: MIT
#include "clifixture.h"

#include "database/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace strata::test {

QString CliProject::setUp(const QString &dialect, const QString &via)
{
    m_dialect = dialect;
    m_via = via;
    if (!m_root.isValid())
        return u"cannot create a temporary directory"_s;
    const CliRun init = runStrata(m_root.path(), {u"init"_s, u"demo"_s});
    if (init.exitCode != 0)
        return explain(u"strata init demo failed"_s, init);
    m_dir = m_root.filePath(u"demo"_s);
    if (!isPostgres())
        return {};

    auto scratch = ScratchPostgres::create();
    if (!scratch)
        return u"no PostgreSQL for this row: "_s + scratch.error().fullMessage() + u"\nhint: "_s
               + scratch.error().hint();
    m_pg = std::move(*scratch);
    m_pgUrl = m_pg->url().toString();
    if (m_via == ViaNamedConnection) {
        QFile config(filePath(u"strata.toml"_s));
        if (!config.open(QIODevice::Append))
            return u"cannot append to strata.toml"_s;
        config.write(u"\n[connections.staging]\nurl = \"%1\"\n"_s.arg(m_pgUrl).toUtf8());
    }
    return {};
}

QString CliProject::filePath(const QString &relative) const
{
    return QDir(m_dir).filePath(relative);
}

QString CliProject::databaseShown() const
{
    return isPostgres() ? m_pg->url().redacted() : u"sqlite:///dev.db"_s;
}

QString CliProject::connectionName() const
{
    return m_via == ViaNamedConnection ? u"staging"_s : u"default"_s;
}

CliRun CliProject::run(const QStringList &arguments) const
{
    if (!isPostgres() || m_via == ViaProjectDefault)
        return runStrata(m_dir, arguments);
    if (m_via == ViaUrlOption)
        return runStrata(m_dir, QStringList{u"-d"_s, m_pgUrl} + arguments);
    if (m_via == ViaEnvironment)
        return runStrata(m_dir, arguments, {u"DATABASE_URL="_s + m_pgUrl});
    return runStrata(m_dir, QStringList{u"-c"_s, u"staging"_s} + arguments);
}

bool CliProject::addConnection(const QString &name, const QString &url, bool production) const
{
    const QString config = readFile(filePath(u"strata.toml"_s));
    return writeFile(filePath(u"strata.toml"_s), config + u"\n[connections.%1]\nurl = \"%2\"\nproduction = %3\n"_s.arg(
                                                              name, url, production ? u"true"_s : u"false"_s));
}

CliRun CliProject::runBare(const QStringList &arguments, const QStringList &environment) const
{
    return runStrata(m_dir, arguments, environment);
}

MadeRevision CliProject::make(const QString &message, const QString &upgrade, const QString &downgrade) const
{
    MadeRevision made;
    const CliRun run = runBare({u"makemigrations"_s, u"--empty"_s, u"-m"_s, message});
    if (run.exitCode != 0) {
        made.problem = explain(u"makemigrations --empty failed"_s, run);
        return made;
    }
    static const QRegularExpression printed(uR"(^migrations/versions/\d{8}_\d{4}-([0-9a-f]{12})_\w*\.sql$)"_s);
    const QRegularExpressionMatch match = printed.match(run.out.trimmed());
    if (!match.hasMatch()) {
        made.problem = explain(u"makemigrations printed no revision path"_s, run);
        return made;
    }
    made.id = match.captured(1);
    made.path = filePath(run.out.trimmed());
    if (!fillRevision(made.path, upgrade, downgrade))
        made.problem = u"cannot fill in "_s + made.path;
    return made;
}

std::optional<int> CliProject::count(const QString &sqliteSql, const QString &postgresSql) const
{
    Result<DatabaseUrl> url = isPostgres() ? DatabaseUrl::parse(m_pgUrl) : DatabaseUrl::parse(u"sqlite:///dev.db"_s);
    if (!url) {
        m_lastError = url.error().fullMessage();
        return std::nullopt;
    }
    if (!isPostgres() && !QFileInfo::exists(filePath(u"dev.db"_s)))
        return 0; // no database file: no tables
    Connection::Options options;
    options.baseDir = QDir(m_dir);
    options.readOnly = true;
    auto connection = Connection::open(*url, options);
    if (!connection) {
        m_lastError = connection.error().fullMessage();
        return std::nullopt;
    }
    auto rows = (*connection)->select(isPostgres() ? postgresSql : sqliteSql);
    if (!rows || rows->size() != 1 || rows->first().isEmpty()) {
        m_lastError = rows ? u"unexpected result"_s : rows.error().fullMessage();
        return std::nullopt;
    }
    return rows->first().first().toInt();
}

std::optional<bool> CliProject::tableExists(const QString &table) const
{
    const auto found = count(
        u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = %1"_s.arg(sqlLiteral(table)),
        u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = %1"_s
            .arg(sqlLiteral(table)));
    return found ? std::optional<bool>(*found > 0) : std::nullopt;
}

std::optional<bool> CliProject::columnExists(const QString &table, const QString &column) const
{
    const auto found = count(u"SELECT COUNT(*) FROM pragma_table_info(%1) WHERE name = %2"_s.arg(sqlLiteral(table),
                                                                                                  sqlLiteral(column)),
                             u"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                             u"AND table_name = %1 AND column_name = %2"_s.arg(sqlLiteral(table), sqlLiteral(column)));
    return found ? std::optional<bool>(*found > 0) : std::nullopt;
}

void addDatabaseRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("via");
    QTest::newRow("sqlite default") << u"sqlite"_s << ViaProjectDefault;
    QTest::newRow("postgresql -d") << u"postgresql"_s << ViaUrlOption;
    QTest::newRow("postgresql DATABASE_URL") << u"postgresql"_s << ViaEnvironment;
    QTest::newRow("postgresql -c") << u"postgresql"_s << ViaNamedConnection;
}

bool fillRevision(const QString &path, const QString &upgrade, const QString &downgrade)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const QString upgradeMarker = u"-- migrate:upgrade\n"_s;
    const QString downgradeMarker = u"-- migrate:downgrade\n"_s;
    if (text.count(upgradeMarker) != 1 || text.count(downgradeMarker) != 1)
        return false;
    text.replace(upgradeMarker, upgradeMarker + upgrade + u"\n"_s);
    text.replace(downgradeMarker, downgradeMarker + downgrade + u"\n"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) > 0;
}

QString headerValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = u"-- "_s + key + u":"_s;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString explain(const QString &what, const CliRun &run)
{
    return u"%1\n--- exit code: %2\n--- stdout:\n%3\n--- stderr:\n%4"_s.arg(what).arg(run.exitCode).arg(run.out,
                                                                                                      run.err);
}

QString tableExpectation(const QString &table, bool exists)
{
    return u"table %1 should %2exist"_s.arg(table, exists ? QString() : u"not "_s);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString serverPassword()
{
    const auto url = postgresServerUrl();
    return url ? url->password() : QString();
}

bool revealsPassword(const CliRun &run)
{
    static const QString password = serverPassword();
    for (const QString &secret : {password, u"secret"_s}) {
        if (!secret.isEmpty() && (run.out.contains(secret) || run.err.contains(secret)))
            return true;
    }
    return false;
}

QList<ShownRevision> parseShowMigrations(const QString &out)
{
    static const QRegularExpression row(uR"(^\[([X ])\] ([0-9a-f]{12})  (.*)$)"_s);
    QList<ShownRevision> rows;
    for (const QString &line : out.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            rows.append({match.captured(1) == u"X"_s, match.captured(2), match.captured(3)});
    }
    return rows;
}

QList<HistoryLine> parseHistory(const QString &out)
{
    static const QRegularExpression row(uR"(^(.+) -> ([0-9a-f]{12})((?: \([a-z]+\))*), (.*)$)"_s);
    static const QRegularExpression mark(uR"(\([a-z]+\))"_s);
    QList<HistoryLine> lines;
    for (const QString &line : out.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        HistoryLine parsed{match.captured(1), match.captured(2), {}, match.captured(4)};
        for (const QRegularExpressionMatch &m : mark.globalMatch(match.captured(3)))
            parsed.marks << m.captured(0);
        lines.append(parsed);
    }
    return lines;
}

QStringList parseCurrent(const QString &out)
{
    static const QRegularExpression row(uR"(^([0-9a-f]{12})\b)"_s);
    QStringList ids;
    for (const QString &line : out.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            ids << match.captured(1);
    }
    return sorted(ids);
}

QStringList ids(const QList<ShownRevision> &rows)
{
    QStringList result;
    for (const ShownRevision &row : rows)
        result << row.id;
    return result;
}

QStringList ids(const QList<HistoryLine> &lines)
{
    QStringList result;
    for (const HistoryLine &line : lines)
        result << line.id;
    return result;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toString();
    return result;
}

bool writeFile(const QString &path, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int lineOf(const QString &path, const QString &text)
{
    const QStringList lines = readFile(path).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return int(i + 1);
    }
    return 0;
}

QJsonObject parseJson(const QString &out, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = u"stdout is not one JSON object (%1):\n%2"_s.arg(error.errorString(), out);
        return {};
    }
    problem->clear();
    return document.object();
}

} // namespace strata::test
