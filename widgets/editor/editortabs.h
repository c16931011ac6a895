// SPDX-License-Identifier: MIT
#pragma once

#include <QTabWidget>

namespace strata::ui {

class FileEditor;

/// The files open in the studio, a tab each. A tab whose text changed shows a dot; closing
/// it, or all of them (closing the project, quitting), asks to save or discard, so that no
/// change is lost silently.
class EditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit EditorTabs(QWidget *parent = nullptr);

    /// The tab of @p path, opened (and read) if need be, and made current; nullptr when the
    /// file cannot be read, with the reason in @p error.
    FileEditor *open(const QString &path, QString *error = nullptr);
    FileEditor *editorFor(const QString &path) const;
    FileEditor *currentEditor() const;
    QList<FileEditor *> editors() const;

    /// Saves the current tab; false (and a message) when it cannot be written.
    bool saveCurrent();
    /// Closes tab @p index, asking first when it has unsaved changes; false when the user
    /// keeps it open.
    bool closeEditor(int index);
    /// Closes every tab the same way; false when the user keeps one open (and all stay).
    bool closeAll();

Q_SIGNALS:
    void currentEditorChanged(strata::ui::FileEditor *editor);
    /// The text of @p editor changed (typing, undo, a quick fix).
    void editorEdited(strata::ui::FileEditor *editor);
    void editorSaved(strata::ui::FileEditor *editor);
    /// Tabs were opened or closed.
    void editorsChanged();

private:
    enum class Answer { Save, Discard, Cancel };
    Answer askToSave(FileEditor *editor);
    void updateTitle(FileEditor *editor);
};

} // namespace strata::ui
