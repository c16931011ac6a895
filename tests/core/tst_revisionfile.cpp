// SPDX-License-Identifier: MIT
// The revision file format of DESIGN §3: parsing good and bad files, rendering, checksums,
// file naming and loading a whole migrations directory.

#include "revision/revisionfile.h"
#include "revision/revisionloader.h"
#include "revision/revisionnaming.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullMessage().toUtf8();
}

QString badDir()
{
    return QStringLiteral(STRATA_TEST_DATA) + u"/revisions/bad"_s;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(content) == content.size();
}

/// A well-formed revision file; @p id and @p parent fill the header.
QByteArray goodFile(const QByteArray &id, const QByteArray &parent, const QByteArray &upgrade = "SELECT 1;")
{
    return "-- revision: " + id + "\n-- down_revision: " + parent
        + "\n-- message: test\n-- created: 2026-01-13T17:24:00Z\n-- transactional: true\n\n"
          "-- migrate:upgrade\n"
        + upgrade + "\n\n-- migrate:downgrade\nSELECT 2;\n";
}

const QByteArray BaseFile = "-- revision: abc123def456\n"
                            "-- down_revision: None\n"
                            "-- message: create users table\n"
                            "-- created: 2026-01-13T17:24:00Z\n"
                            "-- transactional: true\n"
                            "\n"
                            "-- migrate:upgrade\n"
                            "CREATE TABLE users (id integer PRIMARY KEY);\n"
                            "\n"
                            "-- migrate:downgrade\n"
                            "DROP TABLE users;\n";

struct BadCase
{
    const char *tag;
    QString file; ///< in tests/data/revisions/bad
    int line; ///< 0: the error is about something absent, so there is no line
    QString messagePart;
};

QList<BadCase> badCases()
{
    return {
        { "empty file", u"empty_file.sql"_s, 1, u"does not start with a revision header"_s },
        { "no header", u"no_header.sql"_s, 1, u"does not start with a revision header"_s },
        { "missing revision", u"missing_revision.sql"_s, 1, u"no '-- revision:' line"_s },
        { "missing down_revision", u"missing_down_revision.sql"_s, 1, u"no '-- down_revision:' line"_s },
        { "invalid id", u"invalid_id.sql"_s, 1, u"invalid revision id 'abc.def'"_s },
        { "reserved id head", u"reserved_id_head.sql"_s, 1, u"invalid revision id 'head'"_s },
        { "id longer than 32 characters", u"id_too_long.sql"_s, 1, u"invalid revision id"_s },
        { "duplicate header key", u"duplicate_header_key.sql"_s, 4, u"header key 'message' appears twice"_s },
        { "unknown header key", u"unknown_header_key.sql"_s, 3, u"unknown header key 'author'"_s },
        { "bad transactional value", u"bad_transactional.sql"_s, 5,
            u"transactional must be true or false, not 'maybe'"_s },
        { "bad created timestamp", u"bad_created.sql"_s, 4, u"invalid created timestamp 'yesterday'"_s },
        { "bad created timestamp, CRLF file", u"crlf_bad_created.sql"_s, 4,
            u"invalid created timestamp '2026-13-45T99:00:00Z'"_s },
        { "self parent", u"self_parent.sql"_s, 2, u"abc123def456 lists itself as its parent"_s },
        // The header keys are in another order, so down_revision is on line 3: the error points there.
        { "self parent in a merge, down_revision on line 3", u"self_parent_in_merge.sql"_s, 3,
            u"abc123def456 lists itself as its parent"_s },
        { "duplicate parent", u"duplicate_parent.sql"_s, 2, u"lists '0f1e2d3c4b5a' twice"_s },
        { "invalid parent id", u"invalid_parent_id.sql"_s, 2, u"invalid parent revision 'not-an-id'"_s },
        { "trailing comma in down_revision", u"trailing_comma_parent.sql"_s, 2,
            u"invalid parent revision ''"_s },
        { "reserved word as parent", u"reserved_parent_base.sql"_s, 2, u"invalid parent revision 'base'"_s },
        { "missing upgrade marker", u"missing_upgrade_marker.sql"_s, 0,
            u"missing the '-- migrate:upgrade' section"_s },
        { "misspelled upgrade marker", u"misspelled_upgrade_marker.sql"_s, 8,
            u"SQL before the '-- migrate:upgrade' marker"_s },
        { "missing downgrade marker", u"missing_downgrade_marker.sql"_s, 0,
            u"missing the '-- migrate:downgrade' section"_s },
        { "downgrade before upgrade", u"downgrade_before_upgrade.sql"_s, 7,
            u"'-- migrate:downgrade' comes before '-- migrate:upgrade'"_s },
        { "duplicate upgrade marker", u"duplicate_upgrade_marker.sql"_s, 9,
            u"second '-- migrate:upgrade' marker (the first is on line 7)"_s },
        { "duplicate downgrade marker", u"duplicate_downgrade_marker.sql"_s, 13,
            u"second '-- migrate:downgrade' marker (the first is on line 10)"_s },
        { "SQL before the upgrade marker", u"sql_before_upgrade.sql"_s, 8,
            u"SQL before the '-- migrate:upgrade' marker"_s },
        // The Latin-1 byte is in the message on line 3: the error names that line, as every
        // other error in a file does.
        { "invalid UTF-8", u"invalid_utf8.sql"_s, 3, u"not valid UTF-8"_s },
    };
}

} // namespace

class TestRevisionFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodFile_data();
    void parsesGoodFile();
    void rejectsBadFile_data();
    void rejectsBadFile();
    void badFixturesAllHaveARow();
    void readReportsMissingFileAsIo();
    void checksumNormalisesWhitespace_data();
    void checksumNormalisesWhitespace();
    void checksumIsSha256OfNormalisedSection();
    void parsedChecksumCoversOnlyTheUpgradeSection();
    void renderedFileParsesBack_data();
    void renderedFileParsesBack();
    void renderWithoutCreatedWritesATimestamp();
    void slugsMessages_data();
    void slugsMessages();
    void fileNameFollowsTheDesignFormat_data();
    void fileNameFollowsTheDesignFormat();
    void newIdIsTwelveLowercaseHexDigits();
    void newIdAvoidsTakenIds();
    void loaderReportsEveryBadFile();
    void loaderRejectsMissingDirectoryAsConfig();
    void loaderIgnoresFilesThatAreNotSql();
    void loaderNeverSkipsOneBadFileAmongGoodOnes();
    void loaderAcceptsEmptyDirectory();
};

void TestRevisionFile::parsesGoodFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");
    QTest::addColumn<int>("upgradeLine");
    QTest::addColumn<int>("downgradeLine");

    const QDateTime created = utc(2026, 1, 13, 17, 24);
    const QString createUsers = u"CREATE TABLE users (id integer PRIMARY KEY);"_s;
    const QString dropUsers = u"DROP TABLE users;"_s;

    QTest::newRow("base") << BaseFile << u"abc123def456"_s << QStringList() << u"create users table"_s
                          << created << true << createUsers << dropUsers << 7 << 10;

    QByteArray single = BaseFile;
    single.replace("-- down_revision: None", "-- down_revision: 0f1e2d3c4b5a");
    QTest::newRow("single parent") << single << u"abc123def456"_s << QStringList { u"0f1e2d3c4b5a"_s }
                                   << u"create users table"_s << created << true << createUsers << dropUsers
                                   << 7 << 10;

    QByteArray merge = BaseFile;
    merge.replace("-- down_revision: None", "-- down_revision: a1, b2");
    QTest::newRow("merge") << merge << u"abc123def456"_s << QStringList { u"a1"_s, u"b2"_s }
                           << u"create users table"_s << created << true << createUsers << dropUsers << 7
                           << 10;

    QByteArray mergeNoSpace = BaseFile;
    mergeNoSpace.replace("-- down_revision: None", "-- down_revision: a1,b2,c3");
    QTest::newRow("merge of three without spaces")
        << mergeNoSpace << u"abc123def456"_s << QStringList { u"a1"_s, u"b2"_s, u"c3"_s }
        << u"create users table"_s << created << true << createUsers << dropUsers << 7 << 10;

    QByteArray nonTransactional = "-- revision: abc123def456\n"
                                  "-- down_revision: 0f1e2d3c4b5a\n"
                                  "-- message: index users by email\n"
                                  "-- created: 2026-01-13T17:24:00Z\n"
                                  "-- transactional: false\n"
                                  "\n"
                                  "-- migrate:upgrade\n"
                                  "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                                  "\n"
                                  "-- migrate:downgrade\n"
                                  "DROP INDEX CONCURRENTLY users_email;\n";
    QTest::newRow("transactional false")
        << nonTransactional << u"abc123def456"_s << QStringList { u"0f1e2d3c4b5a"_s }
        << u"index users by email"_s << created << false
        << u"CREATE INDEX CONCURRENTLY users_email ON users (email);"_s
        << u"DROP INDEX CONCURRENTLY users_email;"_s << 7 << 10;

    QByteArray crlf = BaseFile;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line endings")
        << crlf << u"abc123def456"_s << QStringList() << u"create users table"_s << created << true
        << createUsers << dropUsers << 7 << 10;

    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF" + BaseFile) << u"abc123def456"_s << QStringList()
        << u"create users table"_s << created << true << createUsers << dropUsers << 7 << 10;

    QByteArray bomCrlf = "\xEF\xBB\xBF" + BaseFile;
    bomCrlf.replace("\n", "\r\n");
    QTest::newRow("BOM and CRLF") << bomCrlf << u"abc123def456"_s << QStringList() << u"create users table"_s
                                  << created << true << createUsers << dropUsers << 7 << 10;

    const QByteArray trailingComments = "-- revision: abc123def456   -- written by strata\n"
                                        "-- down_revision: None        -- a base\n"
                                        "-- message: index users by email\n"
                                        "-- created: 2026-01-13T17:24:00Z -- UTC\n"
                                        "-- transactional: false       -- CREATE INDEX CONCURRENTLY\n"
                                        "\n"
                                        "-- migrate:upgrade\n"
                                        "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                                        "\n"
                                        "-- migrate:downgrade\n"
                                        "DROP INDEX users_email;\n";
    QTest::newRow("trailing comments after header values")
        << trailingComments << u"abc123def456"_s << QStringList() << u"index users by email"_s << created
        << false << u"CREATE INDEX CONCURRENTLY users_email ON users (email);"_s
        << u"DROP INDEX users_email;"_s << 7 << 10;

    QByteArray trailingCommentMerge = BaseFile;
    trailingCommentMerge.replace("-- down_revision: None", "-- down_revision: a1, b2 -- merge heads");
    QTest::newRow("trailing comment after merge parents")
        << trailingCommentMerge << u"abc123def456"_s << QStringList { u"a1"_s, u"b2"_s }
        << u"create users table"_s << created << true << createUsers << dropUsers << 7 << 10;

    const QByteArray commentsBeforeUpgrade = "-- revision: abc123def456\n"
                                             "-- down_revision: None\n"
                                             "-- message: create users table\n"
                                             "-- created: 2026-01-13T17:24:00Z\n"
                                             "-- transactional: true\n"
                                             "\n"
                                             "-- Users sign in with their e-mail address.\n"
                                             "-- note: this is a comment, not a header key\n"
                                             "\n"
                                             "-- migrate:upgrade\n"
                                             "CREATE TABLE users (id integer PRIMARY KEY);\n"
                                             "\n"
                                             "-- migrate:downgrade\n"
                                             "DROP TABLE users;\n";
    QTest::newRow("comments between header and upgrade marker")
        << commentsBeforeUpgrade << u"abc123def456"_s << QStringList() << u"create users table"_s << created
        << true << createUsers << dropUsers << 10 << 13;

    QByteArray emptyDowngrade = BaseFile;
    emptyDowngrade.replace("DROP TABLE users;\n", "");
    QTest::newRow("empty downgrade") << emptyDowngrade << u"abc123def456"_s << QStringList()
                                     << u"create users table"_s << created << true << createUsers << QString()
                                     << 7 << 10;

    const QByteArray emptySections = "-- revision: abc123def456\n"
                                     "-- down_revision: None\n"
                                     "-- message: placeholder\n"
                                     "-- created: 2026-01-13T17:24:00Z\n"
                                     "-- transactional: true\n"
                                     "\n"
                                     "-- migrate:upgrade\n"
                                     "\n"
                                     "-- migrate:downgrade\n";
    QTest::newRow("empty sections") << emptySections << u"abc123def456"_s << QStringList() << u"placeholder"_s
                                    << created << true << QString() << QString() << 7 << 9;

    QByteArray noFinalNewline = BaseFile;
    noFinalNewline.chop(1);
    QTest::newRow("no newline at end of file")
        << noFinalNewline << u"abc123def456"_s << QStringList() << u"create users table"_s << created << true
        << createUsers << dropUsers << 7 << 10;

    QByteArray noCreated = BaseFile;
    noCreated.replace("-- created: 2026-01-13T17:24:00Z\n", "");
    QTest::newRow("no created line") << noCreated << u"abc123def456"_s << QStringList()
                                     << u"create users table"_s << QDateTime() << true << createUsers
                                     << dropUsers << 6 << 9;

    QByteArray offset = BaseFile;
    offset.replace("2026-01-13T17:24:00Z", "2026-01-13T19:24:00+02:00");
    QTest::newRow("created with a UTC offset")
        << offset << u"abc123def456"_s << QStringList() << u"create users table"_s << created << true
        << createUsers << dropUsers << 7 << 10;

    const QByteArray reordered = "-- message: keys in another order: still fine\n"
                                 "-- transactional: true\n"
                                 "-- down_revision: 0f1e2d3c4b5a\n"
                                 "-- revision: abc123def456\n"
                                 "-- migrate:upgrade\n"
                                 "CREATE TABLE users (id integer PRIMARY KEY);\n"
                                 "-- migrate:downgrade\n"
                                 "DROP TABLE users;\n";
    QTest::newRow("keys in another order, marker right after header")
        << reordered << u"abc123def456"_s << QStringList { u"0f1e2d3c4b5a"_s }
        << u"keys in another order: still fine"_s << QDateTime() << true << createUsers << dropUsers << 5
        << 7;

    const QByteArray multiStatement = "-- revision: abc123def456\n"
                                      "-- down_revision: None\n"
                                      "-- message: two tables\n"
                                      "-- created: 2026-01-13T17:24:00Z\n"
                                      "-- transactional: true\n"
                                      "\n"
                                      "-- migrate:upgrade\n"
                                      "CREATE TABLE a (id integer);\n"
                                      "-- a comment inside the section stays part of it\n"
                                      "CREATE TABLE b (id integer);\n"
                                      "\n"
                                      "-- migrate:downgrade\n"
                                      "DROP TABLE b;\n"
                                      "DROP TABLE a;\n";
    QTest::newRow("several statements and comments in a section")
        << multiStatement << u"abc123def456"_s << QStringList() << u"two tables"_s << created << true
        << u"CREATE TABLE a (id integer);\n-- a comment inside the section stays part of it\n"
           u"CREATE TABLE b (id integer);"_s
        << u"DROP TABLE b;\nDROP TABLE a;"_s << 7 << 12;
}

