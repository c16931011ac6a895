// SPDX-License-Identifier: MIT
#include "error.h"

using namespace Qt::StringLiterals;

namespace strata {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return u"usage"_s;
    case ErrorCode::Config: return u"config"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::Database: return u"database"_s;
    case ErrorCode::Integrity: return u"integrity"_s;
    case ErrorCode::Lock: return u"lock"_s;
    case ErrorCode::Backup: return u"backup"_s;
    case ErrorCode::Cancelled: return u"cancelled"_s;
    case ErrorCode::Review: return u"review"_s;
    }
    return u"unknown"_s;
}

QString SourceLocation::toString() const
{
    return line > 0 ? path + u':' + QString::number(line) : path;
}

Error::Error(ErrorCode code, QString message, QString hint)
    : m_code(code)
    , m_message(std::move(message))
    , m_hint(std::move(hint))
{
}

Error &Error::setCode(ErrorCode code)
{
    m_code = code;
    return *this;
}

Error &Error::setHint(QString hint)
{
    m_hint = std::move(hint);
    return *this;
}

Error &Error::setDetail(QString detail)
{
    m_detail = std::move(detail);
    return *this;
}

Error &Error::setLocation(SourceLocation location)
{
    m_location = std::move(location);
    return *this;
}

Error &Error::addContext(QString step)
{
    m_context.prepend(std::move(step));
    return *this;
}

QString Error::fullMessage() const
{
    if (m_context.isEmpty())
        return m_message;
    return m_context.join(u" \u203a "_s) + u": "_s + m_message;
}

} // namespace strata
