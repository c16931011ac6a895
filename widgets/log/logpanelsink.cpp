// SPDX-License-Identifier: MIT
#include "logpanelsink.h"

#include <QMetaObject>

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

} // namespace strata::ui