void TestRevisionFile::parsesGoodFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QString, message);
    QFETCH(QDateTime, created);
    QFETCH(bool, transactional);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);
    QFETCH(int, upgradeLine);
    QFETCH(int, downgradeLine);

    const QString path = u"/project/migrations/versions/20260113_1724-abc123def456_x.sql"_s;
    const auto parsed = RevisionFile::parse(content, path);
    QVERIFY2(parsed, errorText(parsed).constData());

    const Revision &revision = parsed->revision;
    QCOMPARE(revision.id, id);
    QCOMPARE(revision.parents, parents);
    QCOMPARE(revision.isBase(), parents.isEmpty());
    QCOMPARE(revision.isMerge(), parents.size() > 1);
    QCOMPARE(revision.message, message);
    QCOMPARE(revision.created.isValid(), created.isValid());
    if (created.isValid()) {
        QCOMPARE(revision.created, created);
        QCOMPARE(revision.created.timeSpec(), Qt::UTC);
    }
    QCOMPARE(revision.transactional, transactional);
    QCOMPARE(revision.path, path);
    QCOMPARE(revision.upgradeLine, upgradeLine);
    QCOMPARE(revision.downgradeLine, downgradeLine);

    const RevisionScript &script = parsed->script;
    QCOMPARE(script.upgrade.trimmed(), upgrade);
    QCOMPARE(script.downgrade.trimmed(), downgrade);
    QVERIFY(!script.upgrade.contains(u'\r'));
    QVERIFY(!script.downgrade.contains(u'\r'));
    QVERIFY(!script.upgrade.contains(u"migrate:"_s));
    QVERIFY(!script.downgrade.contains(u"migrate:"_s));
    QCOMPARE(script.upgradeFirstLine, upgradeLine + 1);
    QCOMPARE(script.downgradeFirstLine, downgradeLine + 1);
    QCOMPARE(revision.checksum, RevisionFile::checksum(upgrade));
}

