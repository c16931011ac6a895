// SPDX-License-Identifier: MIT
// A service that refuses to start on a database its migrations have not reached yet: the
// C++ form of the seed's check_migrations_on_startup. Build it with Strata's core library
// (see CMakeLists.txt beside it) and call strata::checkOnStartup() before serving.
//
//   startup-check-example [PROJECT_DIR]
//
// The database is DATABASE_URL, else the project's [database].url. Exit codes: 0 up to
// date (the service would now start), 1 migrations pending or in doubt, 3 no answer.
#include "project/startupcheck.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // Qt's SQL drivers need an application object
    const QString projectDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();

    const auto check = strata::checkOnStartup({}, projectDir);
    if (!check) {
        std::fprintf(stderr, "startup check failed: %s\n", qPrintable(check.error().fullMessage()));
        return 3;
    }
    if (!check->isUpToDate()) {
        std::fprintf(stderr, "not starting: %s\n", qPrintable(check->summary()));
        return 1;
    }
    std::printf("%s; starting\n", qPrintable(check->summary()));
    // ... the service itself would start here ...
    return 0;
}
