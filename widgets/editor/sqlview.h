// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QsciScintilla;

namespace strata::ui {

/// SQL shown read-only with highlighting and line numbers that match the revision file,
/// so that "line 14" in an error is line 14 here. QScintilla stays behind this class.
class SqlView : public QWidget
{
    Q_OBJECT

public:
    explicit SqlView(QWidget *parent = nullptr);

    /// Shows @p sql, numbering its first line @p firstLine (its line in the file).
    void setSql(const QString &sql, int firstLine = 1);
    QString sql() const;
    /// Marks @p fileLine (as numbered) and scrolls to it; 0 clears the mark.
    void markLine(int fileLine);

private:
    QsciScintilla *m_editor;
    int m_firstLine = 1;
    int m_errorMarker = 0;
};

} // namespace strata::ui
