// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace strata::ui {

class MessageBanner;
class ProjectSession;

/// `strata check --drift` for the studio: compares a connection's live schema with what its
/// applied revisions build, off the GUI thread, and lists every difference in @p banner.
/// Reads only.
class DriftCheck : public QObject
{
    Q_OBJECT

public:
    DriftCheck(ProjectSession *session, MessageBanner *banner, QObject *parent = nullptr);

    void check(const QString &connection);

Q_SIGNALS:
    /// The check ended and its outcome is on the banner; @p drifted when anything differs.
    void checked(const QString &connection, bool drifted);

private:
    ProjectSession *m_session;
    MessageBanner *m_banner;
};

} // namespace strata::ui
