// SPDX-License-Identifier: MIT
#pragma once

#include "logmodel.h"

#include <QPointer>

#include <spdlog/sinks/base_sink.h>

#include <mutex>

namespace strata::ui {

/// An spdlog sink that hands every message to a LogModel on the model's thread. Callable
/// from any thread (core runs migrations off the GUI thread); never blocks on the GUI.
/// Messages logged after the model is gone are dropped.
class LogPanelSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit LogPanelSink(LogModel *model);

protected:
    void sink_it_(const spdlog::details::log_msg &message) override;
    void flush_() override {}

private:
    QPointer<LogModel> m_model;
};

/// Points every Strata logger, and Qt's own messages, at the log panel's @p model (debug
/// and up) and at stderr (warnings and up). The studio calls it once, before its window opens.
void installLogPanel(LogModel *model);

} // namespace strata::ui
