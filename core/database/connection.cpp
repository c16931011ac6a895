// SPDX-License-Identifier: MIT
#include "connection.h"

#include "log/logging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <dlfcn.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace strata {

namespace {

QString nextConnectionName()
{
    static std::atomic_int counter = 0;
    return u"strata-%1"_s.arg(++counter);
}

Error databaseError(const QSqlError &error, const QString &what, Dialect dialect)
{
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.driverText().trimmed();
    // libpq decorates the server's text: "ERROR:  message\nLINE 1: ...\n(42P01)". Keep the
    // message; the SQLSTATE is reported once below.
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty() && message.endsWith(u'(' + code + u')'))
        message = message.chopped(code.size() + 2).trimmed();
    static const QRegularExpression severity(u"^(ERROR|FATAL|PANIC|WARNING):\\s+"_s);
    message.remove(severity);
    // The server's first line is the message; later lines (LINE 1: ...) are context.
    const QString firstLine = message.section(u'\n', 0, 0).trimmed();
    Error e(ErrorCode::Database, firstLine.isEmpty() ? what : firstLine);
    // The detail adds what the first line does not say: the server's further lines and SQLSTATE.
    QString detail = message.section(u'\n', 1).trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += (detail.isEmpty() ? u""_s : u" "_s)
                  + (dialect == Dialect::Postgres ? u"(SQLSTATE "_s : u"(SQLite error "_s) + error.nativeErrorCode()
                  + u')';
    e.setDetail(log::redact(detail));
    return e;
}

/// Routes the server's NOTICE and WARNING messages (RAISE NOTICE, "table does not exist,
/// skipping") into the log instead of libpq's default, which writes them to stderr.
void logServerNotice(void *, const char *message)
{
    const QString text = QString::fromUtf8(message).trimmed();
    const auto logger = log::get(log::Sql);
    if (text.startsWith(u"WARNING"_s))
        logger->warn("server: {}", log::redact(text));
    else
        logger->info("server: {}", log::redact(text));
}

void routeNotices(QSqlDatabase &db)
{
    // libpq is the QPSQL plugin's dependency, loaded with it; linking it into core would load
    // it (and OpenSSL, Kerberos, LDAP) into every run, SQLite ones included. So take the one
    // function needed from the copy already in memory.
    using NoticeProcessor = void (*)(void *, const char *);
    using SetNoticeProcessor = NoticeProcessor (*)(void *, NoticeProcessor, void *);
    static const auto setNoticeProcessor = [] {
        void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        return libpq ? reinterpret_cast<SetNoticeProcessor>(dlsym(libpq, "PQsetNoticeProcessor")) : nullptr;
    }();
    const QVariant handle = db.driver()->handle();
    // Qt 6.4 names the handle's type "pg_conn*"; its documentation says "PGconn*".
    const bool isPgConn = handle.isValid()
                          && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    if (!setNoticeProcessor || !isPgConn)
        return;
    if (void *connection = *static_cast<void *const *>(handle.constData()))
        setNoticeProcessor(connection, logServerNotice, nullptr);
}

} // namespace

