// SPDX-License-Identifier: MIT
#include "findingmarks.h"

#include "common/statusstyle.h"

#include "qscintilla.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
constexpr Severity Severities[] = {Severity::Info, Severity::Warning, Severity::Error};
// Annotation styles live above the lexer's (SQL uses fewer than 30) and Scintilla's
// predefined 32..39.
constexpr int FirstAnnotationStyle = 60;
} // namespace

FindingMarks::FindingMarks(QsciScintilla *editor, int margin)
    : m_editor(editor)
{
    int markMask = 0;
    for (Severity severity : Severities) {
        const int at = int(severity);
        const QColor color = severityColor(severity);
        m_markers[at] = editor->markerDefine(severity == Severity::Info ? QsciScintilla::SmallRectangle
                                                                        : QsciScintilla::Circle);
        editor->setMarkerBackgroundColor(color, m_markers[at]);
        editor->setMarkerForegroundColor(color.darker(130), m_markers[at]);
        markMask |= 1 << m_markers[at];
        m_indicators[at] = editor->indicatorDefine(QsciScintilla::SquiggleIndicator);
        editor->setIndicatorForegroundColor(color, m_indicators[at]);
        m_styles[at] = FirstAnnotationStyle + at;
        QColor paper = color;
        paper.setAlpha(255);
        paper = paper.lighter(180);
        QsciStyle style(m_styles[at], u"finding"_s, QColor(0x20, 0x20, 0x20), paper, editor->font());
        style.apply(editor);
    }
    editor->setMarginType(margin, QsciScintilla::SymbolMargin);
    editor->setMarginWidth(margin, 14);
    editor->setMarginMarkerMask(margin, markMask);
    editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
}

void FindingMarks::clear()
{
    for (Severity severity : Severities) {
        const int at = int(severity);
        m_editor->markerDeleteAll(m_markers[at]);
        m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, m_indicators[at]);
    }
    m_editor->clearAnnotations();
}

void FindingMarks::show(const QList<LintFinding> &findings, int firstLine)
{
    clear();
    m_firstLine = firstLine;
    // Several findings on one statement share its box, most severe first.
    QMap<int, QList<LintFinding>> byLine;
    for (const LintFinding &finding : findings) {
        const int line = finding.line - firstLine;
        if (line >= 0 && line < m_editor->lines())
            byLine[line].append(finding);
    }
    for (auto it = byLine.begin(); it != byLine.end(); ++it) {
        QList<LintFinding> &onLine = it.value();
        std::stable_sort(onLine.begin(), onLine.end(), [](const LintFinding &a, const LintFinding &b) {
            return int(a.severity) > int(b.severity);
        });
        const int line = it.key();
        const Severity worst = onLine.first().severity;
        m_editor->markerAdd(line, m_markers[int(worst)]);

        // The squiggle runs under the statement where it stands as reviewed, else under the
        // line. QScintilla's line indexes count characters.
        const auto lineText = [this](int at) { return m_editor->text(at).remove(u'\n').remove(u'\r'); };
        const QString text = lineText(line);
        const auto firstWord = std::find_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
        const int start = firstWord == text.end() ? 0 : int(firstWord - text.begin());
        int endLine = line;
        int endIndex = int(text.size());
        const QString &statement = onLine.first().statement;
        if (!statement.isEmpty() && text.mid(start).startsWith(statement.section(u'\n', 0, 0))) {
            endLine = std::min(line + int(statement.count(u'\n')), m_editor->lines() - 1);
            endIndex = endLine == line ? start + int(statement.size()) : int(statement.section(u'\n', -1).size());
            endIndex = std::min(endIndex, int(lineText(endLine).size()));
        }
        m_editor->fillIndicatorRange(line, start, endLine, endIndex, m_indicators[int(worst)]);

        QList<QsciStyledText> box;
        for (int i = 0; i < onLine.size(); ++i) {
            const LintFinding &finding = onLine.at(i);
            const QString entry = u"%1 %2: %3%4"_s.arg(severityText(finding.severity), finding.rule, finding.detail,
                                                       i + 1 < onLine.size() ? u"\n"_s : QString());
            box.append(QsciStyledText(entry, m_styles[int(finding.severity)]));
        }
        m_editor->annotate(line, box);
    }
}

QList<int> FindingMarks::markedLines() const
{
    int mask = 0;
    for (int marker : m_markers)
        mask |= 1 << marker;
    QList<int> lines;
    for (int line = m_editor->markerFindNext(0, mask); line >= 0; line = m_editor->markerFindNext(line + 1, mask))
        lines.append(m_firstLine + line);
    return lines;
}

} // namespace strata::ui
