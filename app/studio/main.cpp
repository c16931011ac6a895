// SPDX-License-Identifier: MIT
// strata-studio [PATH]: the desktop studio, on the project at PATH or on its welcome page.
#include "common/translations.h"
#include "log/logmodel.h"
#include "log/logpanelsink.h"
#include "studio/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Strata"_s);
    QApplication::setApplicationName(u"Strata Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    // The system's language unless View > Language chose another.
    strata::ui::Translations::install(strata::ui::Translations::configured());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Strata Studio: review, apply and roll back "
                                                                     "database migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Open the bundled demo project."));
    parser.addOption(demo);
    const QCommandLineOption quit(u"quit-after-start"_s,
                                  QApplication::translate("main", "Show the window, then quit (checks an installation)."));
    parser.addOption(quit);
    parser.addPositionalArgument(u"path"_s, QApplication::translate("main", "A project directory or its strata.toml."),
                                 u"[path]"_s);
    parser.process(app);

    strata::ui::LogModel log;
    strata::ui::installLogPanel(&log);

    strata::ui::MainWindow window(&log);
    window.show();
    if (parser.isSet(demo))
        window.openDemoProject();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(quit))
        QTimer::singleShot(0, &window, &QWidget::close);
    return app.exec();
}