QString sqlLiteral(const QString &value)
{
    QString escaped = value;
    escaped.remove(QChar(0));
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

Connection::Connection(DatabaseUrl url, QSqlDatabase db, QString name)
    : m_url(std::move(url))
    , m_db(std::move(db))
    , m_name(std::move(name))
{
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url, const Options &options)
{
    const QString name = nextConnectionName();
    const auto logger = log::get(log::Database);
    bool missing = false;
    QSqlDatabase db;
    if (url.dialect() == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QStringList sqliteOptions{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs)};
        if (url.isInMemory()) {
            db.setDatabaseName(u":memory:"_s);
        } else {
            const QString path = url.sqlitePath(options.baseDir);
            const QFileInfo info(path);
            if (options.readOnly && !info.exists()) {
                // Reading a database that was never created: it has nothing applied. Opening
                // the file would create it, so read an empty in-memory database instead.
                missing = true;
                db.setDatabaseName(u":memory:"_s);
            } else {
                if (!info.absoluteDir().exists()) {
                    QSqlDatabase::removeDatabase(name);
                    return fail(ErrorCode::Database,
                                u"cannot create SQLite database %1: directory %2 does not exist"_s.arg(
                                    path, info.absolutePath()),
                                u"create the directory or fix the URL"_s);
                }
                db.setDatabaseName(path);
                if (options.readOnly)
                    sqliteOptions << u"QSQLITE_OPEN_READONLY"_s;
            }
        }
        db.setConnectOptions(sqliteOptions.join(u';'));
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(ErrorCode::Config, u"the Qt PostgreSQL driver (QPSQL) is not installed"_s,
                        u"install the package libqt6sql6-psql"_s);
        }
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setDatabaseName(url.database());
        db.setUserName(url.user());
        db.setPassword(url.password());
        QStringList conninfo{u"application_name=strata"_s,
                             u"connect_timeout=%1"_s.arg(options.connectTimeoutSec)};
        for (const auto &[key, value] : url.parameters())
            conninfo << key + u'=' + conninfoValue(value);
        db.setConnectOptions(conninfo.join(u' '));
    }

    QElapsedTimer timer;
    timer.start();
    if (!db.open()) {
        Error error = databaseError(db.lastError(), u"cannot connect"_s, url.dialect());
        error.addContext(u"connecting to "_s + url.redacted());
        error.setHint(url.dialect() == Dialect::Postgres
                          ? u"check that the server runs and accepts the user; a password can come from "
                            u"the URL, PGPASSWORD or ~/.pgpass"_s
                          : u"check the file path and its permissions"_s);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(std::move(error));
    }
    logger->debug("connected to {} in {} ms", url.redacted(), timer.elapsed());
    if (url.dialect() == Dialect::Postgres)
        routeNotices(db);
    auto connection = std::unique_ptr<Connection>(new Connection(url, db, name));
    connection->m_missingDatabase = missing;
    return connection;
}

Result<int> Connection::exec(const QString &sql)
{
    log::get(log::Sql)->debug("{}", log::redact(sql));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return fail(databaseError(query.lastError(), u"statement failed"_s, dialect()));
    return query.numRowsAffected();
}

Result<QList<QVariantList>> Connection::select(const QString &sql)
{
    log::get(log::Sql)->debug("{}", log::redact(sql));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return fail(databaseError(query.lastError(), u"query failed"_s, dialect()));
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column));
        rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return fail(databaseError(query.lastError(), u"query failed"_s, dialect()));
    return rows;
}

Result<void> Connection::forEachRow(const QString &sql, const std::function<void(const QSqlQuery &row)> &onRow)
{
    log::get(log::Sql)->debug("{}", log::redact(sql));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return fail(databaseError(query.lastError(), u"query failed"_s, dialect()));
    while (query.next())
        onRow(query);
    if (query.lastError().isValid())
        return fail(databaseError(query.lastError(), u"query failed"_s, dialect()));
    return {};
}

Result<QString> Connection::serverVersion()
{
    if (dialect() == Dialect::Sqlite) {
        STRATA_ASSIGN_OR_RETURN(rows, select(u"SELECT sqlite_version()"_s));
        return u"SQLite "_s + rows->value(0).value(0).toString();
    }
    STRATA_ASSIGN_OR_RETURN(rows, select(u"SHOW server_version"_s));
    return u"PostgreSQL "_s + rows->value(0).value(0).toString().section(u' ', 0, 0);
}

bool isAuthenticationFailure(const Error &error)
{
    // libpq words these the same for md5 and SCRAM; Qt's driver passes them through.
    const QString text = error.fullMessage() + u'\n' + error.detail();
    return text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s);
}

QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace strata