void TestRevisionFile::rejectsBadFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // 0: the error is about something absent, so no line
    QTest::addColumn<QString>("messagePart");

    for (const BadCase &bad : badCases())
        QTest::newRow(bad.tag) << bad.file << bad.line << bad.messagePart;
}

void TestRevisionFile::rejectsBadFile()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    const QString path = badDir() + u'/' + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto parsed = RevisionFile::read(path);
    QVERIFY2(!parsed, "a bad file parsed");

    const Error &error = parsed.error();
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QCOMPARE(error.code(), ErrorCode::Integrity);
    QVERIFY2(!error.hint().trimmed().isEmpty(), qPrintable(error.message()));
    QCOMPARE(error.location().path, path);
    QCOMPARE(error.location().line, line);
    // The one line the CLI prints names the file (and the line, when there is one).
    const QString where = line > 0 ? path + u':' + QString::number(line) : path;
    QVERIFY2(error.fullMessage().contains(where), qPrintable(error.fullMessage()));
}

void TestRevisionFile::badFixturesAllHaveARow()
{
    // Every fixture in bad/ is a row of rejectsBadFile, and there are at least 15 of them.
    const QStringList files = QDir(badDir()).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    QStringList covered;
    for (const BadCase &bad : badCases())
        covered << bad.file;
    for (const QString &file : files)
        QVERIFY2(covered.contains(file), qPrintable(u"fixture without a test row: "_s + file));
    for (const QString &file : std::as_const(covered))
        QVERIFY2(files.contains(file), qPrintable(u"row without a fixture: "_s + file));
}

