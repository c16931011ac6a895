// SPDX-License-Identifier: MIT
#include "studiotestcase.h"

#include "project/projectsession.h"
#include "timeline/timelinemodel.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace strata::test {

void StudioTestCase::configureApplication(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("STRATA_NO_KEYCHAIN", "1");
    QCoreApplication::setOrganizationName(u"StrataTest"_s);
    QCoreApplication::setApplicationName(applicationName);
}

void StudioTestCase::openWindow()
{
    m_log = std::make_unique<ui::LogModel>();
    m_window = std::make_unique<ui::MainWindow>(m_log.get());
    m_window->show();
}

void StudioTestCase::closeWindow()
{
    m_window.reset();
    m_postgres.reset();
}

QString StudioTestCase::scratchPostgresUrl()
{
    auto scratch = ScratchPostgres::create();
    if (!scratch) {
        qWarning("%s", errorText(scratch).constData());
        return {};
    }
    m_postgres = *std::move(scratch);
    return m_postgres->url().toString();
}

bool StudioTestCase::openAndRead(const QString &path)
{
    QSignalSpy status(m_window->session(), &ui::ProjectSession::statusRead);
    if (!m_window->openProject(path) || !status.wait(60'000)) {
        qWarning("the project at %s did not open, or its status was not read", qPrintable(path));
        return false;
    }
    const ui::ConnectionStatus &first = m_window->timelineModel()->connections().at(0);
    if (!first.report)
        qWarning("%s", qPrintable(first.error));
    return first.report.has_value();
}

} // namespace strata::test
