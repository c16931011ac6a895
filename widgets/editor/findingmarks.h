// SPDX-License-Identifier: MIT
#pragma once

#include "lint/linter.h"

#include <QList>

class QsciScintilla;

namespace strata::ui {

/// Shows review findings in a QScintilla view, as a reviewer reads them: a coloured mark
/// in the margin on the statement's first line, a squiggle under the statement, and the
/// rule and what it found in a box below the line. One colour per severity.
class FindingMarks
{
public:
    /// Claims markers, indicators and annotation styles of @p editor, and shows the mark
    /// margin as margin @p margin.
    FindingMarks(QsciScintilla *editor, int margin);

    /// Replaces the marks with @p findings, whose lines are file lines; the view's first
    /// line is file line @p firstLine.
    void show(const QList<LintFinding> &findings, int firstLine = 1);
    void clear();
    /// The file lines that carry a mark, in order (what tests and the review panel check).
    QList<int> markedLines() const;

private:
    QsciScintilla *m_editor;
    int m_firstLine = 1;
    int m_markers[3] = {};    ///< by Severity
    int m_indicators[3] = {}; ///< by Severity
    int m_styles[3] = {};     ///< annotation styles, by Severity
};

} // namespace strata::ui
