// SPDX-License-Identifier: MIT
#include "console.h"

#include "log/logging.h"

#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace strata::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::Config:
    case ErrorCode::Io: return ExitUsage;
    case ErrorCode::Database: return ExitDatabase;
    case ErrorCode::Integrity: return ExitIntegrity;
    case ErrorCode::Lock: return ExitLock;
    case ErrorCode::Backup: return ExitBackup;
    case ErrorCode::Cancelled: return ExitCancelled;
    case ErrorCode::Review: return ExitCheckFailed;
    }
    return ExitUsage;
}

Console::Console(bool json, bool quiet)
    : m_json(json)
    , m_quiet(quiet)
{
}

Console::~Console()
{
    flush();
}

void Console::write(const QByteArray &bytes)
{
    // Buffered: showmigrations over 10,000 revisions must not make 10,000 write calls.
    m_buffer += bytes;
    if (m_buffer.size() > 64 * 1024)
        flush();
}

void Console::flush()
{
    if (m_buffer.isEmpty())
        return;
    std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stdout);
    std::fflush(stdout);
    m_buffer.clear();
}

void Console::line(const QString &text)
{
    if (!m_json && !m_quiet)
        write(text.toUtf8() + '\n');
}

void Console::partial(const QString &text)
{
    if (!m_json && !m_quiet) {
        write(text.toUtf8());
        flush();
    }
}

void Console::result(const QString &text)
{
    if (!m_json)
        write(text.toUtf8() + '\n');
}

void Console::json(const QJsonObject &object)
{
    write(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Console::note(const QString &text)
{
    flush();
    std::fprintf(stderr, "strata: %s\n", log::redact(text).toUtf8().constData());
}

std::optional<QString> Console::ask(const QString &question)
{
    flush();
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s ", question.toUtf8().constData());
    std::fflush(stderr);
    std::string answer;
    if (!std::getline(std::cin, answer))
        return std::nullopt;
    return QString::fromStdString(answer).trimmed();
}

int Console::error(const Error &error)
{
    flush();
    const int code = exitCodeFor(error.code());
    std::fprintf(stderr, "strata: error: %s\n", log::redact(error.fullMessage()).toUtf8().constData());
    if (!error.detail().isEmpty()) {
        for (const QString &detailLine : log::redact(error.detail()).split(u'\n'))
            std::fprintf(stderr, "  %s\n", detailLine.toUtf8().constData());
    }
    if (!error.hint().isEmpty())
        std::fprintf(stderr, "hint: %s\n", log::redact(error.hint()).toUtf8().constData());
    if (m_json) {
        QJsonObject object{{u"code"_s, errorCodeName(error.code())},
                           {u"message"_s, log::redact(error.fullMessage())},
                           {u"hint"_s, log::redact(error.hint())},
                           {u"detail"_s, log::redact(error.detail())},
                           {u"exit_code"_s, code}};
        if (error.location().isValid()) {
            object.insert(u"file"_s, error.location().path);
            object.insert(u"line"_s, error.location().line);
        }
        json({{u"error"_s, object}});
    }
    flush();
    return code;
}

} // namespace strata::cli
