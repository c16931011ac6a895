// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"
#include "lint/lintfix.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace strata::ui {

/// The review of what the user is looking at: the open revision as it stands in the editor,
/// or what migrate would run on a connection. Lists the findings; Enter or a double-click
/// goes to the statement, Explain tells the rule's full text, and the quick fixes silence a
/// finding with `-- strata:ignore RULE` or rewrite the statement the safe way.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /// Shows the findings of @p subject ("20260113_... as edited", "pending on prod").
    void showFindings(const QString &subject, QList<ReviewItem> items);
    /// Shows that @p subject could not be reviewed, and why.
    void showError(const QString &subject, const QString &error);
    void clear();

    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString subject() const { return m_subject; }
    /// The selected finding, or nullptr.
    const ReviewItem *currentItem() const;
    /// The rewrite the selected finding has, if any.
    std::optional<StatementRewrite> currentRewrite() const;
    /// The rule's full text, as `strata lint --explain` prints it.
    static QString explanation(const QString &rule);

Q_SIGNALS:
    void itemActivated(const strata::ui::ReviewItem &item);
    void ignoreRequested(const strata::ui::ReviewItem &item);
    void rewriteRequested(const strata::ui::ReviewItem &item, const strata::StatementRewrite &rewrite);
    void pendingReviewRequested();

private:
    void updateButtons();
    void explainCurrent();

    QString m_subject;
    QLabel *m_title;
    FindingsModel *m_model;
    QTreeView *m_view;
    QPushButton *m_explain;
    QPushButton *m_ignore;
    QPushButton *m_rewrite;
};

} // namespace strata::ui
