// SPDX-License-Identifier: MIT
// Writing migrations in the studio: a revision edited and saved, the warning on an applied
// one, the review's marks on the right lines, unsaved changes never lost silently, and the
// Make Migrations dialog writing the file `strata makemigrations` writes, on SQLite and on
// the test PostgreSQL.
#include "editor/editortabs.h"
#include "editor/fileeditor.h"
#include "editor/sqleditor.h"
#include "common/messagebanner.h"
#include "log/logmodel.h"
#include "models/makemigrationsdialog.h"
#include "models/modelsstatus.h"
#include "project/projectsession.h"
#include "review/findingsmodel.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "studio/mainwindow.h"
#include "timeline/timelinepanel.h"

#include "studiotestcase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

constexpr int Wait = 60'000;

/// Clicks @p button in the next message box, once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, button] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                poll->stop();
                poll->deleteLater();
                box->button(button)->click();
                return;
            }
        }
    });
    poll->start();
}

/// The 1-based line of the first line of @p path that contains @p text; 0 when none does.
int lineOf(const QString &path, const QString &text)
{
    const QStringList lines = test::readFile(path).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i + 1;
    }
    return 0;
}

/// A revision file with what Strata generates per revision masked: its id and creation time.
QString withoutIdentity(QString text, const QString &id)
{
    text.replace(id, u"<id>"_s);
    text.replace(QRegularExpression(u"^-- created: .*$"_s, QRegularExpression::MultilineOption), u"-- created: <t>"_s);
    return text;
}


} // namespace

class TestAuthoring : public test::StudioTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editsAndSavesARevision();
    void asksBeforeClosingUnsavedChanges();
    void warnsWhenEditingAnAppliedRevision();
    void marksFindingsOnTheirStatementsLines();
    void makeMigrationsWritesWhatTheCliWrites_data();
    void makeMigrationsWritesWhatTheCliWrites();

private:
    /// Two revisions (customers, then its email) on @p url, opened; waits for the status.
    void openProject(test::TempProject &project, const QString &url);

};

void TestAuthoring::initTestCase()
{
    configureApplication(u"tst_authoring"_s);
}

void TestAuthoring::init()
{
    openWindow();
}

void TestAuthoring::cleanup()
{
    // Nothing is left to ask about: the next test starts with a fresh window.
    if (m_window) {
        for (FileEditor *editor : m_window->editorTabs()->editors())
            editor->editor()->setModified(false);
    }
    closeWindow();
}

void TestAuthoring::openProject(test::TempProject &project, const QString &url)
{
    QVERIFY2(!url.isEmpty(), "no database: see the warning above");
    project.setDatabaseUrl(url);
    project.writeRevision(u"aaaa00000001"_s, {}, u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"_s,
                          u"DROP TABLE customers;"_s, true, u"create customers"_s);
    project.writeRevision(u"bbbb00000002"_s, {u"aaaa00000001"_s}, u"ALTER TABLE customers ADD COLUMN email TEXT;"_s,
                          u"ALTER TABLE customers DROP COLUMN email;"_s, true, u"add email"_s);
    QVERIFY(openAndRead(project.path()));
}

void TestAuthoring::editsAndSavesARevision()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    FileEditor *editor = m_window->editRevision(u"bbbb00000002"_s);
    QVERIFY(editor);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->revisionId(), u"bbbb00000002"_s);
    const QString path = editor->path();
    const QString before = test::readFile(path);
    QCOMPARE(editor->editor()->text(), before);
    const auto checksum = [this] {
        const auto &graph = m_window->session()->project()->graph();
        return graph.at(*graph.indexOf(u"bbbb00000002"_s)).checksum;
    };
    const QString checksumBefore = checksum();
    // The two sections are shown as such.
    QCOMPARE(editor->editor()->sectionLines(),
             (QList<int>{lineOf(path, u"-- migrate:upgrade"_s), lineOf(path, u"-- migrate:downgrade"_s)}));

    const int statement = lineOf(path, u"ADD COLUMN email"_s);
    editor->editor()->insertLineBefore(statement, u"ALTER TABLE customers ADD COLUMN phone TEXT;"_s);
    QVERIFY(editor->isModified());
    EditorTabs *tabs = m_window->editorTabs();
    QVERIFY2(tabs->tabText(tabs->indexOf(editor)).startsWith(u"●"_s), qPrintable(tabs->tabText(tabs->indexOf(editor))));
    QCOMPARE(test::readFile(path), before); // nothing written until saved

    QSignalSpy reloaded(m_window->session(), &ProjectSession::projectOpened);
    QVERIFY(tabs->saveCurrent());
    QVERIFY(!editor->isModified());
    QVERIFY(!tabs->tabText(tabs->indexOf(editor)).startsWith(u"●"_s));
    const QString after = test::readFile(path);
    QCOMPARE(after, editor->editor()->text());
    QVERIFY(after.contains(u"ALTER TABLE customers ADD COLUMN phone TEXT;\nALTER TABLE customers ADD COLUMN email"_s));
    // The project read it again: the revision's upgrade is the saved one.
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(checksum() != checksumBefore);
}

