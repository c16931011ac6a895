// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace strata::ui::Translations {

/// The languages the studio speaks besides English, as locale names ("de").
QStringList available();
/// The language chosen in the settings; empty: the system's.
QString configured();
/// Chooses @p language ("de", "en", or empty for the system's) from the next start on.
void setConfigured(const QString &language);
/// "Deutsch", "English": a language's name in that language, for the menu.
QString nativeName(const QString &language);

/// Installs the translators for @p language, or when it is empty for the first of the
/// system's UI languages the studio speaks: Strata's own, and Qt's and QScintilla's where
/// the system has them. Call once, before the first window. Returns the language the
/// studio now speaks ("en" when none of its translations fits).
QString install(const QString &language);

} // namespace strata::ui::Translations
