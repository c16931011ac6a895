// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace strata::cli {

/// Logs to stderr: warnings by default, every step and statement with -v, everything with
/// -vv, errors only with -q. Qt's own messages are routed in too.
void setUpLogging(int verbosity, bool quiet);

/// Adds the project's rotating log file (debug level, 5 MB x 3) under @p directory.
void startProjectLog(const QString &directory);

} // namespace strata::cli