void TestAuthoring::asksBeforeClosingUnsavedChanges()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    FileEditor *editor = m_window->editRevision(u"aaaa00000001"_s);
    QVERIFY(editor);
    const QString path = editor->path();
    const QString before = test::readFile(path);
    editor->editor()->insertLineBefore(lineOf(path, u"CREATE TABLE"_s), u"-- a note"_s);
    EditorTabs *tabs = m_window->editorTabs();

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!tabs->closeEditor(tabs->indexOf(editor)));
    QCOMPARE(tabs->count(), 1);
    QVERIFY(editor->isModified());

    // Closing the project asks too; Cancel keeps everything open.
    answerNextMessageBox(QMessageBox::Cancel);
    m_window->closeProject();
    QVERIFY(m_window->session()->isOpen());

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(tabs->closeEditor(tabs->indexOf(editor)));
    QCOMPARE(tabs->count(), 0);
    QCOMPARE(test::readFile(path), before);

    editor = m_window->editRevision(u"aaaa00000001"_s);
    editor->editor()->insertLineBefore(lineOf(path, u"CREATE TABLE"_s), u"-- a note"_s);
    answerNextMessageBox(QMessageBox::Save);
    QVERIFY(tabs->closeAll());
    QVERIFY(test::readFile(path).contains(u"-- a note\nCREATE TABLE"_s));
}

void TestAuthoring::warnsWhenEditingAnAppliedRevision()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    QSignalSpy status(m_window->session(), &ProjectSession::statusRead);
    m_window->runAction(MigrationAction::migrateTo(u"aaaa00000001"_s));
    QVERIFY(status.wait(Wait));

    FileEditor *applied = m_window->editRevision(u"aaaa00000001"_s);
    QVERIFY(applied);
    QCOMPARE(applied->appliedOn(), QStringList{u"default"_s});
    QVERIFY(applied->banner()->isVisible());
    QCOMPARE(applied->banner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(applied->banner()->title().contains(u"applied on default"_s), qPrintable(applied->banner()->title()));
    QVERIFY(applied->banner()->title().contains(u"create a new migration"_s));

    FileEditor *pending = m_window->editRevision(u"bbbb00000002"_s);
    QVERIFY(pending);
    QVERIFY(pending->appliedOn().isEmpty());
    QVERIFY(!pending->banner()->isVisible());

    // Once it is applied too, its tab warns as well.
    m_window->runAction(MigrationAction::migrateToHead());
    QVERIFY(status.wait(Wait));
    QCOMPARE(pending->appliedOn(), QStringList{u"default"_s});
    QVERIFY(pending->banner()->isVisible());
}

void TestAuthoring::marksFindingsOnTheirStatementsLines()
{
    test::TempProject project;
    openProject(project, u"sqlite:///dev.db"_s);
    const QString path = project.writeRevision(u"cccc00000003"_s, {u"bbbb00000002"_s},
                                               u"CREATE TABLE notes (id INTEGER PRIMARY KEY);\n\n"
                                               u"DROP TABLE customers;\n"_s,
                                               u"SELECT 1;"_s, true, u"drop customers"_s);
    QVERIFY(m_window->session()->reload());
    QSignalSpy reviewed(m_window->review(), &ReviewController::reviewed);
    FileEditor *editor = m_window->editRevision(u"cccc00000003"_s);
    QVERIFY(editor);
    QVERIFY(reviewed.wait(Wait));

    const int drop = lineOf(path, u"DROP TABLE customers"_s);
    QVERIFY(drop > 0);
    QCOMPARE(editor->editor()->markedLines(), QList<int>{drop});
    FindingsModel *findings = m_window->reviewPanel()->model();
    QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(findings->rowCount(), 1);
    QCOMPARE(findings->item(0).finding.rule, u"drop-table"_s);
    QCOMPARE(findings->item(0).finding.line, drop);
    QCOMPARE(findings->index(0, FindingsModel::LineColumn).data().toInt(), drop);

    // Edited above the statement: the mark moves with it, before anything is saved.
    editor->editor()->insertLineBefore(lineOf(path, u"CREATE TABLE notes"_s), u"-- reviewed by ops"_s);
    QVERIFY(reviewed.wait(Wait));
    QCOMPARE(editor->editor()->markedLines(), QList<int>{drop + 1});

    // Ignore Here silences it with a strata:ignore comment on the line before; nothing is left.
    Q_EMIT m_window->reviewPanel()->ignoreRequested(findings->item(0));
    QVERIFY(reviewed.wait(Wait));
    QVERIFY(editor->editor()->text().contains(u"-- strata:ignore drop-table\nDROP TABLE customers;"_s));
    QCOMPARE(editor->editor()->markedLines(), QList<int>{});
    QCOMPARE(findings->rowCount(), 0);
}

