// SPDX-License-Identifier: MIT
#pragma once

#include "common/backgroundjob.h"
#include "diff/autogenerateservice.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace strata::ui {

class FindingsModel;
class MessageBanner;
class ProjectSession;
class SqlView;

/// `strata makemigrations` in a dialog: a message, the renames the user states, and before
/// anything is written the detected changes, the upgrade and downgrade as the file will have
/// them and the review of the upgrade. Create writes the revision with core's AutogenerateService
/// and RevisionAuthor, exactly as the CLI does; Create Empty writes the --empty template.
class MakeMigrationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MakeMigrationsDialog(ProjectSession *session, QWidget *parent = nullptr);

    /// Detects the changes again with the renames as typed.
    void detect();
    /// Writes the revision (empty: the template); created() then accepts.
    void create(bool empty = false);

    QLineEdit *messageEdit() const { return m_message; }
    QLineEdit *renamesEdit() const { return m_renames; }
    QPushButton *createButton() const { return m_create; }
    MessageBanner *banner() const { return m_banner; }
    FindingsModel *findings() const { return m_findings; }
    /// The draft on show; nullopt while detecting or after a failure.
    const std::optional<AutogenerateService::MigrationDraft> &draft() const { return m_draft; }
    QString upgradeSql() const;

Q_SIGNALS:
    /// A detection ended (draft() tells what it found).
    void detected();
    /// The revision file @p path (revision @p revisionId) was written.
    void created(const QString &path, const QString &revisionId);

private:
    void showDraft(const AutogenerateService::MigrationDraft &draft);
    void showPreview();
    void updateButtons();
    /// The renames field as core's renames; nullopt (and a message) when one does not parse.
    std::optional<QList<AutogenerateService::Rename>> renames();

    ProjectSession *m_session;
    QString m_connection;
    JobTicket m_ticket;
    bool m_detecting = false;
    bool m_writing = false;
    std::optional<AutogenerateService::MigrationDraft> m_draft;

    QLineEdit *m_message;
    QLineEdit *m_renames;
    QLabel *m_changes;
    QTabWidget *m_tabs;
    SqlView *m_preview;
    FindingsModel *m_findings;
    MessageBanner *m_banner;
    QPushButton *m_detect;
    QPushButton *m_create;
    QPushButton *m_createEmpty;
};

} // namespace strata::ui
