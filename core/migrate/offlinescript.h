// SPDX-License-Identifier: MIT
#pragma once

#include "config/databaseurl.h"
#include "graph/appliedstate.h"
#include "graph/migrationplan.h"
#include "project/project.h"

namespace strata::OfflineScript {

/// The SQL a run of @p plan from @p state would send, bookkeeping included, for a DBA to
/// review or run by hand (`migrate --sql`, like Alembic's offline mode). Needs no database.
/// Each transactional step is wrapped in BEGIN ... COMMIT with its version-table update
/// and history row. Errors come from reading revision files.
Result<QString> render(const Project &project, Dialect dialect, const AppliedState &state, const MigrationPlan &plan);

} // namespace strata::OfflineScript
