// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QStringList>

namespace strata::ProjectScaffold {

/// `strata init DIR`: writes strata.toml (SQLite `sqlite:///dev.db` by default),
/// migrations/versions/, models/schema.sql and a .gitignore for Strata's local files.
/// Refuses (ErrorCode::Usage) when DIR already holds a strata.toml; never overwrites a file.
/// Returns the paths it created.
Result<QStringList> create(const QString &directory, const QString &databaseUrl = QStringLiteral("sqlite:///dev.db"));

} // namespace strata::ProjectScaffold
