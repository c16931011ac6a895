// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QWidget>

class QLabel;

namespace strata::ui {

class MessageBanner;
class SqlEditor;

/// One file open in the studio, a revision or a models file: its editor, a line saying
/// what the file is (for a revision: its id and where each section starts), and a bar for
/// what the user must know before editing it. Loads and saves; never saves on its own.
class FileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FileEditor(const QString &path, QWidget *parent = nullptr);

    /// Reads the file (ErrorCode::Io when it cannot).
    Result<void> load();
    /// Writes the file atomically (a crash mid-save leaves the old one).
    Result<void> save();

    QString path() const { return m_path; }
    QString fileName() const;
    /// The revision id of the header as last parsed; empty for a models file, or while
    /// the header does not parse.
    QString revisionId() const { return m_revisionId; }
    /// The header's `transactional`, as last parsed.
    bool isTransactional() const { return m_transactional; }
    bool isModified() const;
    SqlEditor *editor() const { return m_editor; }
    MessageBanner *banner() const { return m_banner; }

    /// The databases this revision is applied on: editing it is then a warning, since its
    /// checksum changes and those databases report it as edited.
    void setAppliedOn(const QStringList &connections);
    QStringList appliedOn() const { return m_appliedOn; }

Q_SIGNALS:
    void modificationChanged(bool modified);
    void textEdited();
    void saved();

private:
    void describe();

    QString m_path;
    QString m_revisionId;
    bool m_transactional = true;
    QStringList m_appliedOn;
    MessageBanner *m_banner;
    QLabel *m_summary;
    SqlEditor *m_editor;
};

} // namespace strata::ui
