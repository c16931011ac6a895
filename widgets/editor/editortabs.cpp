// SPDX-License-Identifier: MIT
#include "editortabs.h"

#include "fileeditor.h"

#include "common/messagebanner.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace strata::ui {

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"editorTabs"_s);
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeEditor);
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentEditorChanged(currentEditor()); });
}

FileEditor *EditorTabs::editorFor(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (FileEditor *editor : editors()) {
        if (editor->path() == absolute)
            return editor;
    }
    return nullptr;
}

FileEditor *EditorTabs::open(const QString &path, QString *error)
{
    if (FileEditor *open = editorFor(path)) {
        setCurrentWidget(open);
        return open;
    }
    auto *editor = new FileEditor(path, this);
    if (auto loaded = editor->load(); !loaded) {
        if (error)
            *error = loaded.error().fullMessage();
        delete editor;
        return nullptr;
    }
    const int index = addTab(editor, editor->fileName());
    setTabToolTip(index, QDir::toNativeSeparators(editor->path()));
    connect(editor, &FileEditor::modificationChanged, this, [this, editor] { updateTitle(editor); });
    connect(editor, &FileEditor::textEdited, this, [this, editor] { Q_EMIT editorEdited(editor); });
    connect(editor, &FileEditor::saved, this, [this, editor] { Q_EMIT editorSaved(editor); });
    setCurrentIndex(index);
    Q_EMIT editorsChanged();
    return editor;
}

FileEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<FileEditor *>(currentWidget());
}

QList<FileEditor *> EditorTabs::editors() const
{
    QList<FileEditor *> list;
    for (int i = 0; i < count(); ++i) {
        if (auto *editor = qobject_cast<FileEditor *>(widget(i)))
            list.append(editor);
    }
    return list;
}

void EditorTabs::updateTitle(FileEditor *editor)
{
    const int index = indexOf(editor);
    if (index >= 0)
        setTabText(index, editor->isModified() ? u"● "_s + editor->fileName() : editor->fileName());
}

bool EditorTabs::saveCurrent()
{
    FileEditor *editor = currentEditor();
    if (!editor)
        return false;
    if (auto saved = editor->save(); !saved) {
        QMessageBox::warning(this, tr("Cannot save"), errorDetails(saved.error()));
        return false;
    }
    return true;
}

EditorTabs::Answer EditorTabs::askToSave(FileEditor *editor)
{
    setCurrentWidget(editor);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(editor->fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return Answer::Save;
    case QMessageBox::Discard: return Answer::Discard;
    default: return Answer::Cancel;
    }
}

bool EditorTabs::closeEditor(int index)
{
    auto *editor = qobject_cast<FileEditor *>(widget(index));
    if (!editor)
        return false;
    if (editor->isModified()) {
        switch (askToSave(editor)) {
        case Answer::Cancel: return false;
        case Answer::Discard: break;
        case Answer::Save:
            if (auto saved = editor->save(); !saved) {
                QMessageBox::warning(this, tr("Cannot save"),
                                     errorDetails(saved.error()));
                return false;
            }
        }
    }
    removeTab(indexOf(editor));
    editor->deleteLater();
    Q_EMIT editorsChanged();
    return true;
}

bool EditorTabs::closeAll()
{
    // Ask about every unsaved file first: a Cancel on the third leaves all three open.
    QList<FileEditor *> toSave;
    for (FileEditor *editor : editors()) {
        if (!editor->isModified())
            continue;
        const Answer answer = askToSave(editor);
        if (answer == Answer::Cancel)
            return false;
        if (answer == Answer::Save)
            toSave.append(editor);
    }
    for (FileEditor *editor : std::as_const(toSave)) {
        if (auto saved = editor->save(); !saved) {
            setCurrentWidget(editor);
            QMessageBox::warning(this, tr("Cannot save"), errorDetails(saved.error()));
            return false;
        }
    }
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        page->deleteLater();
    }
    Q_EMIT editorsChanged();
    return true;
}

} // namespace strata::ui