void TestRevisionFile::readReportsMissingFileAsIo()
{
    const QString path = badDir() + u"/no_such_file.sql"_s;
    const auto parsed = RevisionFile::read(path);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), ErrorCode::Io);
    QVERIFY(parsed.error().message().contains(path));
    QVERIFY(!parsed.error().hint().isEmpty());
}

void TestRevisionFile::checksumNormalisesWhitespace_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("same");

    const QString twoTables = u"CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"_s;
    QTest::newRow("CRLF vs LF") << twoTables << u"CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n"_s
                                << true;
    QTest::newRow("trailing spaces") << twoTables
                                     << u"CREATE TABLE a (id int);   \nCREATE TABLE b (id int);\t \n"_s
                                     << true;
    QTest::newRow("trailing spaces and CRLF")
        << twoTables << u"CREATE TABLE a (id int);  \r\nCREATE TABLE b (id int); \r\n"_s << true;
    QTest::newRow("leading and trailing blank lines")
        << twoTables << u"\n\n\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\n\n\n"_s << true;
    QTest::newRow("blank lines holding white space")
        << twoTables << u"  \n\t\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\n   \n\t\n"_s << true;
    QTest::newRow("no final newline")
        << twoTables << u"CREATE TABLE a (id int);\nCREATE TABLE b (id int);"_s << true;
    QTest::newRow("empty vs white space only") << QString() << u"\n  \r\n\t\n"_s << true;

    QTest::newRow("changed statement")
        << twoTables << u"CREATE TABLE a (id int);\nCREATE TABLE c (id int);\n"_s << false;
    QTest::newRow("changed case") << twoTables << u"create table a (id int);\nCREATE TABLE b (id int);\n"_s
                                  << false;
    QTest::newRow("statement added") << twoTables << twoTables + u"CREATE TABLE c (id int);\n"_s << false;
    QTest::newRow("changed inner white space")
        << twoTables << u"CREATE TABLE a (id  int);\nCREATE TABLE b (id int);\n"_s << false;
    QTest::newRow("leading indentation is content")
        << twoTables << u"    CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"_s << false;
    QTest::newRow("inner blank line is content")
        << twoTables << u"CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\n"_s << false;
    QTest::newRow("lines joined") << twoTables << u"CREATE TABLE a (id int); CREATE TABLE b (id int);\n"_s
                                  << false;
}

void TestRevisionFile::checksumNormalisesWhitespace()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, same);

    const QString a = RevisionFile::checksum(left);
    const QString b = RevisionFile::checksum(right);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    QVERIFY2(hex.match(a).hasMatch(), qPrintable(a));
    QVERIFY2(hex.match(b).hasMatch(), qPrintable(b));
    if (same)
        QCOMPARE(a, b);
    else
        QVERIFY(a != b);
}

void TestRevisionFile::checksumIsSha256OfNormalisedSection()
{
    QCOMPARE(RevisionFile::checksum(u"SELECT 1;\n"_s), sha256Hex("SELECT 1;"));
    QCOMPARE(RevisionFile::checksum(u"\r\nSELECT 1;  \r\nSELECT 'é';\r\n\r\n"_s),
        sha256Hex("SELECT 1;\nSELECT '\xC3\xA9';"));
    QCOMPARE(RevisionFile::checksum(QString()), sha256Hex(QByteArray()));
}

