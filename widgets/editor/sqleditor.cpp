// SPDX-License-Identifier: MIT
#include "sqleditor.h"

#include "findbar.h"
#include "findingmarks.h"
#include "sqlstyle.h"

#include "qscintilla.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
constexpr int NumberMargin = 0;
constexpr int MarkMargin = 1;
constexpr int FoldMargin = 2;
} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QsciScintilla(this))
    , m_findBar(new FindBar(m_editor, this))
{
    m_editor->setObjectName(u"sqlText"_s);
    applySqlStyle(m_editor);
    m_editor->setMarginType(NumberMargin, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(NumberMargin, true);
    m_editor->setMarginWidth(NumberMargin, u"00000"_s);
    m_marks = std::make_unique<FindingMarks>(m_editor, MarkMargin);
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, FoldMargin);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setCaretLineVisible(true);
    m_editor->setCaretLineBackgroundColor(palette().color(QPalette::AlternateBase));
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(4);
    m_editor->setAutoIndent(true);
    m_editor->setEolMode(QsciScintilla::EolUnix);

    m_completions = new QsciAPIs(m_editor->lexer());
    m_editor->setAutoCompletionSource(QsciScintilla::AcsAll);
    m_editor->setAutoCompletionThreshold(2);
    m_editor->setAutoCompletionCaseSensitivity(false);
    m_editor->setAutoCompletionReplaceWord(true);

    // The section headings: a band across the line in the palette's highlight, softened.
    m_sectionMarker = m_editor->markerDefine(QsciScintilla::Background);
    QColor band = palette().color(QPalette::Highlight);
    band.setAlpha(60);
    m_editor->setMarkerBackgroundColor(band, m_sectionMarker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        markSections();
        Q_EMIT textEdited();
    });
    connect(m_editor, &QsciScintilla::modificationChanged, this, &SqlEditor::modificationChanged);
    setFocusProxy(m_editor);
}

SqlEditor::~SqlEditor() = default;

void SqlEditor::load(const QString &text)
{
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setText(text);
    }
    markSections();
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setModified(false);
}

QString SqlEditor::text() const
{
    return m_editor->text();
}

bool SqlEditor::isModified() const
{
    return m_editor->isModified();
}

void SqlEditor::setModified(bool modified)
{
    m_editor->setModified(modified);
}

void SqlEditor::setFindings(const QList<LintFinding> &findings)
{
    m_marks->show(findings, 1);
}

QList<int> SqlEditor::markedLines() const
{
    return m_marks->markedLines();
}

void SqlEditor::markSections()
{
    m_editor->markerDeleteAll(m_sectionMarker);
    const int lines = m_editor->lines();
    for (int line = 0; line < lines; ++line) {
        const QString text = m_editor->text(line).trimmed();
        if (text.startsWith(u"-- migrate:upgrade"_s) || text.startsWith(u"-- migrate:downgrade"_s))
            m_editor->markerAdd(line, m_sectionMarker);
    }
}

QList<int> SqlEditor::sectionLines() const
{
    QList<int> lines;
    const int mask = 1 << m_sectionMarker;
    for (int line = m_editor->markerFindNext(0, mask); line >= 0; line = m_editor->markerFindNext(line + 1, mask))
        lines.append(line + 1);
    return lines;
}

void SqlEditor::setCompletionWords(const QStringList &words)
{
    m_words = words;
    m_completions->clear();
    for (const QString &word : words)
        m_completions->add(word);
    m_completions->prepare();
}

void SqlEditor::goToLine(int line)
{
    const int at = std::clamp(line - 1, 0, std::max(0, m_editor->lines() - 1));
    m_editor->setCursorPosition(at, 0);
    m_editor->ensureLineVisible(at);
    m_editor->setFocus();
}

int SqlEditor::cursorLine() const
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    return line + 1;
}

bool SqlEditor::replaceStatement(int line, const QString &statement, const QString &replacement)
{
    const int at = line - 1;
    if (at < 0 || at >= m_editor->lines() || statement.isEmpty())
        return false;
    const QString text = m_editor->text();
    const qsizetype lineStart = [&] {
        qsizetype position = 0;
        for (int i = 0; i < at; ++i)
            position = text.indexOf(u'\n', position) + 1;
        return position;
    }();
    qsizetype start = lineStart;
    while (start < text.size() && text.at(start).isSpace() && text.at(start) != u'\n')
        ++start;
    if (QStringView(text).mid(start, statement.size()) != statement)
        return false;
    // QScintilla positions count bytes; select by line and character index instead.
    const QString before = text.left(start + statement.size());
    const int endLine = int(before.count(u'\n'));
    const int endIndex = int(before.size() - (before.lastIndexOf(u'\n') + 1));
    m_editor->beginUndoAction();
    m_editor->setSelection(at, int(start - lineStart), endLine, endIndex);
    m_editor->replaceSelectedText(replacement);
    m_editor->endUndoAction();
    return true;
}

void SqlEditor::insertLineBefore(int line, const QString &text)
{
    const int at = std::clamp(line - 1, 0, m_editor->lines());
    const QString current = at < m_editor->lines() ? m_editor->text(at) : QString();
    qsizetype indentEnd = 0;
    while (indentEnd < current.size() && (current.at(indentEnd) == u' ' || current.at(indentEnd) == u'\t'))
        ++indentEnd;
    const QString indent = current.left(indentEnd);
    m_editor->insertAt(indent + text + u'\n', at, 0);
}

void SqlEditor::openFindBar(bool replace)
{
    m_findBar->open(replace);
}

} // namespace strata::ui
