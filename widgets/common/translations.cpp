// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace strata::ui::Translations {

namespace {

const QString Directory = u":/strata/translations"_s;
const QString SettingsKey = u"language"_s;

/// Loads @p file's translation for @p locale from @p directory and installs it; nullptr
/// when there is none (English, or a language nobody translated it into).
QTranslator *installTranslator(const QLocale &locale, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, file, u"_"_s, directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QStringList available()
{
    QStringList languages;
    for (const QString &file : QDir(Directory).entryList({u"strata_*.qm"_s}, QDir::Files, QDir::Name))
        languages << file.mid(7, file.size() - 10); // strata_de.qm -> de
    return languages;
}

QString configured()
{
    return QSettings().value(SettingsKey).toString();
}

void setConfigured(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, language);
}

QString nativeName(const QString &language)
{
    if (language == u"en"_s)
        return u"English"_s;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QTranslator *strata = installTranslator(locale, u"strata"_s, Directory);
    if (!strata)
        return u"en"_s;
    QLocale::setDefault(locale); // dates and sizes as the language writes them
    // Qt's own dialogs (Save, Discard, Cancel) and QScintilla's context menu, when the
    // system has their translations.
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installTranslator(locale, u"qtbase"_s, system);
    installTranslator(locale, u"qscintilla"_s, system);
    return strata->language().section(u'_', 0, 0); // "de_DE" -> "de"
}

} // namespace strata::ui::Translations
