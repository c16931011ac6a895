// SPDX-License-Identifier: MIT
#include "plandialog.h"

#include "editor/sqlview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

PlanDialog::PlanDialog(const QString &title, const RevisionGraph &graph, const PlanPreview &preview, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    const MigrationPlan &plan = preview.plan;
    auto *summaryLabel = new QLabel(summary(graph, preview), this);
    summaryLabel->setObjectName(u"planSummary"_s);
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *sql = new SqlView(this);
    sql->setObjectName(u"planSql"_s);
    sql->setSql(preview.sql.isEmpty() ? tr("-- A stamp runs no SQL: it only rewrites the version table.")
                                      : preview.sql);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    run->setObjectName(u"runPlan"_s);
    run->setEnabled(!plan.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(sql, 1);
    layout->addWidget(buttons);
    resize(820, 600);
}

QString PlanDialog::summary(const RevisionGraph &graph, const PlanPreview &preview)
{
    const MigrationPlan &plan = preview.plan;
    QStringList lines;
    lines << tr("%1: %2 → %3").arg(preview.database, graph.describe(plan.fromHeads), graph.describe(plan.toHeads));
    if (plan.isEmpty())
        lines << tr("Nothing to do.");
    constexpr int ListedSteps = 40; // the SQL below has every step; the summary stays readable
    for (const PlanStep &step : plan.steps) {
        if (lines.size() > ListedSteps) {
            lines << tr("  … and %n more step(s)", nullptr, int(plan.steps.size()) - ListedSteps);
            break;
        }
        const Revision &revision = graph.at(step.revision);
        lines << u"  %1  %2  %3%4"_s.arg(step.direction == Direction::Up ? tr("up") : tr("down"), revision.id,
                                         revision.message,
                                         revision.transactional ? QString() : tr("  (non-transactional)"));
    }
    return lines.join(u'\n');
}

} // namespace strata::ui
