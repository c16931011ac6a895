// SPDX-License-Identifier: MIT
#include "projectconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

#include <toml++/toml.h>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Reads a table's keys, rejecting unknown ones: a typo such as "version_tabel" must not be
/// silently ignored, since it would make Strata write to the wrong table.
class TableReader
{
public:
    TableReader(const toml::table *table, QString tableName, const QString &path)
        : m_table(table)
        , m_tableName(std::move(tableName))
        , m_path(path)
    {
    }

    Result<void> checkKeys(std::initializer_list<std::string_view> known) const
    {
        if (!m_table)
            return {};
        for (const auto &[key, node] : *m_table) {
            if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
                QStringList names;
                for (std::string_view name : known)
                    names << qs(name);
                return fail(error(node, u"unknown key '%1' in [%2]"_s.arg(qs(key.str()), m_tableName),
                                  u"known keys: %1"_s.arg(names.join(u", "_s))));
            }
        }
        return {};
    }

    Result<std::optional<QString>> string(std::string_view key) const
    {
        const toml::node *node = m_table ? m_table->get(key) : nullptr;
        if (!node)
            return std::nullopt;
        if (auto value = node->value<std::string>())
            return qs(*value);
        return fail(error(*node, typeMessage(key, "a string")));
    }

    Result<std::optional<bool>> boolean(std::string_view key) const
    {
        const toml::node *node = m_table ? m_table->get(key) : nullptr;
        if (!node)
            return std::nullopt;
        if (auto value = node->value<bool>())
            return *value;
        return fail(error(*node, typeMessage(key, "true or false")));
    }

    Result<std::optional<qint64>> integer(std::string_view key) const
    {
        const toml::node *node = m_table ? m_table->get(key) : nullptr;
        if (!node)
            return std::nullopt;
        if (auto value = node->value<int64_t>())
            return *value;
        return fail(error(*node, typeMessage(key, "an integer")));
    }

    Result<std::optional<QStringList>> stringList(std::string_view key) const
    {
        const toml::node *node = m_table ? m_table->get(key) : nullptr;
        if (!node)
            return std::nullopt;
        if (auto single = node->value<std::string>())
            return QStringList{qs(*single)};
        const toml::array *array = node->as_array();
        if (!array)
            return fail(error(*node, typeMessage(key, "a list of strings")));
        QStringList items;
        for (const toml::node &item : *array) {
            auto value = item.value<std::string>();
            if (!value)
                return fail(error(item, typeMessage(key, "a list of strings")));
            items << qs(*value);
        }
        return items;
    }

    Error error(const toml::node &node, const QString &message, const QString &hint = {}) const
    {
        Error e(ErrorCode::Config, message, hint);
        e.setLocation({m_path, int(node.source().begin.line)});
        return e;
    }

private:
    QString typeMessage(std::string_view key, const char *expected) const
    {
        return u"[%1].%2 must be %3"_s.arg(m_tableName, qs(key), QString::fromLatin1(expected));
    }

    const toml::table *m_table;
    QString m_tableName;
    QString m_path;
};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*$"_s);
    return pattern.match(name).hasMatch() && name.size() <= 50;
}

Error located(Error error, const QString &path)
{
    if (!error.location().isValid())
        error.setLocation({path, 0});
    return error;
}

} // namespace

std::optional<ConnectionConfig> ProjectConfig::connection(const QString &name) const
{
    for (const ConnectionConfig &candidate : connections) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

Result<QString> ProjectConfig::find(const QString &startDir)
{
    QDir dir(QFileInfo(startDir).absoluteFilePath());
    const QString fileName = QString::fromLatin1(FileName);
    while (true) {
        if (QFileInfo::exists(dir.filePath(fileName)))
            return dir.absoluteFilePath(fileName);
        if (!dir.cdUp())
            break;
    }
    return fail(ErrorCode::Config,
                u"no strata.toml found in %1 or any parent directory"_s.arg(QDir::toNativeSeparators(startDir)),
                u"run 'strata init' to create a project, or pass -C DIR"_s);
}

Result<ProjectConfig> ProjectConfig::load(const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Config, u"cannot read %1: %2"_s.arg(configPath, file.errorString()),
                    u"check the path and its permissions"_s);
    return parse(QString::fromUtf8(file.readAll()), QFileInfo(configPath).absoluteFilePath());
}

