// SPDX-License-Identifier: MIT
// strata-bench-timeline DIR...: opens each project in Strata Studio's window and reports
// how long opening and painting its timeline takes, how long a scroll frame takes, and
// the peak memory. Run by bench/run.sh (under Xvfb, or QT_QPA_PLATFORM=offscreen).
// Issue 3's targets: a 10,000-revision project opens and paints in <= 1 s, scrolls
// smoothly, and stays under 200 MB.
#include "log/logmodel.h"
#include "project/projectsession.h"
#include "studio/mainwindow.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace strata::ui;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Opens @p directory and prints: revisions, open+paint ms, status ms, scroll frame ms.
bool measure(const QString &directory)
{
    LogModel log;
    MainWindow window(&log);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    bool statusRead = false;
    QObject::connect(window.session(), &ProjectSession::statusRead, &window, [&] { statusRead = true; });
    if (!window.openProject(directory))
        return false;
    TimelineView *view = window.timelinePanel()->view();
    view->viewport()->repaint(); // the first paint of the visible rows, synchronously
    const qint64 openMs = clock.elapsed();

    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (statusRead)
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 statusMs = clock.elapsed();

    // Scroll page by page from the top, painting each frame synchronously.
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QList<double> frames;
    QElapsedTimer frame;
    for (int page = 0; page < 200 && bar->value() < bar->maximum(); ++page) {
        frame.start();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        frames.append(double(frame.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    const double median = frames.isEmpty() ? 0 : frames.at(frames.size() / 2);
    const double worst = frames.isEmpty() ? 0 : frames.last();
    std::printf("%-8d revisions  open+paint %6lld ms  status shown %6lld ms  scroll frame median %5.2f ms  "
                "worst %5.2f ms (%lld frames)\n",
                window.timelineModel()->rowCount(), openMs, statusMs, median, worst, qlonglong(frames.size()));
    return statusRead;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("STRATA_NO_KEYCHAIN", "1");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"StrataBench"_s);
    if (argc < 2) {
        std::fprintf(stderr, "usage: strata-bench-timeline PROJECT_DIR...\n");
        return 2;
    }
    bool ok = true;
    for (int i = 1; i < argc; ++i)
        ok = measure(QString::fromLocal8Bit(argv[i])) && ok;
    std::printf("peak RSS %.1f MB\n", peakMegabytes());
    return ok ? 0 : 1;
}
