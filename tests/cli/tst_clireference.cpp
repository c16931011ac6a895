// SPDX-License-Identifier: MIT
// strata's shell completions, man page and --help: generated from the parser, loadable by
// bash and zsh, rendered by groff without a warning, and consistent with docs/cli.md
// (every command has its section there, naming every option its --help lists).
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run shell(const QString &program, const QStringList &arguments, const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// What bash's completion offers for @p words (the last one being completed).
QStringList bashCompletes(const QStringList &words, const QString &directory = {})
{
    QString array;
    for (const QString &word : words)
        array += u" '"_s + word + u'\'';
    const QString script = u"source <('%1' completion bash) && COMP_WORDS=(%2) && COMP_CWORD=%3 && _strata && "
                           u"printf '%s\\n' \"${COMPREPLY[@]}\""_s.arg(QStringLiteral(STRATA_BINARY), array)
                               .arg(words.size() - 1);
    return shell(u"bash"_s, {u"-c"_s, script}, directory).out.split(u'\n', Qt::SkipEmptyParts);
}

/// The commands `strata --help` lists.
QStringList helpCommands()
{
    const test::CliRun help = test::runStrata(QDir::tempPath(), {u"--help"_s});
    QStringList commands;
    bool inCommands = false;
    for (const QString &line : help.out.split(u'\n')) {
        if (line.startsWith(u"Subcommands:"_s)) {
            inCommands = true;
            continue;
        }
        static const QRegularExpression command(u"^  ([a-z]+)\\s"_s);
        if (const auto match = command.match(line); inCommands && match.hasMatch())
            commands << match.captured(1);
    }
    return commands;
}

} // namespace

class TestCliReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bashCompletesCommandsOptionsAndRevisions();
    void zshLoadsItsCompletion();
    void manPageRendersWithoutWarnings();
    void helpAndDocsNameTheSameCommandsAndOptions();
};

void TestCliReference::bashCompletesCommandsOptionsAndRevisions()
{
    QVERIFY(bashCompletes({u"strata"_s, u"mig"_s}).contains(u"migrate"_s));
    const QStringList migrate = bashCompletes({u"strata"_s, u"migrate"_s, u"--"_s});
    QVERIFY2(migrate.contains(u"--plan"_s) && migrate.contains(u"--backup"_s), qPrintable(migrate.join(u' ')));
    QVERIFY(bashCompletes({u"strata"_s, u"heads"_s, u"--"_s}).contains(u"--check"_s));

    test::TempProject project;
    project.writeConfig(u"[database]\nurl = \"sqlite:///dev.db\"\n\n[connections.prod]\nurl = \"sqlite:///p.db\"\n"_s);
    QCOMPARE(test::runStrata(project.path(), {u"makemigrations"_s, u"--empty"_s, u"-m"_s, u"first"_s}).exitCode, 0);
    const QString id = QDir(project.migrationsDir()).entryList({u"*.sql"_s}).value(0).section(u'-', 1).section(u'_', 0, 0);
    QCOMPARE(id.size(), 12);
    const QStringList revisions = bashCompletes({u"strata"_s, u"migrate"_s, u""_s}, project.path());
    QVERIFY2(revisions.contains(u"head"_s) && revisions.contains(u"base"_s) && revisions.contains(id),
             qPrintable(revisions.join(u' ')));
    QCOMPARE(bashCompletes({u"strata"_s, u"-c"_s, u""_s}, project.path()), QStringList{u"prod"_s});
}

void TestCliReference::zshLoadsItsCompletion()
{
    QTemporaryDir dir;
    const test::CliRun generated = test::runStrata(dir.path(), {u"completion"_s, u"zsh"_s});
    QCOMPARE(generated.exitCode, 0);
    QVERIFY(generated.out.startsWith(u"#compdef strata"_s));
    QFile file(dir.filePath(u"_strata"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generated.out.toUtf8());
    file.close();
    const Run syntax = shell(u"zsh"_s, {u"-n"_s, file.fileName()});
    QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.err));
    // compinit loads it as a completion function.
    const Run loaded = shell(u"zsh"_s, {u"-c"_s, u"fpath=(%1 $fpath); autoload -Uz compinit; compinit -u; "
                                                 u"print -r -- ${_comps[strata]}"_s.arg(dir.path())});
    QVERIFY2(loaded.out.trimmed() == u"_strata"_s, qPrintable(loaded.out + loaded.err));
}

void TestCliReference::manPageRendersWithoutWarnings()
{
    QTemporaryDir dir;
    const test::CliRun generated = test::runStrata(dir.path(), {u"completion"_s, u"man"_s});
    QCOMPARE(generated.exitCode, 0);
    QFile file(dir.filePath(u"strata.1"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(generated.out.toUtf8());
    file.close();
    const Run rendered = shell(u"groff"_s, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, file.fileName()});
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err));
    const QString text = QString(rendered.out).remove(QRegularExpression(u".\b"_s)); // no overstrikes
    for (const QString &command : helpCommands())
        QVERIFY2(text.contains(u"\n   "_s + command), qPrintable(command));
    QVERIFY(text.contains(u"--allow-lint-errors"_s));
    QVERIFY(text.contains(u"EXIT STATUS"_s));
}

void TestCliReference::helpAndDocsNameTheSameCommandsAndOptions()
{
    const QString docs = test::readFile(QStringLiteral(STRATA_DOCS_DIR) + u"/cli.md"_s);
    const QStringList commands = helpCommands();
    QVERIFY(commands.size() > 15);
    QStringList missing;
    for (const QString &command : commands) {
        const qsizetype start = docs.indexOf(u"\n### "_s + command + u'\n');
        if (start < 0) {
            missing << u"no '### %1' section"_s.arg(command);
            continue;
        }
        const qsizetype end = docs.indexOf(u"\n### "_s, start + 5);
        const QString section = docs.mid(start, end < 0 ? -1 : end - start);
        const test::CliRun help = test::runStrata(QDir::tempPath(), {command, u"--help"_s});
        static const QRegularExpression option(u"^\\s+(?:-\\w,)?(--[a-z-]+)"_s);
        for (const QString &line : help.out.split(u'\n')) {
            const auto match = option.match(line);
            if (match.hasMatch() && match.captured(1) != u"--help"_s && !section.contains(match.captured(1)))
                missing << u"%1 %2"_s.arg(command, match.captured(1));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"docs/cli.md lacks: "_s + missing.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
