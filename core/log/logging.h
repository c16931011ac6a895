// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>
#include <string_view>
#include <vector>

/// Lets spdlog format QString arguments: `log->info("applied {}", revisionId)`.
template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template<typename Context>
    auto format(const QString &text, Context &ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()),
                                                        ctx);
    }
};

namespace strata::log {

/// Logger names, one per subsystem. Every statement sent to a user database goes to Sql.
inline constexpr const char *Sql = "sql";
inline constexpr const char *Migrate = "core.migrate";
inline constexpr const char *Database = "core.database";
inline constexpr const char *Revision = "core.revision";
inline constexpr const char *Config = "core.config";
inline constexpr const char *Backup = "core.backup";

/// The named logger, created on first use with the sinks installed by installSinks().
/// Thread-safe. Loggers created before installSinks() are re-pointed when it runs.
std::shared_ptr<spdlog::logger> get(const char *name);

/// Installs the sinks every Strata logger writes to; the application calls it at startup
/// (a coloured stderr sink and a rotating file for the CLI, a panel bridge in the studio).
void installSinks(std::vector<spdlog::sink_ptr> sinks);

/// Routes Qt's own messages (qDebug, qWarning, ...) to the "qt" logger, and so to the
/// application's sinks. Call once at startup.
void routeQtMessages();

/// Masks secrets before text reaches a sink: passwords in URLs ("user:***@host"), in
/// libpq keyword strings ("password=***") and in SQL ("PASSWORD '***'").
QString redact(QString text);

} // namespace strata::log
