// SPDX-License-Identifier: MIT
#include "localuser.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace strata {

QString localUserAtHost()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (user.isEmpty()) {
        const passwd *entry = getpwuid(geteuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : u"uid%1"_s.arg(geteuid());
    }
    return user + u'@' + QSysInfo::machineHostName();
}

} // namespace strata