Result<ProjectConfig> ProjectConfig::parse(const QString &text, const QString &configPath)
{
    toml::table root;
    try {
        root = toml::parse(text.toStdString(), configPath.toStdString());
    } catch (const toml::parse_error &e) {
        Error error(ErrorCode::Config, u"%1 is not valid TOML: %2"_s.arg(configPath, qs(e.description())),
                    u"fix the syntax at the given line (see https://toml.io)"_s);
        error.setLocation({configPath, int(e.source().begin.line)});
        return fail(error);
    }

    ProjectConfig config;
    config.configPath = configPath;
    config.rootDir = QFileInfo(configPath).absoluteDir();

    for (const auto &[key, node] : root) {
        static const std::initializer_list<std::string_view> tables = {"project", "database", "backup",
                                                                         "connections", "lint", "studio"};
        if (std::find(tables.begin(), tables.end(), key.str()) == tables.end() || !node.is_table()) {
            Error e(ErrorCode::Config, u"unknown setting '%1' in strata.toml"_s.arg(qs(key.str())),
                    u"strata.toml has the tables [project], [database], [backup], [lint], [studio] and "
                    u"[connections.NAME]"_s);
            e.setLocation({configPath, int(node.source().begin.line)});
            return fail(e);
        }
    }

    const TableReader project(root["project"].as_table(), u"project"_s, configPath);
    STRATA_TRY(project.checkKeys({"migrations", "models", "version_table"}));
    STRATA_ASSIGN_OR_RETURN(migrations, project.string("migrations"));
    config.migrationsDir = config.rootDir.absoluteFilePath(migrations->value_or(u"migrations/versions"_s));
    STRATA_ASSIGN_OR_RETURN(models, project.stringList("models"));
    config.modelPatterns = models->value_or(QStringList{u"models/*.sql"_s});
    STRATA_ASSIGN_OR_RETURN(versionTable, project.string("version_table"));
    if (versionTable->has_value()) {
        if (!isIdentifier(**versionTable))
            return fail(located(Error(ErrorCode::Config,
                                      u"[project].version_table '%1' is not a plain SQL identifier"_s.arg(
                                          **versionTable),
                                      u"use letters, digits and underscores, optionally schema.table"_s),
                                configPath));
        config.versionTable = **versionTable;
    }

    const TableReader database(root["database"].as_table(), u"database"_s, configPath);
    STRATA_TRY(database.checkKeys({"url", "shadow_url", "lock_timeout"}));
    STRATA_ASSIGN_OR_RETURN(url, database.string("url"));
    config.databaseUrl = url->value_or(QString());
    STRATA_ASSIGN_OR_RETURN(shadowUrl, database.string("shadow_url"));
    config.shadowUrl = shadowUrl->value_or(QString());
    STRATA_ASSIGN_OR_RETURN(lockTimeout, database.string("lock_timeout"));
    if (lockTimeout->has_value()) {
        auto ms = parseDurationMs(**lockTimeout);
        if (!ms)
            return fail(located(ms.error().addContext(u"[database].lock_timeout"_s), configPath));
        config.lockTimeoutMs = *ms;
    }

    const TableReader backup(root["backup"].as_table(), u"backup"_s, configPath);
    STRATA_TRY(backup.checkKeys({"dir", "keep"}));
    STRATA_ASSIGN_OR_RETURN(backupDir, backup.string("dir"));
    config.backupDir = config.rootDir.absoluteFilePath(backupDir->value_or(u".strata/backups"_s));
    STRATA_ASSIGN_OR_RETURN(keep, backup.integer("keep"));
    if (keep->has_value()) {
        if (**keep < 1)
            return fail(located(Error(ErrorCode::Config, u"[backup].keep must be at least 1"_s), configPath));
        config.backupKeep = int(**keep);
    }

    const TableReader lint(root["lint"].as_table(), u"lint"_s, configPath);
    STRATA_TRY(lint.checkKeys({"disable", "severity"}));
    STRATA_ASSIGN_OR_RETURN(disabled, lint.stringList("disable"));
    config.lintDisabled = disabled->value_or(QStringList());
    if (const toml::node *severities = root["lint"]["severity"].node()) {
        const toml::table *table = severities->as_table();
        if (!table) {
            Error e(ErrorCode::Config, u"[lint.severity] must be a table of rule = \"error\" | \"warning\" | \"info\""_s,
                    u"write [lint.severity] and then e.g. drop-column = \"warning\""_s);
            e.setLocation({configPath, int(severities->source().begin.line)});
            return fail(e);
        }
        for (const auto &[rule, value] : *table) {
            const auto severity = value.value<std::string>();
            if (!severity) {
                Error e(ErrorCode::Config, u"[lint.severity].%1 must be \"error\", \"warning\" or \"info\""_s.arg(
                                               qs(rule.str())));
                e.setLocation({configPath, int(value.source().begin.line)});
                return fail(e);
            }
            config.lintSeverities.append({qs(rule.str()), qs(*severity)});
        }
    }

    if (const toml::table *connections = root["connections"].as_table()) {
        for (const auto &[name, node] : *connections) {
            const QString connectionName = qs(name.str());
            const QString tableName = u"connections."_s + connectionName;
            const toml::table *table = node.as_table();
            if (!table) {
                Error e(ErrorCode::Config, u"[%1] must be a table"_s.arg(tableName),
                        u"write [connections.%1] with url = \"...\""_s.arg(connectionName));
                e.setLocation({configPath, int(node.source().begin.line)});
                return fail(e);
            }
            const TableReader reader(table, tableName, configPath);
            STRATA_TRY(reader.checkKeys({"url", "production"}));
            STRATA_ASSIGN_OR_RETURN(connectionUrl, reader.string("url"));
            if (!connectionUrl->has_value()) {
                Error e(ErrorCode::Config, u"[%1] has no url"_s.arg(tableName),
                        u"add url = \"postgresql://user@host/db\""_s);
                e.setLocation({configPath, int(node.source().begin.line)});
                return fail(e);
            }
            STRATA_ASSIGN_OR_RETURN(production, reader.boolean("production"));
            config.connections.append({connectionName, **connectionUrl, production->value_or(false)});
        }
    }
    return config;
}

Result<int> parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*(ms|s|min|h)?\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    // A bare number is ambiguous (PostgreSQL reads milliseconds, people mean seconds): only 0.
    if (!match.hasMatch() || (match.captured(2).isEmpty() && match.captured(1).toLongLong() != 0))
        return fail(ErrorCode::Config, u"'%1' is not a duration"_s.arg(text),
                    u"write a number with a unit: 500ms, 10s, 2min, 1h"_s);
    bool ok = false;
    const qint64 amount = match.captured(1).toLongLong(&ok);
    if (!ok || amount > std::numeric_limits<int>::max())
        return fail(ErrorCode::Config, u"duration '%1' is too long"_s.arg(text));
    const QString unit = match.captured(2);
    qint64 factor = 1000;
    if (unit == u"ms"_s)
        factor = 1;
    else if (unit == u"min"_s)
        factor = 60'000;
    else if (unit == u"h"_s)
        factor = 3'600'000;
    const qint64 ms = amount * factor;
    if (ms > std::numeric_limits<int>::max())
        return fail(ErrorCode::Config, u"duration '%1' is too long"_s.arg(text));
    return int(ms);
}

} // namespace strata
