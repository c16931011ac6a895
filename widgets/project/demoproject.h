// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QString>

namespace strata::ui::DemoProject {

/// Copies the demo project bundled in the studio (a SQLite shop with 30 revisions,
/// branches and merges) into @p directory and returns the directory. Files already there
/// are kept, so the user's demo database and edits survive; files new in this version
/// of Strata are added.
Result<QString> install(const QString &directory);

/// Where the studio keeps its copy of the demo: the user's application data directory.
QString defaultDirectory();

} // namespace strata::ui::DemoProject