void TestRevisionFile::parsedChecksumCoversOnlyTheUpgradeSection()
{
    const QString path = u"/p/x.sql"_s;
    const auto lf = RevisionFile::parse(BaseFile, path);
    QVERIFY2(lf, errorText(lf).constData());

    QByteArray crlfContent = BaseFile;
    crlfContent.replace("\n", "\r\n");
    const auto crlf = RevisionFile::parse(crlfContent, path);
    QVERIFY2(crlf, errorText(crlf).constData());
    QCOMPARE(crlf->revision.checksum, lf->revision.checksum);

    QByteArray otherDowngrade = BaseFile;
    otherDowngrade.replace("DROP TABLE users;", "DROP TABLE IF EXISTS users CASCADE;");
    const auto down = RevisionFile::parse(otherDowngrade, path);
    QVERIFY2(down, errorText(down).constData());
    QCOMPARE(down->revision.checksum, lf->revision.checksum);

    QByteArray otherHeader = BaseFile;
    otherHeader.replace("-- message: create users table", "-- message: a different message");
    const auto header = RevisionFile::parse(otherHeader, path);
    QVERIFY2(header, errorText(header).constData());
    QCOMPARE(header->revision.checksum, lf->revision.checksum);

    QByteArray otherUpgrade = BaseFile;
    otherUpgrade.replace("id integer PRIMARY KEY", "id bigint PRIMARY KEY");
    const auto up = RevisionFile::parse(otherUpgrade, path);
    QVERIFY2(up, errorText(up).constData());
    QVERIFY(up->revision.checksum != lf->revision.checksum);
}

void TestRevisionFile::renderedFileParsesBack_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("upgrade");
    QTest::addColumn<QString>("downgrade");

    QTest::newRow("base") << u"abc123def456"_s << QStringList() << u"create users table"_s << true
                          << u"CREATE TABLE users (id integer PRIMARY KEY);"_s << u"DROP TABLE users;"_s;
    QTest::newRow("single parent") << u"0123456789ab"_s << QStringList { u"abc123def456"_s } << u"add email"_s
                                   << true << u"ALTER TABLE users ADD COLUMN email text;\n"_s
                                   << u"ALTER TABLE users DROP COLUMN email;\n"_s;
    QTest::newRow("merge") << u"fedcba987654"_s << QStringList { u"abc123def456"_s, u"0123456789ab"_s }
                           << u"merge heads"_s << true << QString() << QString();
    QTest::newRow("not transactional")
        << u"aaaaaaaaaaaa"_s << QStringList { u"abc123def456"_s } << u"index users by email"_s << false
        << u"CREATE INDEX CONCURRENTLY users_email ON users (email);"_s
        << u"DROP INDEX CONCURRENTLY users_email;"_s;
    QTest::newRow("message with colons and dashes")
        << u"bbbbbbbbbbbb"_s << QStringList() << u"fix: rename -- old column: name"_s << true
        << u"ALTER TABLE t RENAME COLUMN a TO b;"_s << u"ALTER TABLE t RENAME COLUMN b TO a;"_s;
    QTest::newRow("empty message") << u"cccccccccccc"_s << QStringList() << QString() << true
                                   << u"SELECT 1;"_s << QString();
    QTest::newRow("several statements with comments")
        << u"dddddddddddd"_s << QStringList() << u"two tables"_s << true
        << u"-- first\nCREATE TABLE a (id int);\n\n-- second\nCREATE TABLE b (id int);"_s
        << u"DROP TABLE b;\nDROP TABLE a;"_s;
}

void TestRevisionFile::renderedFileParsesBack()
{
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QString, message);
    QFETCH(bool, transactional);
    QFETCH(QString, upgrade);
    QFETCH(QString, downgrade);

    Revision revision;
    revision.id = id;
    revision.parents = parents;
    revision.message = message;
    revision.created = utc(2026, 1, 13, 17, 24);
    revision.transactional = transactional;

    const QString text = RevisionFile::render(revision, upgrade, downgrade);
    const auto parsed = RevisionFile::parse(text.toUtf8(), u"/p/rendered.sql"_s);
    QVERIFY2(parsed, errorText(parsed).constData());
    QCOMPARE(parsed->revision.id, id);
    QCOMPARE(parsed->revision.parents, parents);
    QCOMPARE(parsed->revision.message, message);
    QCOMPARE(parsed->revision.created, revision.created);
    QCOMPARE(parsed->revision.transactional, transactional);
    QCOMPARE(parsed->script.upgrade.trimmed(), upgrade.trimmed());
    QCOMPARE(parsed->script.downgrade.trimmed(), downgrade.trimmed());
    QCOMPARE(parsed->revision.checksum, RevisionFile::checksum(upgrade));

    // Rendering what was parsed gives a file that parses to the same revision again.
    const QString again
        = RevisionFile::render(parsed->revision, parsed->script.upgrade, parsed->script.downgrade);
    const auto reparsed = RevisionFile::parse(again.toUtf8(), u"/p/rendered.sql"_s);
    QVERIFY2(reparsed, errorText(reparsed).constData());
    QCOMPARE(reparsed->revision.checksum, parsed->revision.checksum);
    QCOMPARE(reparsed->script.downgrade.trimmed(), downgrade.trimmed());
}

