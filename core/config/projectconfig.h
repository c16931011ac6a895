// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

/// A `[connections.NAME]` entry of strata.toml.
struct ConnectionConfig
{
    QString name;
    QString url;
    bool production = false;
};

/// The contents of a project's strata.toml (DESIGN §2), with defaults filled in and
/// paths made absolute against the project directory. A value type.
struct ProjectConfig
{
    static constexpr const char *FileName = "strata.toml";

    /// Walks up from @p startDir to the first directory holding strata.toml, like git.
    static Result<QString> find(const QString &startDir);
    /// Reads and validates the file at @p configPath.
    static Result<ProjectConfig> load(const QString &configPath);
    /// Validates TOML @p text as if read from @p configPath (used by load() and tests).
    static Result<ProjectConfig> parse(const QString &text, const QString &configPath);

    QDir rootDir;               ///< the directory holding strata.toml
    QString configPath;         ///< absolute path of strata.toml
    QString migrationsDir;      ///< absolute; [project].migrations
    QStringList modelPatterns;  ///< [project].models, relative to rootDir
    QString versionTable = QStringLiteral("strata_version");
    QString databaseUrl;        ///< [database].url as written (may be empty)
    QString shadowUrl;          ///< [database].shadow_url
    int lockTimeoutMs = 10'000; ///< [database].lock_timeout: per-statement lock wait in migrations
    QString backupDir;          ///< absolute; [backup].dir
    int backupKeep = 10;
    QList<ConnectionConfig> connections;
    QStringList lintDisabled;                      ///< [lint].disable: rule ids
    QList<QPair<QString, QString>> lintSeverities; ///< [lint.severity]: rule id -> "error" | "warning" | "info"

    QString historyTable() const { return versionTable + QStringLiteral("_history"); }
    /// The directory for Strata's own files (logs, caches): `<root>/.strata`.
    QString stateDir() const { return rootDir.absoluteFilePath(QStringLiteral(".strata")); }
    std::optional<ConnectionConfig> connection(const QString &name) const;
};

/// Parses a duration such as "10s", "500ms", "2min", "1h" or "0" into milliseconds.
Result<int> parseDurationMs(const QString &text);

} // namespace strata
