// SPDX-License-Identifier: MIT
#include "commandcontext.h"

#include "clilogging.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace strata::cli {

CommandContext::CommandContext(GlobalOptions options, Console &console)
    : m_options(std::move(options))
    , m_console(console)
{
}

QString CommandContext::startDirectory() const
{
    return m_options.directory.isEmpty() ? QDir::currentPath() : QDir(m_options.directory).absolutePath();
}

Result<const Project *> CommandContext::project()
{
    if (!m_project) {
        if (!m_options.directory.isEmpty() && !QDir(m_options.directory).exists())
            return fail(ErrorCode::Usage, u"-C: directory %1 does not exist"_s.arg(m_options.directory));
        STRATA_ASSIGN_OR_RETURN(found, ProjectConfig::find(startDirectory()));
        startProjectLog(QFileInfo(*found).absolutePath() + u"/.strata/logs"_s);
        STRATA_ASSIGN_OR_RETURN(loaded, Project::open(*found));
        m_project = *std::move(loaded);
    }
    return &*m_project;
}

Result<ConnectionChoice> CommandContext::connectionChoice()
{
    STRATA_ASSIGN_OR_RETURN(loaded, project());
    ConnectionRequest request;
    request.url = m_options.databaseUrl;
    request.name = m_options.connection;
    request.environmentUrl = qEnvironmentVariable("DATABASE_URL");
    return chooseConnection((*loaded)->config(), request);
}

Result<std::unique_ptr<MigrationService>> CommandContext::connect(bool readOnly)
{
    STRATA_ASSIGN_OR_RETURN(loaded, project());
    STRATA_ASSIGN_OR_RETURN(choice, connectionChoice());
    return MigrationService::connect(**loaded, *choice, readOnly);
}

Result<StatusReport> CommandContext::readStatus()
{
    STRATA_ASSIGN_OR_RETURN(service, connect(true));
    return (*service)->status();
}

QString CommandContext::displayPath(const QString &path) const
{
    const QString relative = QDir::current().relativeFilePath(path);
    return relative.startsWith(u"../"_s) ? path : relative;
}

} // namespace strata::cli
