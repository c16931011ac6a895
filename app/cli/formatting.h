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

/// --lock-timeout's value in milliseconds: "30s", "2min", or a bare number of seconds.
Result<int> lockWaitMs(const QString &text);
/// "512 B", "3.4 MB", "1.2 GB".
QString byteSize(qint64 bytes);
/// "850 ms", "12.3 s", "4 min 05 s".
QString duration(qint64 ms);

} // namespace strata::cli
