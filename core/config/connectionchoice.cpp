// SPDX-License-Identifier: MIT
#include "connectionchoice.h"

using namespace Qt::StringLiterals;

namespace strata {

Result<ConnectionChoice> chooseConnection(const ProjectConfig &config, const ConnectionRequest &request)
{
    if (!request.url.isEmpty() && !request.name.isEmpty())
        return fail(ErrorCode::Usage, u"--database-url and --connection were both given"_s,
                    u"choose the database with one of them"_s);

    ConnectionChoice choice;
    QString text;
    if (!request.url.isEmpty()) {
        text = request.url;
        choice.name = u"default"_s;
        choice.source = u"--database-url"_s;
    } else if (!request.name.isEmpty()) {
        const std::optional<ConnectionConfig> named = config.connection(request.name);
        if (!named) {
            QStringList names;
            for (const ConnectionConfig &c : config.connections)
                names << c.name;
            return fail(ErrorCode::Config,
                        u"no connection named '%1' in %2"_s.arg(request.name, config.configPath),
                        names.isEmpty() ? u"add a [connections.%1] table with a url"_s.arg(request.name)
                                        : u"known connections: %1"_s.arg(names.join(u", "_s)));
        }
        text = named->url;
        choice.name = named->name;
        choice.production = named->production;
        choice.source = u"--connection "_s + named->name;
    } else if (!request.environmentUrl.isEmpty()) {
        text = request.environmentUrl;
        choice.name = u"default"_s;
        choice.source = u"DATABASE_URL"_s;
    } else if (!config.databaseUrl.isEmpty()) {
        text = config.databaseUrl;
        choice.name = u"default"_s;
        choice.source = u"[database].url"_s;
    } else {
        return fail(ErrorCode::Config, u"no database configured"_s,
                    u"set [database].url in %1, DATABASE_URL, or pass -d URL"_s.arg(config.configPath));
    }

    auto url = DatabaseUrl::parse(text);
    if (!url)
        return fail(std::move(url.error().addContext(choice.source)));
    choice.url = *std::move(url);
    return choice;
}

} // namespace strata
