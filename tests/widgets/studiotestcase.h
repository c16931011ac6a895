// SPDX-License-Identifier: MIT
#pragma once

#include "log/logmodel.h"
#include "studio/mainwindow.h"

#include "testsupport.h"

#include <QObject>

#include <memory>

namespace strata::test {

/// What the studio's widget tests share: a fresh main window for each test, offscreen,
/// with settings of their own and no keychain, and scratch databases on the test
/// PostgreSQL. A test class derives from it and calls these from its own slots (it
/// declares none itself, so Qt Test runs only the derived class's).
class StudioTestCase : public QObject
{
    Q_OBJECT

protected:
    /// From initTestCase: settings under @p applicationName, test paths, no keychain.
    static void configureApplication(const QString &applicationName);
    /// From init: a new, shown main window.
    void openWindow();
    /// From cleanup: the window (and any scratch database) gone.
    void closeWindow();
    /// A fresh database on the test PostgreSQL, dropped after the test; empty (and a
    /// warning saying why) when there is none.
    QString scratchPostgresUrl();
    /// Opens the project at @p path and waits for the first status read; false (and why)
    /// when it does not open or its first database cannot be read.
    bool openAndRead(const QString &path);

    std::unique_ptr<ui::LogModel> m_log;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ScratchPostgres> m_postgres;
};

} // namespace strata::test
