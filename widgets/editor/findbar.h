// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;
class QToolButton;

namespace strata::ui {

/// Find and replace under an editor, as in every code editor: Enter finds the next match,
/// Shift+Enter the previous one, Escape closes the bar and returns to the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    /// Shows the bar with the selection (or the last search) to find; @p replace shows the
    /// replace row too.
    void open(bool replace);
    /// Finds the next (or previous) match from the cursor, wrapping at the end.
    bool findNext(bool backwards = false);
    /// Replaces the match that is selected, then finds the next one.
    void replaceCurrent();
    /// Replaces every match; returns how many, as one undo step.
    int replaceAll();
    void setSearch(const QString &text, const QString &replacement = {});

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool selectionMatches() const;

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace strata::ui
