// SPDX-License-Identifier: MIT
#include "revisionnaming.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace strata::RevisionNaming {

QString newId(const std::function<bool(const QString &)> &isTaken)
{
    while (true) {
        const quint64 bits = QRandomGenerator::system()->generate64() & 0xFFFF'FFFF'FFFFull;
        const QString id = u"%1"_s.arg(bits, 12, 16, QLatin1Char('0'));
        if (!isTaken || !isTaken(id))
            return id;
    }
}

QString slug(const QString &message)
{
    QString result;
    bool pendingSeparator = false;
    for (QChar c : message) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !result.isEmpty())
            result += u'_';
        pendingSeparator = false;
        result += c.toLower();
    }
    if (result.size() > 40) {
        result.truncate(40);
        while (result.endsWith(u'_'))
            result.chop(1);
    }
    return result;
}

QString fileName(const QDateTime &created, const QString &id, const QString &message)
{
    const QString stamp = created.toUTC().toString(u"yyyyMMdd_HHmm"_s);
    const QString messageSlug = slug(message);
    return stamp + u'-' + id + (messageSlug.isEmpty() ? QString() : u'_' + messageSlug) + u".sql"_s;
}

} // namespace strata::RevisionNaming
