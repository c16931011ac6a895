// SPDX-License-Identifier: MIT
#pragma once

class QsciScintilla;

namespace strata::ui {

/// Gives @p editor the studio's SQL look: the SQL lexer in the system's fixed font, on the
/// palette's colours (light or dark), UTF-8, no wrapping. Shared by every SQL view.
void applySqlStyle(QsciScintilla *editor);

} // namespace strata::ui
