// SPDX-License-Identifier: MIT
#include "databaseurl.h"

#include "log/logging.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

const QString urlHint = u"use postgresql://user@host:5432/dbname or sqlite:///path/to/file.db"_s;

QString decode(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encode(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

} // namespace

QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(u"://"_s);
    // Never echo a malformed URL that may hold credentials: redact() only knows good URLs.
    const QString shown = trimmed.contains(u'@') ? u"(hidden: it contains credentials)"_s : trimmed;
    if (trimmed.isEmpty() || schemeEnd <= 0)
        return fail(ErrorCode::Config, u"'%1' is not a database URL"_s.arg(shown), urlHint);

    // SQLAlchemy allows "dialect+driver://"; the driver part means nothing to Strata.
    const QString scheme = trimmed.left(schemeEnd).section(u'+', 0, 0).toLower();
    const QString rest = trimmed.mid(schemeEnd + 3);

    DatabaseUrl url;
    if (scheme == u"sqlite"_s) {
        url.m_dialect = Dialect::Sqlite;
        if (rest.isEmpty() || rest == u"/:memory:"_s)
            return url;
        if (!rest.startsWith(u'/'))
            return fail(ErrorCode::Config,
                        u"SQLite URL '%1' has a host part; SQLite takes only a path"_s.arg(shown),
                        u"write sqlite:///relative.db or sqlite:////absolute/path.db"_s);
        // "sqlite:///dev.db" -> "dev.db"; "sqlite:////var/db.sqlite" -> "/var/db.sqlite"
        url.m_database = decode(QStringView(rest).mid(1).split(u'?').first());
        return url;
    }
    if (scheme != u"postgresql"_s && scheme != u"postgres"_s)
        return fail(ErrorCode::Config, u"unsupported database '%1' in URL"_s.arg(scheme),
                    u"Strata supports postgresql:// and sqlite:// URLs"_s);

    url.m_dialect = Dialect::Postgres;
    QStringView remainder = rest;
    QStringView query;
    if (const qsizetype q = remainder.indexOf(u'?'); q >= 0) {
        query = remainder.mid(q + 1);
        remainder = remainder.left(q);
    }
    QStringView authority = remainder;
    if (const qsizetype slash = remainder.indexOf(u'/'); slash >= 0) {
        authority = remainder.left(slash);
        url.m_database = decode(remainder.mid(slash + 1));
    }
    // The password may itself contain '@' when not percent-encoded; the last '@' ends it.
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        url.m_user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            url.m_password = decode(userInfo.mid(colon + 1));
    }
    QStringView hostPart = authority;
    if (hostPart.startsWith(u'[')) { // IPv6 literal
        const qsizetype close = hostPart.indexOf(u']');
        if (close < 0)
            return fail(ErrorCode::Config, u"unterminated IPv6 address in database URL"_s, urlHint);
        url.m_host = hostPart.mid(1, close - 1).toString();
        hostPart = hostPart.mid(close + 1);
        if (hostPart.startsWith(u':'))
            hostPart = hostPart.mid(1);
        else
            hostPart = {};
    } else if (const qsizetype colon = hostPart.lastIndexOf(u':'); colon >= 0) {
        url.m_host = decode(hostPart.left(colon));
        hostPart = hostPart.mid(colon + 1);
    } else {
        url.m_host = decode(hostPart);
        hostPart = {};
    }
    if (!hostPart.isEmpty()) {
        bool ok = false;
        const int port = hostPart.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(ErrorCode::Config, u"invalid port '%1' in database URL"_s.arg(hostPart), urlHint);
        url.m_port = port;
    }
    if (!query.isEmpty()) {
        for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return fail(ErrorCode::Config,
                            u"malformed parameter '%1' in database URL"_s.arg(pair.toString()),
                            u"parameters look like ?sslmode=require&connect_timeout=5"_s);
            url.m_parameters.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
        }
    }
    if (url.m_database.isEmpty())
        return fail(ErrorCode::Config, u"database URL '%1' names no database"_s.arg(url.redacted()),
                    urlHint);
    return url;
}

QString DatabaseUrl::sqlitePath(const QDir &baseDir) const
{
    if (isInMemory())
        return {};
    return QDir::cleanPath(baseDir.absoluteFilePath(m_database));
}

DatabaseUrl DatabaseUrl::postgres(const QString &host, int port, const QString &user, const QString &database,
                                  const QList<QPair<QString, QString>> &parameters)
{
    DatabaseUrl url;
    url.m_dialect = Dialect::Postgres;
    url.m_host = host;
    url.m_port = port;
    url.m_user = user;
    url.m_database = database;
    url.m_parameters = parameters;
    return url;
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_dialect = Dialect::Sqlite;
    url.m_database = path;
    return url;
}

namespace {
bool isPasswordParameter(const QPair<QString, QString> &parameter)
{
    return parameter.first.compare(u"password"_s, Qt::CaseInsensitive) == 0;
}
} // namespace

bool DatabaseUrl::hasPassword() const
{
    return !m_password.isEmpty() || std::any_of(m_parameters.begin(), m_parameters.end(), isPasswordParameter);
}

QString DatabaseUrl::effectivePassword() const
{
    if (!m_password.isEmpty())
        return m_password;
    const auto parameter = std::find_if(m_parameters.begin(), m_parameters.end(), isPasswordParameter);
    return parameter == m_parameters.end() ? QString() : parameter->second;
}

DatabaseUrl DatabaseUrl::withoutPassword() const
{
    DatabaseUrl copy = *this;
    copy.m_password.clear();
    copy.m_parameters.removeIf(isPasswordParameter);
    return copy;
}

DatabaseUrl DatabaseUrl::withPassword(const QString &password) const
{
    DatabaseUrl copy = *this;
    copy.m_password = password;
    return copy;
}

DatabaseUrl DatabaseUrl::withDatabase(const QString &database) const
{
    DatabaseUrl copy = *this;
    copy.m_database = database;
    return copy;
}

QString DatabaseUrl::redacted() const
{
    return render(false);
}

QString DatabaseUrl::toString() const
{
    return render(true);
}

QString DatabaseUrl::render(bool includePassword) const
{
    if (m_dialect == Dialect::Sqlite)
        return isInMemory() ? u"sqlite://"_s : u"sqlite:///"_s + m_database;
    QString text = u"postgresql://"_s;
    if (!m_user.isEmpty() || !m_password.isEmpty()) {
        text += encode(m_user);
        if (!m_password.isEmpty())
            text += u':' + (includePassword ? encode(m_password) : u"***"_s);
        text += u'@';
    }
    text += m_host.contains(u':') ? u'[' + m_host + u']' : encode(m_host);
    if (m_port > 0)
        text += u':' + QString::number(m_port);
    text += u'/' + encode(m_database);
    QStringList params;
    for (const auto &[key, value] : m_parameters) {
        const bool secret = isPasswordParameter({key, value});
        params << encode(key) + u'=' + (secret && !includePassword ? u"***"_s : encode(value));
    }
    if (!params.isEmpty())
        text += u'?' + params.join(u'&');
    return text;
}

} // namespace strata
