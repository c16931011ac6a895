// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "qscintilla.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace strata::ui {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("&Next"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *replace = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceAll = new QPushButton(tr("Replace &All"), m_replaceRow);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins({});
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAll);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(next, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::textChanged, m_status, &QLabel::clear);
    hide();
}

void FindBar::open(bool replace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::setSearch(const QString &text, const QString &replacement)
{
    m_find->setText(text);
    m_replace->setText(replacement);
}

bool FindBar::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    int line = -1;
    int index = -1;
    if (backwards && m_editor->hasSelectedText()) {
        // Searching back starts before the selection, or it finds the selection again.
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true, !backwards, line, index);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::selectionMatches() const
{
    return m_editor->hasSelectedText()
        && m_editor->selectedText().compare(m_find->text(),
                                            m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive)
        == 0;
}

void FindBar::replaceCurrent()
{
    if (selectionMatches())
        m_editor->replaceSelectedText(m_replace->text());
    findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    // From the top, without wrapping, so that a replacement containing the text is not
    // found again.
    bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace strata::ui
