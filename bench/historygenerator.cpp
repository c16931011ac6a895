// SPDX-License-Identifier: MIT
// strata-bench-history: writes a Strata project with N small revisions for benchmarks.
//   strata-bench-history DIR N [linear|branchy] [DATABASE_URL]
// linear:  r1 <- r2 <- ... <- rN
// branchy: every 10th revision opens two branches of 3 revisions that a merge joins.
// Each revision creates one small table, and its downgrade drops it. DIR/baseline.sql gets
// the same upgrade SQL, one transaction per revision, to time without Strata.
#include "revision/revisionfile.h"
#include "revision/revisionnaming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

class HistoryWriter
{
public:
    HistoryWriter(QDir dir, QFile &baseline)
        : m_dir(std::move(dir))
        , m_baseline(baseline)
    {
    }

    QString add(const QStringList &parents, bool merge = false)
    {
        ++m_count;
        Revision revision;
        revision.id = u"%1"_s.arg(m_count, 12, 16, QLatin1Char('0'));
        revision.parents = parents;
        revision.message = merge ? u"merge branches"_s : u"create table t%1"_s.arg(m_count);
        revision.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(m_count);
        const QString upgrade = merge ? QString() : u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, name TEXT);"_s.arg(m_count);
        const QString downgrade = merge ? QString() : u"DROP TABLE t%1;"_s.arg(m_count);
        QFile file(m_dir.filePath(RevisionNaming::fileName(revision.created, revision.id, revision.message)));
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            std::exit(2);
        }
        file.write(RevisionFile::render(revision, upgrade, downgrade).toUtf8());
        m_baseline.write((u"BEGIN;\n"_s + upgrade + u"\nCOMMIT;\n"_s).toUtf8());
        return revision.id;
    }

    int count() const { return m_count; }

private:
    QDir m_dir;
    QFile &m_baseline;
    int m_count = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: strata-bench-history DIR N [linear|branchy] [DATABASE_URL]\n");
        return 2;
    }
    const QDir root(args.at(1));
    const int total = args.at(2).toInt();
    const bool branchy = args.value(3) == u"branchy"_s;
    const QString url = args.value(4, u"sqlite:///bench.db"_s);
    root.mkpath(u"migrations/versions"_s);
    QFile config(root.filePath(u"strata.toml"_s));
    if (!config.open(QIODevice::WriteOnly))
        return 2;
    config.write(u"[database]\nurl = \"%1\"\n"_s.arg(url).toUtf8());

    QFile baseline(root.filePath(u"baseline.sql"_s));
    if (!baseline.open(QIODevice::WriteOnly))
        return 2;
    HistoryWriter writer(QDir(root.filePath(u"migrations/versions"_s)), baseline);
    QString head;
    while (writer.count() < total) {
        if (branchy && writer.count() % 10 == 9 && writer.count() + 7 <= total) {
            QString left = head, right = head;
            for (int i = 0; i < 3; ++i) {
                left = writer.add(left.isEmpty() ? QStringList() : QStringList{left});
                right = writer.add(right.isEmpty() ? QStringList() : QStringList{right});
            }
            head = writer.add({left, right}, true);
        } else {
            head = writer.add(head.isEmpty() ? QStringList() : QStringList{head});
        }
    }
    std::printf("%d revisions in %s\n", writer.count(), qPrintable(root.path()));
    return 0;
}
