// SPDX-License-Identifier: MIT
#pragma once

#include "lint/linter.h"

#include <QWidget>

#include <memory>

class QsciAPIs;
class QsciScintilla;

namespace strata::ui {

class FindBar;
class FindingMarks;

/// The SQL editor of a migration or models file: highlighting, line numbers, folding,
/// brace matching, completion of the schema's table and column names, find and replace,
/// and the review's findings on their statements. The `-- migrate:upgrade` and
/// `-- migrate:downgrade` lines stand out as section headings. Lines are file lines,
/// counted from 1. QScintilla stays behind this class.
class SqlEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    /// Replaces the text, as loaded: not modified, nothing to undo.
    void load(const QString &text);
    QString text() const;
    bool isModified() const;
    void setModified(bool modified);

    void setFindings(const QList<LintFinding> &findings);
    /// The lines that carry a finding's mark.
    QList<int> markedLines() const;
    /// The lines highlighted as section headings.
    QList<int> sectionLines() const;

    /// Table, column and type names offered as completions (from two typed characters, or Ctrl+Space).
    void setCompletionWords(const QStringList &words);
    QStringList completionWords() const { return m_words; }

    /// Puts the cursor at the start of @p line, in view, and focuses the text.
    void goToLine(int line);
    int cursorLine() const;

    /// Replaces @p statement where it starts on @p line (as the review saw it) by
    /// @p replacement, as one undo step; false when the text there changed since.
    bool replaceStatement(int line, const QString &statement, const QString &replacement);
    /// Inserts @p text as a line of its own before @p line, indented like it.
    void insertLineBefore(int line, const QString &text);

    void openFindBar(bool replace);
    FindBar *findBar() const { return m_findBar; }

Q_SIGNALS:
    /// The text changed (typing, undo, a quick fix).
    void textEdited();
    void modificationChanged(bool modified);

private:
    void markSections();

    QsciScintilla *m_editor;
    FindBar *m_findBar;
    std::unique_ptr<FindingMarks> m_marks;
    QsciAPIs *m_completions = nullptr;
    QStringList m_words;
    int m_sectionMarker = 0;
};

} // namespace strata::ui