void TestRevisionFile::renderWithoutCreatedWritesATimestamp()
{
    Revision revision;
    revision.id = u"abc123def456"_s;
    revision.message = u"multi\nline\r\nmessage"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString text = RevisionFile::render(revision, u"SELECT 1;"_s, QString());
    const auto parsed = RevisionFile::parse(text.toUtf8(), u"/p/x.sql"_s);
    QVERIFY2(parsed, errorText(parsed).constData());
    QVERIFY(parsed->revision.created.isValid());
    QVERIFY(parsed->revision.created >= before);
    QVERIFY(parsed->revision.created <= QDateTime::currentDateTimeUtc().addSecs(1));
    // A message never breaks the header onto a second line.
    QVERIFY(!parsed->revision.message.contains(u'\n'));
    QVERIFY(parsed->revision.message.startsWith(u"multi"_s));
    QVERIFY(parsed->revision.message.endsWith(u"message"_s));
}

void TestRevisionFile::slugsMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("slug");

    QTest::newRow("words") << u"Add user email field"_s << u"add_user_email_field"_s;
    QTest::newRow("already a slug") << u"add_user_email"_s << u"add_user_email"_s;
    QTest::newRow("digits kept") << u"Add index 2 on users"_s << u"add_index_2_on_users"_s;
    QTest::newRow("punctuation runs") << u"Users: add e-mail (unique!!)"_s << u"users_add_e_mail_unique"_s;
    QTest::newRow("white space runs") << u"add \t  users\n table"_s << u"add_users_table"_s;
    QTest::newRow("leading and trailing punctuation")
        << u"  --Drop legacy tables!--  "_s << u"drop_legacy_tables"_s;
    QTest::newRow("underscore runs") << u"a__b___c"_s << u"a_b_c"_s;
    QTest::newRow("non-ASCII letters are separators")
        << u"Créer la table für Größe"_s << u"cr_er_la_table_f_r_gr_e"_s;
    QTest::newRow("only non-ASCII") << u"日本語"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("exactly 40 characters")
        << u"abcdefghij abcdefghij abcdefghij abcdefg"_s << u"abcdefghij_abcdefghij_abcdefghij_abcdefg"_s;
    QTest::newRow("truncated to 40") << u"Add a very long message that goes on and on past forty characters"_s
                                     << u"add_a_very_long_message_that_goes_on_and"_s;
    // 39 letters then a separator: cutting at 40 would leave a trailing '_'.
    QTest::newRow("truncated without trailing underscore")
        << u"abcdefghijklmnopqrstuvwxyzabcdefghijklm nopq"_s << u"abcdefghijklmnopqrstuvwxyzabcdefghijklm"_s;
}

void TestRevisionFile::slugsMessages()
{
    QFETCH(QString, message);
    QFETCH(QString, slug);

    const QString actual = RevisionNaming::slug(message);
    QCOMPARE(actual, slug);
    QVERIFY(actual.size() <= 40);
    QVERIFY(!actual.startsWith(u'_'));
    QVERIFY(!actual.endsWith(u'_'));
    static const QRegularExpression allowed(u"^[a-z0-9_]*$"_s);
    QVERIFY(allowed.match(actual).hasMatch());
}

void TestRevisionFile::fileNameFollowsTheDesignFormat_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("design example") << utc(2026, 1, 13, 17, 24, 59) << u"abc123def456"_s
                                    << u"add user email field"_s
                                    << u"20260113_1724-abc123def456_add_user_email_field.sql"_s;
    QTest::newRow("time converted to UTC")
        << QDateTime(QDate(2026, 1, 14), QTime(1, 5), QTimeZone(2 * 3600)) << u"0123456789ab"_s
        << u"Create users table"_s << u"20260113_2305-0123456789ab_create_users_table.sql"_s;
    QTest::newRow("zero padded") << utc(2026, 3, 4, 5, 6) << u"000000000001"_s << u"x"_s
                                 << u"20260304_0506-000000000001_x.sql"_s;
    QTest::newRow("empty slug has no trailing separator")
        << utc(2026, 1, 13, 17, 24) << u"abc123def456"_s << u"!!!"_s << u"20260113_1724-abc123def456.sql"_s;
}

void TestRevisionFile::fileNameFollowsTheDesignFormat()
{
    QFETCH(QDateTime, created);
    QFETCH(QString, id);
    QFETCH(QString, message);
    QFETCH(QString, fileName);

    QCOMPARE(RevisionNaming::fileName(created, id, message), fileName);
}

