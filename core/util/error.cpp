// SPDX-License-Identifier: MIT
#include "error.h"

using namespace Qt::StringLiterals;

namespace strata {

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
