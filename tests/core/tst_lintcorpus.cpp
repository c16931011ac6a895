// SPDX-License-Identifier: MIT
// The lint corpus (tests/data/lint): realistic migrations, each stating the findings it
// must produce and nothing else.
//
// A corpus file is the SQL of one migration section, headed by directives:
//   -- dialect: postgres | sqlite            (default postgres)
//   -- transactional: false                  (default true)
//   -- expect: rule-id@line, rule-id@line    (repeatable; none: the file must be clean)
//   -- after: other-file.sql                 (the migration before: its column types hold)
#include "lint/linter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

const QRegularExpression directive(u"^--\\s*(dialect|transactional|expect|after):\\s*(.*)$"_s,
                                   QRegularExpression::MultilineOption);

QString readCorpusFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The column types once the corpus file at @p path, and those it runs after, have run.
ColumnTypes columnTypesAfter(const QString &path)
{
    const QString sql = readCorpusFile(path);
    ColumnTypes before;
    for (auto match = directive.globalMatch(sql); match.hasNext();) {
        const auto m = match.next();
        if (m.captured(1) == u"after"_s)
            before = columnTypesAfter(QFileInfo(path).dir().filePath(m.captured(2).trimmed()));
    }
    return replayColumnTypes(Dialect::Postgres, sql, before);
}

} // namespace

class TestLintCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsAtLeastThirtyMigrations();
    void findsWhatEachFileExpects_data();
    void findsWhatEachFileExpects();
};

void TestLintCorpus::holdsAtLeastThirtyMigrations()
{
    const QDir corpus(QStringLiteral(STRATA_TEST_DATA) + u"/lint"_s);
    QVERIFY2(corpus.entryList({u"*.sql"_s}, QDir::Files).size() >= 30, "the corpus has fewer than 30 files");
}

void TestLintCorpus::findsWhatEachFileExpects_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(STRATA_TEST_DATA) + u"/lint"_s);
    const QStringList files = corpus.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestLintCorpus::findsWhatEachFileExpects()
{
    QFETCH(QString, path);
    const QString sql = readCorpusFile(path);
    LintInput input;
    input.sql = sql;
    QStringList expected;
    for (auto match = directive.globalMatch(sql); match.hasNext();) {
        const auto m = match.next();
        const QString key = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (key == u"dialect"_s)
            input.dialect = value == u"sqlite"_s ? Dialect::Sqlite : Dialect::Postgres;
        else if (key == u"transactional"_s)
            input.transactional = value != u"false"_s;
        else if (key == u"after"_s)
            input.columnTypes = columnTypesAfter(QFileInfo(path).dir().filePath(value));
        else
            expected << value.split(u',', Qt::SkipEmptyParts).replaceInStrings(QRegularExpression(u"\\s"_s), QString());
    }
    QStringList found;
    for (const LintFinding &finding : lintSql(input))
        found << u"%1@%2"_s.arg(finding.rule).arg(finding.line);
    expected.sort();
    found.sort();
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestLintCorpus)
#include "tst_lintcorpus.moc"
