// SPDX-License-Identifier: MIT
#pragma once

#include "graph/revisiongraph.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonObject>

namespace strata::cli {

/// The revision's fields every --json output shares.
QJsonObject revisionJson(const Project &project, int index);
QJsonArray idArray(const RevisionGraph &graph, const QList<int> &indices);
/// "2026-01-13" or "" for a revision without a created time.
QString shortDate(const Revision &revision);

} // namespace strata::cli
