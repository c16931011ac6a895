// SPDX-License-Identifier: MIT
#include "sqlview.h"

#include "common/statusstyle.h"
#include "sqlstyle.h"

#include "qscintilla.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
constexpr int NumberMargin = 0;
constexpr int LineNumberStyle = 33; // Scintilla's STYLE_LINENUMBER
} // namespace

SqlView::SqlView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QsciScintilla(this))
{
    applySqlStyle(m_editor);
    m_editor->setReadOnly(true);
    m_editor->setCaretLineVisible(false);
    // Numbers come from the file, not from the view: a text margin numbered by hand.
    m_editor->setMarginType(NumberMargin, QsciScintilla::TextMarginRightJustified);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Background);
    m_editor->setMarkerBackgroundColor(statusColor(StatusKind::Failed).lighter(170), m_errorMarker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_editor);
}

void SqlView::setSql(const QString &sql, int firstLine)
{
    m_firstLine = firstLine;
    m_editor->setText(sql);
    const int lines = m_editor->lines();
    for (int line = 0; line < lines; ++line)
        m_editor->setMarginText(line, QString::number(firstLine + line), LineNumberStyle);
    const QString widest = QString::number(firstLine + lines) + u"0"_s;
    m_editor->setMarginWidth(NumberMargin, widest);
    m_editor->markerDeleteAll(m_errorMarker);
}

QString SqlView::sql() const
{
    return m_editor->text();
}

void SqlView::markLine(int fileLine)
{
    m_editor->markerDeleteAll(m_errorMarker);
    const int line = fileLine - m_firstLine;
    if (fileLine <= 0 || line < 0 || line >= m_editor->lines())
        return;
    m_editor->markerAdd(line, m_errorMarker);
    m_editor->ensureLineVisible(line);
}

} // namespace strata::ui
