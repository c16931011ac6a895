// SPDX-License-Identifier: MIT
#pragma once

#include "projectsession.h"

#include <QDialog>

namespace strata::ui {

/// Shows what a run would do before it runs: the steps, then the SQL with its
/// bookkeeping exactly as the run would send it. "Run" accepts the dialog.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(const QString &title, const RevisionGraph &graph, const PlanPreview &preview,
               QWidget *parent = nullptr);

    /// The plan in lines: where the database goes, then each step (at most 40).
    static QString summary(const RevisionGraph &graph, const PlanPreview &preview);
};

} // namespace strata::ui
