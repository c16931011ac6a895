// SPDX-License-Identifier: MIT
#include "clilogging.h"

#include "log/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace strata::cli {

namespace {

std::vector<spdlog::sink_ptr> &activeSinks()
{
    static std::vector<spdlog::sink_ptr> sinks;
    return sinks;
}

} // namespace

void setUpLogging(int verbosity, bool quiet)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_pattern("%^[%n] %v%$");
    if (quiet)
        console->set_level(spdlog::level::err);
    else if (verbosity >= 2)
        console->set_level(spdlog::level::trace);
    else if (verbosity == 1)
        console->set_level(spdlog::level::debug);
    else
        console->set_level(spdlog::level::warn);
    activeSinks() = {console};
    log::installSinks(activeSinks());
    log::routeQtMessages();
}

void startProjectLog(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return; // a read-only checkout still works, without its log file
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(directory).filePath(QStringLiteral("strata.log")).toStdString(), 5 * 1024 * 1024, 3);
        file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%P] [%n] [%l] %v");
        file->set_level(spdlog::level::debug);
        activeSinks().push_back(file);
        log::installSinks(activeSinks());
    } catch (const spdlog::spdlog_ex &e) {
        log::get(log::Config)->warn("no log file in {}: {}", directory, e.what());
    }
}

} // namespace strata::cli
