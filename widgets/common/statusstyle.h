// SPDX-License-Identifier: MIT
#pragma once

#include "lint/lintrule.h"
#include "migrate/migrationstatus.h"

#include <QColor>
#include <QList>
#include <QString>

namespace strata::ui {

/// What a status cell of the timeline shows: a revision's state on one database, or a
/// version-table row that names no revision file.
enum class StatusKind { Failed, Edited, MissingFile, Current, Applied, Pending };

StatusKind statusKind(RevisionState state);
/// Every kind, in the order the legend lists them.
QList<StatusKind> allStatusKinds();

/// The word in the cell: "applied", "current head", ...
QString statusName(StatusKind kind);
/// One sentence for the legend and tooltips.
QString statusDescription(StatusKind kind);
/// The cell's colour. Mid-saturation hues that read on light and dark palettes alike,
/// so the studio can follow the system theme.
QColor statusColor(StatusKind kind);

/// A review finding's severity in words ("error", "warning", "info"), translated.
QString severityText(Severity severity);
/// The colour of a finding's marker, squiggle and list entry.
QColor severityColor(Severity severity);

/// The red of production connections: their band, badge and header.
QColor productionColor();

} // namespace strata::ui