void TestAuthoring::makeMigrationsWritesWhatTheCliWrites_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

void TestAuthoring::makeMigrationsWritesWhatTheCliWrites()
{
    QFETCH(bool, postgres);
    test::TempProject project;
    // The models: customers.name is called full_name now, and orders is new.
    QFile models(project.filePath(u"models/schema.sql"_s));
    QVERIFY(models.open(QIODevice::WriteOnly | QIODevice::Truncate));
    models.write("CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, email TEXT);\n"
                 "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),\n"
                 "                     total INTEGER NOT NULL DEFAULT 0);\n"
                 "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n");
    models.close();
    QSignalSpy checked(m_window->modelsStatus(), &ModelsStatus::checked);
    openProject(project, postgres ? scratchPostgresUrl() : u"sqlite:///dev.db"_s);
    QVERIFY(checked.size() > 0 || checked.wait(Wait));
    QCOMPARE(m_window->modelsStatus()->state(), ModelsStatus::State::Unmigrated);
    QVERIFY(m_window->modelsStatus()->isVisible());

    // The same project, as it is now, for the CLI.
    QTemporaryDir cliDir;
    test::copyTree(project.path(), cliDir.path());
    const test::CliRun cli = test::runStrata(
        cliDir.path(), {u"makemigrations"_s, u"-m"_s, u"rename name, add orders"_s, u"--rename"_s,
                        u"customers.name=full_name"_s});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));

    MakeMigrationsDialog *dialog = m_window->makeMigrations();
    QVERIFY(dialog);
    QSignalSpy detected(dialog, &MakeMigrationsDialog::detected);
    QVERIFY(detected.wait(Wait));
    // Without the rename: a drop and an add, and the dialog says it may be a rename.
    QVERIFY(dialog->draft());
    QCOMPARE(dialog->draft()->possibleRenames.size(), 1);
    QVERIFY(!dialog->createButton()->isEnabled()); // no message yet
    dialog->renamesEdit()->setText(u"customers.name=full_name"_s);
    dialog->detect();
    QVERIFY(detected.wait(Wait));
    QVERIFY(dialog->draft());
    QVERIFY(dialog->draft()->possibleRenames.isEmpty());
    QVERIFY(dialog->upgradeSql().contains(u"RENAME COLUMN name TO full_name"_s));
    dialog->messageEdit()->setText(u"rename name, add orders"_s);
    QVERIFY(dialog->createButton()->isEnabled());

    QSignalSpy created(dialog, &MakeMigrationsDialog::created);
    QSignalSpy reread(m_window->session(), &ProjectSession::projectOpened);
    QSignalSpy checkedAgain(m_window->modelsStatus(), &ModelsStatus::checked);
    dialog->createButton()->click();
    QVERIFY(created.wait(Wait));
    const QString path = created.first().at(0).toString();
    const QString id = created.first().at(1).toString();

    // The file is the CLI's, but for its id and time.
    const QStringList cliFiles = QDir(cliDir.filePath(u"migrations/versions"_s)).entryList({u"*.sql"_s}, QDir::Files);
    QStringList cliNew;
    for (const QString &file : cliFiles) {
        if (!QFileInfo::exists(QDir(project.migrationsDir()).filePath(file)))
            cliNew << file;
    }
    QCOMPARE(cliNew.size(), 1);
    const QString cliPath = cliDir.filePath(u"migrations/versions/"_s + cliNew.first());
    const QString cliId = cliNew.first().section(u'-', 1).section(u'_', 0, 0);
    QCOMPARE(withoutIdentity(test::readFile(path), id), withoutIdentity(test::readFile(cliPath), cliId));
    QCOMPARE(QFileInfo(path).fileName().section(u'_', 2), QFileInfo(cliPath).fileName().section(u'_', 2));

    // Opened in the editor, selected in the timeline, and the models are migrated now.
    QVERIFY(reread.size() > 0);
    QCOMPARE(m_window->timelinePanel()->currentRevisionId(), id);
    QVERIFY(m_window->editorTabs()->currentEditor());
    QCOMPARE(m_window->editorTabs()->currentEditor()->path(), path);
    QVERIFY(checkedAgain.wait(Wait));
    QCOMPARE(m_window->modelsStatus()->state(), ModelsStatus::State::UpToDate);
}

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
