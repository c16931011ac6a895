// SPDX-License-Identifier: MIT
#include "sqlstyle.h"

#include "qscintilla.h"

#include <QFontDatabase>

namespace strata::ui {

void applySqlStyle(QsciScintilla *editor)
{
    const QPalette palette = editor->palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *lexer = new QsciLexerSQL(editor);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    // The background follows the system palette, light or dark; the lexer colours the
    // keywords, literals and comments.
    lexer->setDefaultPaper(palette.color(QPalette::Base));
    lexer->setPaper(palette.color(QPalette::Base));
    lexer->setDefaultColor(palette.color(QPalette::Text));
    lexer->setColor(palette.color(QPalette::Text), QsciLexerSQL::Default);
    lexer->setColor(palette.color(QPalette::Text), QsciLexerSQL::Identifier);
    editor->setLexer(lexer);
    editor->setUtf8(true);
    editor->setWrapMode(QsciScintilla::WrapNone);
    editor->setMarginsFont(mono);
    editor->setMarginsBackgroundColor(palette.color(QPalette::AlternateBase));
    editor->setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
}

} // namespace strata::ui
