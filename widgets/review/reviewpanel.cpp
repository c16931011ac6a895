// SPDX-License-Identifier: MIT
#include "reviewpanel.h"

#include "lint/lintrule.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_explain(new QPushButton(tr("E&xplain"), this))
    , m_ignore(new QPushButton(tr("&Ignore Here"), this))
    , m_rewrite(new QPushButton(tr("Re&write"), this))
{
    setObjectName(u"reviewPanel"_s);
    m_title->setObjectName(u"reviewTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_view->setObjectName(u"findings"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_explain->setObjectName(u"explainFinding"_s);
    m_explain->setToolTip(tr("What the rule guards against, and the safe way (F1)"));
    m_explain->setShortcut(QKeySequence::HelpContents);
    m_ignore->setObjectName(u"ignoreFinding"_s);
    m_ignore->setToolTip(tr("Add '-- strata:ignore RULE' before the statement: you reviewed it and accept it"));
    m_rewrite->setObjectName(u"rewriteFinding"_s);
    m_rewrite->setToolTip(tr("Rewrite the statement the safe way"));
    auto *pending = new QPushButton(tr("Review &Pending"), this);
    pending->setObjectName(u"reviewPending"_s);
    pending->setToolTip(tr("Review what Migrate to Head would run on the target connection"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_explain);
    buttons->addWidget(m_ignore);
    buttons->addWidget(m_rewrite);
    buttons->addStretch(1);
    buttons->addWidget(pending);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT itemActivated(m_model->item(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateButtons);
    connect(m_explain, &QPushButton::clicked, this, &ReviewPanel::explainCurrent);
    connect(m_ignore, &QPushButton::clicked, this, [this] {
        if (const ReviewItem *item = currentItem())
            Q_EMIT ignoreRequested(*item);
    });
    connect(m_rewrite, &QPushButton::clicked, this, [this] {
        const ReviewItem *item = currentItem();
        const auto rewrite = currentRewrite();
        if (item && rewrite)
            Q_EMIT rewriteRequested(*item, *rewrite);
    });
    connect(pending, &QPushButton::clicked, this, &ReviewPanel::pendingReviewRequested);
    clear();
}

void ReviewPanel::showFindings(const QString &subject, QList<ReviewItem> items)
{
    m_subject = subject;
    const auto count = [&](Severity severity) {
        return int(std::count_if(items.begin(), items.end(),
                                 [&](const ReviewItem &item) { return item.finding.severity == severity; }));
    };
    m_title->setText(items.isEmpty() ? tr("%1: no findings.").arg(subject)
                                     : tr("%1: %2 error(s), %3 warning(s), %4 note(s).")
                                           .arg(subject)
                                           .arg(count(Severity::Error))
                                           .arg(count(Severity::Warning))
                                           .arg(count(Severity::Info)));
    // Keep the selection on the same finding across a re-review while typing.
    const ReviewItem *selected = currentItem();
    const QString selectedRule = selected ? selected->finding.rule : QString();
    const int selectedLine = selected ? selected->finding.line : 0;
    m_model->setItems(std::move(items));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LintFinding &finding = m_model->item(row).finding;
        if (finding.rule == selectedRule && finding.line == selectedLine)
            m_view->setCurrentIndex(m_model->index(row, 0));
    }
}

void ReviewPanel::showError(const QString &subject, const QString &error)
{
    m_subject = subject;
    m_title->setText(tr("%1 cannot be reviewed: %2").arg(subject, error));
    m_model->setItems({});
}

void ReviewPanel::clear()
{
    m_subject.clear();
    m_title->setText(tr("Open a revision, or review what is pending on a connection."));
    m_model->setItems({});
}

const ReviewItem *ReviewPanel::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? &m_model->item(current.row()) : nullptr;
}

std::optional<StatementRewrite> ReviewPanel::currentRewrite() const
{
    const ReviewItem *item = currentItem();
    return item ? rewriteFor(item->finding, item->dialect, item->transactional) : std::nullopt;
}

void ReviewPanel::updateButtons()
{
    const ReviewItem *item = currentItem();
    m_explain->setEnabled(item && findLintRule(item->finding.rule));
    // An ignore is itself what "unused-ignore" reports, and a parse error is not a choice.
    m_ignore->setEnabled(item && item->finding.rule != u"unused-ignore"_s && item->finding.rule != u"parse-error"_s);
    m_rewrite->setEnabled(currentRewrite().has_value());
}

QString ReviewPanel::explanation(const QString &rule)
{
    const LintRule *found = findLintRule(rule);
    if (!found)
        return {};
    QString text = u"<h3>%1</h3><p><b>%2</b> (%3)</p><p>%4</p><p><b>%5</b> %6</p>"_s.arg(
        found->id.toHtmlEscaped(), found->summary.toHtmlEscaped(), severityName(found->severity),
        found->why.toHtmlEscaped(), tr("Instead:"), found->instead.toHtmlEscaped());
    if (!found->example.isEmpty())
        text += u"<pre>%1</pre>"_s.arg(found->example.toHtmlEscaped());
    text += u"<p>%1</p>"_s.arg(tr("To accept it after review, write <code>-- strata:ignore %1</code> on the line "
                                  "before the statement.")
                                   .arg(found->id.toHtmlEscaped()));
    return text;
}

void ReviewPanel::explainCurrent()
{
    const ReviewItem *item = currentItem();
    if (!item)
        return;
    QMessageBox box(QMessageBox::Information, tr("Rule %1").arg(item->finding.rule), explanation(item->finding.rule),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace strata::ui
