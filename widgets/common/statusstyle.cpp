// SPDX-License-Identifier: MIT
#include "statusstyle.h"

#include <QCoreApplication>

namespace strata::ui {

namespace {
QString tr(const char *text)
{
    // lupdate files the texts of a namespace's free functions under the namespace itself.
    return QCoreApplication::translate("strata::ui", text);
}
} // namespace

StatusKind statusKind(RevisionState state)
{
    switch (state) {
    case RevisionState::Failed: return StatusKind::Failed;
    case RevisionState::Edited: return StatusKind::Edited;
    case RevisionState::Current: return StatusKind::Current;
    case RevisionState::Applied: return StatusKind::Applied;
    case RevisionState::Pending: return StatusKind::Pending;
    }
    return StatusKind::Pending;
}

QList<StatusKind> allStatusKinds()
{
    return {StatusKind::Current, StatusKind::Applied, StatusKind::Pending,
            StatusKind::Failed,  StatusKind::Edited,  StatusKind::MissingFile};
}

QString statusName(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Failed: return tr("failed");
    case StatusKind::Edited: return tr("edited");
    case StatusKind::MissingFile: return tr("missing file");
    case StatusKind::Current: return tr("current head");
    case StatusKind::Applied: return tr("applied");
    case StatusKind::Pending: return tr("pending");
    }
    return {};
}

QString statusDescription(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Failed:
        return tr("A non-transactional migration failed part-way; fix the database, then retry or stamp.");
    case StatusKind::Edited:
        return tr("Applied, but the file changed since: the database may not match what the file says.");
    case StatusKind::MissingFile:
        return tr("The version table names this revision, but no revision file in the project has its id.");
    case StatusKind::Current:
        return tr("Applied, and named by the version table: the database is here.");
    case StatusKind::Applied: return tr("Applied to this database.");
    case StatusKind::Pending: return tr("Not applied yet: 'Migrate to head' would apply it.");
    }
    return {};
}

QColor statusColor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Failed: return QColor(0xd6, 0x3a, 0x3a);
    case StatusKind::Edited: return QColor(0xe0, 0x8a, 0x1e);
    case StatusKind::MissingFile: return QColor(0x9b, 0x59, 0xb6);
    case StatusKind::Current: return QColor(0x2e, 0x8b, 0x57);
    case StatusKind::Applied: return QColor(0x5f, 0xa8, 0x7a);
    case StatusKind::Pending: return QColor(0x8a, 0x93, 0x9b);
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("error");
    case Severity::Warning: return tr("warning");
    case Severity::Info: return tr("info");
    }
    return {};
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return statusColor(StatusKind::Failed);
    case Severity::Warning: return statusColor(StatusKind::Edited);
    case Severity::Info: return QColor(0x3a, 0x7b, 0xd5);
    }
    return {};
}

QColor productionColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace strata::ui
