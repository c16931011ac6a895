// SPDX-License-Identifier: MIT
#include "logpanelsink.h"

#include "log/logging.h"

#include <QMetaObject>

#include <spdlog/sinks/stdout_color_sinks.h>

#include <chrono>

namespace strata::ui {

LogPanelSink::LogPanelSink(LogModel *model)
    : m_model(model)
{
}

void LogPanelSink::sink_it_(const spdlog::details::log_msg &message)
{
    LogModel *model = m_model.data();
    if (!model)
        return;
    LogEntry entry;
    entry.time = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(message.time.time_since_epoch()).count(), Qt::UTC);
    entry.logger = QString::fromUtf8(message.logger_name.data(), qsizetype(message.logger_name.size()));
    entry.level = int(message.level);
    entry.message = QString::fromUtf8(message.payload.data(), qsizetype(message.payload.size()));
    // Queued with the model as context: delivered on its thread, dropped if it is destroyed.
    QMetaObject::invokeMethod(model, [model, entry] { model->append(entry); }, Qt::QueuedConnection);
}

void installLogPanel(LogModel *model)
{
    auto panel = std::make_shared<LogPanelSink>(model);
    panel->set_level(spdlog::level::debug);
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_pattern("%^[%n] %v%$");
    console->set_level(spdlog::level::warn);
    log::installSinks({panel, console});
    log::routeQtMessages();
}

} // namespace strata::ui
