// SPDX-License-Identifier: MIT
// The header cache must only ever cost or save time: every change to a file is seen.
#include "revision/revisionloader.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

class TestRevisionCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondLoadReturnsTheSameRevisionsFromTheCache();
    void seesAChangedFileWhoseStampChanged();
    void neverTrustsAnEntryWrittenWithinTheRacyWindow();
    void seesAddedAndRemovedFiles();
    void ignoresACorruptCache();
    void ignoresACacheMadeForAnotherDirectory();

private:
    QString cachePath() const { return m_project->filePath(u".strata/cache/revisions.bin"_s); }
    QList<Revision> load() const;
    void age(const QString &path, int secondsAgo) const;
    static void overwrite(const QString &path, const QByteArray &from, const QByteArray &to);

    std::unique_ptr<test::TempProject> m_project;
    QString m_first;
    QString m_second;
};

QList<Revision> TestRevisionCache::load() const
{
    auto revisions = RevisionLoader::loadDirectory(m_project->migrationsDir(), cachePath());
    if (!revisions)
        qWarning("%s", qPrintable(revisions.error().fullMessage()));
    return revisions.value_or(QList<Revision>());
}

void TestRevisionCache::age(const QString &path, int secondsAgo) const
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
}

void TestRevisionCache::overwrite(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    QVERIFY(content.contains(from));
    content.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

void TestRevisionCache::init()
{
    m_project = std::make_unique<test::TempProject>();
    m_first = m_project->writeRevision(u"aaaa00000001"_s, {}, u"CREATE TABLE a (id int);"_s, u"DROP TABLE a;"_s);
    m_second = m_project->writeRevision(u"aaaa00000002"_s, {u"aaaa00000001"_s}, u"CREATE TABLE b (id int);"_s,
                                        u"DROP TABLE b;"_s);
    age(m_first, 3600);
    age(m_second, 3600);
}

void TestRevisionCache::secondLoadReturnsTheSameRevisionsFromTheCache()
{
    const QList<Revision> fresh = load();
    QCOMPARE(fresh.size(), 2);
    QVERIFY(QFile::exists(cachePath()));
    const QList<Revision> cached = load();
    QCOMPARE(cached.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(cached.at(i).id, fresh.at(i).id);
        QCOMPARE(cached.at(i).parents, fresh.at(i).parents);
        QCOMPARE(cached.at(i).message, fresh.at(i).message);
        QCOMPARE(cached.at(i).created, fresh.at(i).created);
        QCOMPARE(cached.at(i).checksum, fresh.at(i).checksum);
        QCOMPARE(cached.at(i).path, fresh.at(i).path);
        QCOMPARE(cached.at(i).upgradeLine, fresh.at(i).upgradeLine);
        QCOMPARE(cached.at(i).downRevisionLine, fresh.at(i).downRevisionLine);
    }
}

void TestRevisionCache::seesAChangedFileWhoseStampChanged()
{
    const QString before = load().at(1).checksum;
    // Same size, different content, an old but different modification time.
    overwrite(m_second, "CREATE TABLE b", "CREATE TABLE c");
    age(m_second, 1800);
    const QList<Revision> after = load();
    QVERIFY(after.at(1).checksum != before);
}

void TestRevisionCache::neverTrustsAnEntryWrittenWithinTheRacyWindow()
{
    age(m_second, 0); // modified "now": too recent to be cached safely
    const QString before = load().at(1).checksum;
    // An edit of the same size within the same clock tick leaves the stamp unchanged.
    QFile file(m_second);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QDateTime stamp = file.fileTime(QFileDevice::FileModificationTime);
    file.close();
    overwrite(m_second, "CREATE TABLE b", "CREATE TABLE c");
    QFile again(m_second);
    QVERIFY(again.open(QIODevice::ReadWrite));
    QVERIFY(again.setFileTime(stamp, QFileDevice::FileModificationTime));
    again.close();
    QVERIFY(load().at(1).checksum != before);
}

void TestRevisionCache::seesAddedAndRemovedFiles()
{
    QCOMPARE(load().size(), 2);
    const QString third = m_project->writeRevision(u"aaaa00000003"_s, {u"aaaa00000002"_s}, u"SELECT 1;"_s, {});
    age(third, 3600);
    QCOMPARE(load().size(), 3);
    QVERIFY(QFile::remove(m_first)); // the loader alone: a dangling parent is the graph's concern
    const QList<Revision> remaining = load();
    QCOMPARE(remaining.size(), 2);
    QCOMPARE(remaining.at(0).id, u"aaaa00000002"_s);
}

void TestRevisionCache::ignoresACorruptCache()
{
    QCOMPARE(load().size(), 2);
    QFile cache(cachePath());
    QVERIFY(cache.open(QIODevice::ReadWrite));
    QVERIFY(cache.resize(cache.size() / 2));
    cache.close();
    const QList<Revision> revisions = load();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(1).id, u"aaaa00000002"_s);
    QVERIFY(!revisions.at(1).checksum.isEmpty());
}

void TestRevisionCache::ignoresACacheMadeForAnotherDirectory()
{
    QCOMPARE(load().size(), 2);
    test::TempProject other;
    other.writeRevision(u"bbbb00000001"_s, {}, u"SELECT 1;"_s, {});
    auto revisions = RevisionLoader::loadDirectory(other.migrationsDir(), cachePath());
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->first().id, u"bbbb00000001"_s);
}

QTEST_GUILESS_MAIN(TestRevisionCache)
#include "tst_revisioncache.moc"
