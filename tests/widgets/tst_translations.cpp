// SPDX-License-Identifier: MIT
// The studio in German: the translation ships inside the binary, installs for "de", and
// every action of the main window then has its German text.
#include "common/statusstyle.h"
#include "common/translations.h"
#include "connections/connectionprofile.h"
#include "project/migrationaction.h"

#include "studiotestcase.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

/// Every action of @p window with a text, in the order they were made, but the language
/// menu's own entries (each language is named in itself, in every language).
QList<QAction *> textActions(MainWindow &window)
{
    QList<QAction *> actions;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().isEmpty() || action->isSeparator() || action->data().isValid())
            continue;
        actions << action;
    }
    return actions;
}

} // namespace

class TestTranslations : public test::StudioTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shipsGerman();
    void showsEveryActionOfTheMainWindowInGerman();
};

void TestTranslations::initTestCase()
{
    configureApplication(u"tst_translations"_s);
}

void TestTranslations::shipsGerman()
{
    QVERIFY(Translations::available().contains(u"de"_s));
    QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
    Translations::setConfigured(u"de"_s);
    QCOMPARE(Translations::configured(), u"de"_s);
    Translations::setConfigured({});
    QVERIFY(Translations::configured().isEmpty());
}

void TestTranslations::showsEveryActionOfTheMainWindowInGerman()
{
    openWindow();
    QStringList english;
    for (QAction *action : textActions(*m_window))
        english << action->text();
    closeWindow();
    QVERIFY(english.size() > 40);
    QVERIFY(english.contains(u"&Migrate to Head"_s));

    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    openWindow();
    const QList<QAction *> german = textActions(*m_window);
    QCOMPARE(german.size(), english.size());
    QStringList untranslated;
    for (int i = 0; i < german.size(); ++i) {
        if (german.at(i)->text() == english.at(i))
            untranslated << english.at(i);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(u"still in English: "_s + untranslated.join(u", "_s)));
    QStringList menus;
    for (QAction *menu : m_window->menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus.mid(0, 3), (QStringList{u"&Datei"_s, u"&Migration"_s, u"&Ansicht"_s}));
    // Texts with numbers and names are translated whole, placeholders kept.
    QCOMPARE(MigrationAction::rollBack(3).description(), u"3 Revisionen zurückrollen"_s);
    // Texts of free functions (status words, connection problems) are found too.
    QCOMPARE(statusName(StatusKind::Applied), u"angewendet"_s);
    QCOMPARE(severityText(Severity::Error), u"Fehler"_s);
    QVERIFY(profileProblems({}, {}).contains(u"Geben Sie der Verbindung einen Namen."_s));
    closeWindow();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
