// SPDX-License-Identifier: MIT
#include "logging.h"

#include <QRegularExpression>

#include <mutex>

using namespace Qt::StringLiterals;

namespace strata::log {

namespace {

struct SinkRegistry
{
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
};

SinkRegistry &registry()
{
    static SinkRegistry instance;
    return instance;
}

} // namespace

std::shared_ptr<spdlog::logger> get(const char *name)
{
    SinkRegistry &reg = registry();
    std::lock_guard lock(reg.mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, reg.sinks.begin(), reg.sinks.end());
    // Sinks filter by their own level; the logger passes everything on.
    logger->set_level(spdlog::level::trace);
    spdlog::register_logger(logger);
    return logger;
}

void installSinks(std::vector<spdlog::sink_ptr> sinks)
{
    SinkRegistry &reg = registry();
    std::lock_guard lock(reg.mutex);
    reg.sinks = std::move(sinks);
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = reg.sinks;
    });
}

QString redact(QString text)
{
    // scheme://user:secret@host; the secret may itself hold '@', so it ends at the last one
    static const QRegularExpression urlPassword(u"(\\b[a-z][a-z0-9+.-]*://[^:/@\\s]*:)(\\S*)(@)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    // password=secret in libpq keyword/value strings and URL query parameters
    static const QRegularExpression keywordPassword(u"(\\bpassword\\s*=\\s*)('[^']*'|[^\\s&;]+)"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    // CREATE/ALTER ROLE ... PASSWORD 'secret'
    static const QRegularExpression sqlPassword(u"(\\bpassword\\s+)('(?:[^']|'')*')"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    text.replace(urlPassword, u"\\1***\\3"_s);
    text.replace(keywordPassword, u"\\1***"_s);
    text.replace(sqlPassword, u"\\1'***'"_s);
    return text;
}

namespace {
void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const auto logger = get("qt");
    switch (type) {
    case QtDebugMsg: logger->debug("{}", message); break;
    case QtInfoMsg: logger->info("{}", message); break;
    case QtWarningMsg: logger->warn("{}", message); break;
    case QtCriticalMsg:
    case QtFatalMsg: logger->error("{}", message); break;
    }
}
} // namespace

void routeQtMessages()
{
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace strata::log