void TestRevisionFile::newIdIsTwelveLowercaseHexDigits()
{
    static const QRegularExpression format(u"^[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = RevisionNaming::newId([](const QString &) { return false; });
        QVERIFY2(format.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000); // 48 random bits: a collision here means the ids are not random
    QVERIFY(format.match(RevisionNaming::newId({})).hasMatch());
}

void TestRevisionFile::newIdAvoidsTakenIds()
{
    QStringList offered;
    const QString id = RevisionNaming::newId([&offered](const QString &candidate) {
        offered << candidate;
        return offered.size() <= 5; // the first five candidates are "taken"
    });
    QCOMPARE(offered.size(), 6);
    QCOMPARE(id, offered.last());
    QVERIFY(!offered.first(5).contains(id));
}

void TestRevisionFile::loaderReportsEveryBadFile()
{
    const QStringList files = QDir(badDir()).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);

    const auto loaded = RevisionLoader::loadDirectory(badDir());
    QVERIFY(!loaded);
    const Error &error = loaded.error();
    QCOMPARE(error.code(), ErrorCode::Integrity);
    // The first file in name order is the message; the detail lists them all.
    QCOMPARE(QFileInfo(error.location().path).fileName(), files.first());
    QVERIFY2(error.detail().contains(QString::number(files.size())), qPrintable(error.detail()));
    for (const QString &file : files)
        QVERIFY2(error.detail().contains(file), qPrintable(u"detail does not name "_s + file));
    QVERIFY(!error.hint().isEmpty());
}

void TestRevisionFile::loaderRejectsMissingDirectoryAsConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"migrations/versions"_s);
    const auto loaded = RevisionLoader::loadDirectory(missing);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::Config);
    QVERIFY(loaded.error().message().contains(missing));
    QVERIFY(!loaded.error().hint().isEmpty());
}

void TestRevisionFile::loaderIgnoresFilesThatAreNotSql()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(
        dir.filePath(u"20260113_1724-bbbbbbbbbbbb_second.sql"_s), goodFile("bbbbbbbbbbbb", "aaaaaaaaaaaa")));
    QVERIFY(
        writeFile(dir.filePath(u"20260113_1723-aaaaaaaaaaaa_first.sql"_s), goodFile("aaaaaaaaaaaa", "None")));
    QVERIFY(writeFile(dir.filePath(u"README.md"_s), "not a revision\n"));
    QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "-- revision: broken\n"));
    QVERIFY(writeFile(dir.filePath(u"20260113_1724-bbbbbbbbbbbb_second.sql.orig"_s), "garbage"));
    QVERIFY(writeFile(dir.filePath(u"20260113_1724-bbbbbbbbbbbb_second.sql~"_s), "garbage"));
    QVERIFY(QDir(dir.path()).mkdir(u"archive.sql"_s)); // a directory, not a file

    const auto loaded = RevisionLoader::loadDirectory(dir.path());
    QVERIFY2(loaded, errorText(loaded).constData());
    QCOMPARE(loaded->size(), 2);
    // File-name order.
    QCOMPARE(loaded->at(0).id, u"aaaaaaaaaaaa"_s);
    QCOMPARE(loaded->at(1).id, u"bbbbbbbbbbbb"_s);
    QCOMPARE(loaded->at(1).parents, QStringList { u"aaaaaaaaaaaa"_s });
    QCOMPARE(
        loaded->at(0).path, QDir(dir.path()).absoluteFilePath(u"20260113_1723-aaaaaaaaaaaa_first.sql"_s));
    QCOMPARE(loaded->at(0).checksum, RevisionFile::checksum(u"SELECT 1;"_s));
    QCOMPARE(loaded->at(0).upgradeLine, 7);
}

void TestRevisionFile::loaderNeverSkipsOneBadFileAmongGoodOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a.sql"_s), goodFile("aaaaaaaaaaaa", "None")));
    QFile bad(badDir() + u"/bad_transactional.sql"_s);
    QVERIFY(bad.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(dir.filePath(u"b.sql"_s), bad.readAll()));
    QVERIFY(writeFile(dir.filePath(u"c.sql"_s), goodFile("cccccccccccc", "aaaaaaaaaaaa")));

    const auto loaded = RevisionLoader::loadDirectory(dir.path());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), ErrorCode::Integrity);
    QCOMPARE(loaded.error().location().path, QDir(dir.path()).absoluteFilePath(u"b.sql"_s));
    QCOMPARE(loaded.error().location().line, 5);
}

void TestRevisionFile::loaderAcceptsEmptyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto loaded = RevisionLoader::loadDirectory(dir.path());
    QVERIFY2(loaded, errorText(loaded).constData());
    QVERIFY(loaded->isEmpty());
}

QTEST_GUILESS_MAIN(TestRevisionFile)
#include "tst_revisionfile.moc"
