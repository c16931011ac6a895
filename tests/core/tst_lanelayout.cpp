// SPDX-License-Identifier: MIT
// The timeline's lanes, decided without a screen.
#include "timeline/lanelayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

/// "a; b<a; c<a; m<b,c": revisions in creation order with their parents.
RevisionGraph graphOf(const QString &spec)
{
    QList<Revision> revisions;
    int minute = 0;
    for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
        Revision revision;
        const QString text = item.trimmed();
        revision.id = text.section(u'<', 0, 0);
        const QString parents = text.section(u'<', 1);
        if (!parents.isEmpty())
            revision.parents = parents.split(u',');
        revision.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * ++minute);
        revisions.append(revision);
    }
    auto graph = RevisionGraph::build(revisions);
    if (!graph)
        qFatal("bad graph spec %s: %s", qPrintable(spec), qPrintable(graph.error().message()));
    return *graph;
}

/// "id@lane in[..] out[..] pass[..] w" for one row, compact for table-driven comparison.
QString describe(const RevisionGraph &graph, const LaneRow &row)
{
    auto list = [](const QList<int> &lanes) {
        QStringList parts;
        for (int lane : lanes)
            parts << QString::number(lane);
        return parts.join(u',');
    };
    return u"%1@%2 in[%3] out[%4] pass[%5] w%6"_s.arg(graph.at(row.revision).id)
        .arg(row.lane)
        .arg(list(row.incoming), list(row.outgoing), list(row.passing))
        .arg(row.width);
}

} // namespace

class TestLaneLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutRows_data();
    void laysOutRows();
    void keepsEveryLineContinuousOnRandomGraphs();
};

void TestLaneLayout::laysOutRows_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("linear history stays in one lane")
        << u"a; b<a; c<b"_s
        << QStringList{u"c@0 in[] out[0] pass[] w1"_s, u"b@0 in[0] out[0] pass[] w1"_s, u"a@0 in[0] out[] pass[] w1"_s};
    QTest::newRow("branch and merge: the merge opens a lane, the branch point joins it")
        << u"a; b<a; c<a; m<b,c"_s
        << QStringList{u"m@0 in[] out[0,1] pass[] w2"_s, u"c@1 in[1] out[1] pass[0] w2"_s,
                       u"b@0 in[0] out[0] pass[1] w2"_s, u"a@0 in[0,1] out[] pass[] w2"_s};
    QTest::newRow("two unmerged heads open two lanes")
        << u"a; b<a; c<a"_s
        << QStringList{u"c@0 in[] out[0] pass[] w1"_s, u"b@1 in[] out[1] pass[0] w2"_s,
                       u"a@0 in[0,1] out[] pass[] w2"_s};
    QTest::newRow("two bases joined by a merge")
        << u"a; b; m<a,b"_s
        << QStringList{u"m@0 in[] out[0,1] pass[] w2"_s, u"b@1 in[1] out[] pass[0] w2"_s, u"a@0 in[0] out[] pass[] w1"_s};
    QTest::newRow("a freed lane is reused from the left")
        << u"a; b<a; c<a; m<b,c; d<m; e<m"_s
        << QStringList{u"e@0 in[] out[0] pass[] w1"_s,        u"d@1 in[] out[1] pass[0] w2"_s,
                       u"m@0 in[0,1] out[0,1] pass[] w2"_s,   u"c@1 in[1] out[1] pass[0] w2"_s,
                       u"b@0 in[0] out[0] pass[1] w2"_s,      u"a@0 in[0,1] out[] pass[] w2"_s};
    QTest::newRow("a line passes a side branch")
        << u"a; b<a; c<b; d<a"_s
        << QStringList{u"d@0 in[] out[0] pass[] w1"_s, u"c@1 in[] out[1] pass[0] w2"_s,
                       u"b@1 in[1] out[1] pass[0] w2"_s, u"a@0 in[0,1] out[] pass[] w2"_s};
}

void TestLaneLayout::laysOutRows()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    const RevisionGraph g = graphOf(graph);
    QStringList actual;
    for (const LaneRow &row : layoutLanes(g))
        actual << describe(g, row);
    QCOMPARE(actual, rows);
}

void TestLaneLayout::keepsEveryLineContinuousOnRandomGraphs()
{
    // Every line leaving a row reaches the next row (passing or ending in its node), every line
    // ending in a node came from the row above, and each edge of the graph has a line.
    QRandomGenerator random(20261124);
    for (int round = 0; round < 200; ++round) {
        QStringList spec;
        const int count = 2 + int(random.bounded(40));
        for (int i = 0; i < count; ++i) {
            QStringList parents;
            if (i > 0 && random.bounded(10) > 0) {
                parents << u"r%1"_s.arg(random.bounded(i));
                if (i > 1 && random.bounded(5) == 0) {
                    const QString second = u"r%1"_s.arg(random.bounded(i));
                    if (!parents.contains(second))
                        parents << second;
                }
            }
            spec << u"r%1"_s.arg(i) + (parents.isEmpty() ? QString() : u'<' + parents.join(u','));
        }
        const RevisionGraph graph = graphOf(spec.join(u';'));
        const QList<LaneRow> rows = layoutLanes(graph);
        QCOMPARE(rows.size(), graph.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const LaneRow &row = rows.at(i);
            QVERIFY(row.lane < row.width);
            QVERIFY(!row.passing.contains(row.lane));
            const QList<int> leaving = row.passing + row.outgoing;
            if (i + 1 < rows.size()) {
                const LaneRow &next = rows.at(i + 1);
                for (int lane : leaving)
                    QVERIFY2(next.passing.contains(lane) || next.incoming.contains(lane), qPrintable(spec.join(u';')));
                for (int lane : next.incoming)
                    QVERIFY2(leaving.contains(lane), qPrintable(spec.join(u';')));
                for (int lane : next.passing)
                    QVERIFY2(leaving.contains(lane), qPrintable(spec.join(u';')));
            } else {
                QVERIFY(leaving.isEmpty());
            }
            QVERIFY(row.outgoing.size() <= graph.parents(row.revision).size());
            QVERIFY(graph.parents(row.revision).isEmpty() == row.outgoing.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
