// SPDX-License-Identifier: MIT
// The revision DAG (DESIGN §3): heads, bases, deterministic topological order, ancestry,
// and the errors build() and resolveId() report.

#include "graph/revisiongraph.h"
#include "revision/revisionfile.h"

#include "testsupport.h"

#include <QFileInfo>

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace strata;

namespace {

using test::errorText;

Revision revision(const QString &spec)
{
    return test::revisionFromSpec(spec);
}

QList<Revision> revisions(const QStringList &specs)
{
    QList<Revision> list;
    for (const QString &spec : specs)
        list << revision(spec);
    return list;
}

QStringList ids(const RevisionGraph &graph, const QList<int> &indices)
{
    QStringList list;
    for (int index : indices)
        list << graph.at(index).id;
    return list;
}

QStringList ids(const RevisionGraph &graph, const RevisionSet &set)
{
    QStringList list;
    for (int index : graph.topologicalOrder()) {
        if (set.at(index))
            list << graph.at(index).id;
    }
    return list;
}

QList<int> indices(const RevisionGraph &graph, const QStringList &revisionIds)
{
    QList<int> list;
    for (const QString &id : revisionIds)
        list << graph.indexOf(id).value_or(-1);
    return list;
}

/// The named graphs the data-driven tests share; revisions are listed in a scrambled order so
/// that nothing depends on the input order.
QStringList graphSpec(const QString &name)
{
    if (name == u"single"_s)
        return { u"a001@0"_s };
    if (name == u"linear"_s) // a001 <- a002 <- a003 <- a004
        return { u"a003:a002@2"_s, u"a001@0"_s, u"a004:a003@3"_s, u"a002:a001@1"_s };
    if (name == u"branched"_s) // b001 <- b002 <- b003, b001 <- b004 <- b005
        return { u"b005:b004@5"_s, u"b003:b002@3"_s, u"b001@1"_s, u"b004:b001@4"_s, u"b002:b001@2"_s };
    if (name == u"merged"_s) // m001 <- m002, m003 <- m004 (merge) <- m005
        return { u"m004:m002,m003@4"_s, u"m005:m004@5"_s, u"m002:m001@2"_s, u"m001@1"_s, u"m003:m001@3"_s };
    if (name == u"several bases"_s) // s001 <- s002; s003 <- s004; s002, s004 <- s005
        return { u"s005:s002,s004@5"_s, u"s004:s003@4"_s, u"s003@3"_s, u"s002:s001@2"_s, u"s001@1"_s };
    if (name == u"unmerged bases"_s) // two independent histories
        return { u"u002:u001@2"_s, u"u001@1"_s, u"u003@3"_s };
    // Created times decide, not ids: z-base is older than a-base.
    if (name == u"created beats id"_s)
        return { u"zzzz@1"_s, u"aaaa@2"_s, u"mmmm:zzzz@3"_s, u"bbbb:aaaa@0"_s };
    // Equal created times: ids decide.
    if (name == u"id breaks ties"_s)
        return { u"cccc@0"_s, u"aaaa@0"_s, u"bbbb@0"_s, u"dddd:cccc@0"_s, u"eeee:aaaa@0"_s };
    return {};
}

} // namespace

class TestRevisionGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsGraphShapes_data();
    void buildsGraphShapes();
    void orderIsIndependentOfInputOrder_data();
    void orderIsIndependentOfInputOrder();
    void buildsEmptyGraph();
    void linksParentsAndChildren();
    void computesAncestors_data();
    void computesAncestors();
    void computesDescendants_data();
    void computesDescendants();
    void computesHeadsOfASet_data();
    void computesHeadsOfASet();
    void rejectsDuplicateId();
    void rejectsUnknownParent();
    void rejectsCycle_data();
    void rejectsCycle();
    void graphErrorsPointAtTheDownRevisionLine_data();
    void graphErrorsPointAtTheDownRevisionLine();
    void resolvesIds_data();
    void resolvesIds();
};

void TestRevisionGraph::buildsGraphShapes_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("heads");
    QTest::addColumn<QStringList>("bases");

    QTest::newRow("single") << u"single"_s << QStringList { u"a001"_s } << QStringList { u"a001"_s }
                            << QStringList { u"a001"_s };
    QTest::newRow("linear") << u"linear"_s << QStringList { u"a001"_s, u"a002"_s, u"a003"_s, u"a004"_s }
                            << QStringList { u"a004"_s } << QStringList { u"a001"_s };
    QTest::newRow("branched") << u"branched"_s
                              << QStringList { u"b001"_s, u"b002"_s, u"b003"_s, u"b004"_s, u"b005"_s }
                              << QStringList { u"b003"_s, u"b005"_s } << QStringList { u"b001"_s };
    QTest::newRow("merged") << u"merged"_s
                            << QStringList { u"m001"_s, u"m002"_s, u"m003"_s, u"m004"_s, u"m005"_s }
                            << QStringList { u"m005"_s } << QStringList { u"m001"_s };
    QTest::newRow("several bases") << u"several bases"_s
                                   << QStringList { u"s001"_s, u"s002"_s, u"s003"_s, u"s004"_s, u"s005"_s }
                                   << QStringList { u"s005"_s } << QStringList { u"s001"_s, u"s003"_s };
    QTest::newRow("unmerged bases") << u"unmerged bases"_s << QStringList { u"u001"_s, u"u002"_s, u"u003"_s }
                                    << QStringList { u"u002"_s, u"u003"_s }
                                    << QStringList { u"u001"_s, u"u003"_s };
    // bbbb (minute 0) is ready only after aaaa (minute 2); zzzz (minute 1) goes first.
    QTest::newRow("created beats id")
        << u"created beats id"_s << QStringList { u"zzzz"_s, u"aaaa"_s, u"bbbb"_s, u"mmmm"_s }
        << QStringList { u"bbbb"_s, u"mmmm"_s } << QStringList { u"zzzz"_s, u"aaaa"_s };
    QTest::newRow("id breaks ties") << u"id breaks ties"_s
                                    << QStringList { u"aaaa"_s, u"bbbb"_s, u"cccc"_s, u"dddd"_s, u"eeee"_s }
                                    << QStringList { u"bbbb"_s, u"dddd"_s, u"eeee"_s }
                                    << QStringList { u"aaaa"_s, u"bbbb"_s, u"cccc"_s };
}

void TestRevisionGraph::buildsGraphShapes()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, order);
    QFETCH(QStringList, heads);
    QFETCH(QStringList, bases);

    const auto built = RevisionGraph::build(revisions(graphSpec(graph)));
    QVERIFY2(built, errorText(built).constData());
    const RevisionGraph &g = *built;

    QCOMPARE(g.size(), order.size());
    QCOMPARE(ids(g, g.topologicalOrder()), order);
    QCOMPARE(ids(g, g.heads()), heads);
    QCOMPARE(ids(g, g.bases()), bases);

    for (int i = 0; i < g.size(); ++i) {
        QCOMPARE(g.topologicalOrder().at(g.topologicalPosition(i)), i);
        QCOMPARE(g.isHead(i), heads.contains(g.at(i).id));
        QCOMPARE(g.isBase(i), bases.contains(g.at(i).id));
        QCOMPARE(g.indexOf(g.at(i).id), std::optional<int>(i));
        // Parents before children.
        for (int parent : g.parents(i))
            QVERIFY2(g.topologicalPosition(parent) < g.topologicalPosition(i), qPrintable(g.at(i).id));
    }
}

void TestRevisionGraph::orderIsIndependentOfInputOrder_data()
{
    QTest::addColumn<QString>("graph");
    for (const char *name :
        { "linear", "branched", "merged", "several bases", "created beats id", "id breaks ties" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRevisionGraph::orderIsIndependentOfInputOrder()
{
    QFETCH(QString, graph);

    QStringList spec = graphSpec(graph);
    const auto first = RevisionGraph::build(revisions(spec));
    QVERIFY2(first, errorText(first).constData());
    const QStringList expected = ids(*first, first->topologicalOrder());

    std::sort(spec.begin(), spec.end());
    do {
        const auto other = RevisionGraph::build(revisions(spec));
        QVERIFY2(other, errorText(other).constData());
        QCOMPARE(ids(*other, other->topologicalOrder()), expected);
        QCOMPARE(ids(*other, other->heads()), ids(*first, first->heads()));
        QCOMPARE(ids(*other, other->bases()), ids(*first, first->bases()));
    } while (std::next_permutation(spec.begin(), spec.end()));
}

void TestRevisionGraph::buildsEmptyGraph()
{
    const auto built = RevisionGraph::build({});
    QVERIFY2(built, errorText(built).constData());
    QVERIFY(built->isEmpty());
    QVERIFY(built->heads().isEmpty());
    QVERIFY(built->bases().isEmpty());
    QVERIFY(built->topologicalOrder().isEmpty());
    QVERIFY(!built->indexOf(u"abcd"_s));
    QVERIFY(!built->resolveId(u"abcd"_s));
}

void TestRevisionGraph::linksParentsAndChildren()
{
    const auto built = RevisionGraph::build(revisions(graphSpec(u"merged"_s)));
    QVERIFY2(built, errorText(built).constData());
    const RevisionGraph &g = *built;
    const int m001 = *g.indexOf(u"m001"_s);
    const int m004 = *g.indexOf(u"m004"_s);

    QCOMPARE(ids(g, g.parents(m004)), (QStringList { u"m002"_s, u"m003"_s }));
    QVERIFY(g.at(m004).isMerge());
    QStringList children = ids(g, g.children(m001));
    children.sort();
    QCOMPARE(children, (QStringList { u"m002"_s, u"m003"_s }));
    QVERIFY(g.parents(m001).isEmpty());
    QVERIFY(g.children(*g.indexOf(u"m005"_s)).isEmpty());
}

void TestRevisionGraph::computesAncestors_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("of");
    QTest::addColumn<QStringList>("ancestors"); // topological order, the revisions themselves included

    QTest::newRow("linear head") << u"linear"_s << QStringList { u"a004"_s }
                                 << QStringList { u"a001"_s, u"a002"_s, u"a003"_s, u"a004"_s };
    QTest::newRow("linear middle") << u"linear"_s << QStringList { u"a002"_s }
                                   << QStringList { u"a001"_s, u"a002"_s };
    QTest::newRow("linear base") << u"linear"_s << QStringList { u"a001"_s } << QStringList { u"a001"_s };
    QTest::newRow("nothing") << u"linear"_s << QStringList() << QStringList();
    QTest::newRow("one branch") << u"branched"_s << QStringList { u"b005"_s }
                                << QStringList { u"b001"_s, u"b004"_s, u"b005"_s };
    QTest::newRow("both branches") << u"branched"_s << QStringList { u"b003"_s, u"b005"_s }
                                   << QStringList { u"b001"_s, u"b002"_s, u"b003"_s, u"b004"_s, u"b005"_s };
    QTest::newRow("merge") << u"merged"_s << QStringList { u"m004"_s }
                           << QStringList { u"m001"_s, u"m002"_s, u"m003"_s, u"m004"_s };
    QTest::newRow("several bases merged")
        << u"several bases"_s << QStringList { u"s005"_s }
        << QStringList { u"s001"_s, u"s002"_s, u"s003"_s, u"s004"_s, u"s005"_s };
    QTest::newRow("one of several bases")
        << u"several bases"_s << QStringList { u"s004"_s } << QStringList { u"s003"_s, u"s004"_s };
    QTest::newRow("overlapping") << u"linear"_s << QStringList { u"a002"_s, u"a003"_s }
                                 << QStringList { u"a001"_s, u"a002"_s, u"a003"_s };
}

void TestRevisionGraph::computesAncestors()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, of);
    QFETCH(QStringList, ancestors);

    const auto built = RevisionGraph::build(revisions(graphSpec(graph)));
    QVERIFY2(built, errorText(built).constData());
    const RevisionSet set = built->ancestors(indices(*built, of));
    QCOMPARE(int(set.size()), built->size());
    QCOMPARE(ids(*built, set), ancestors);
}

void TestRevisionGraph::computesDescendants_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("of");
    QTest::addColumn<QStringList>("descendants"); // topological order, the revision itself excluded

    QTest::newRow("linear base") << u"linear"_s << u"a001"_s
                                 << QStringList { u"a002"_s, u"a003"_s, u"a004"_s };
    QTest::newRow("linear head") << u"linear"_s << u"a004"_s << QStringList();
    QTest::newRow("branch point") << u"branched"_s << u"b001"_s
                                  << QStringList { u"b002"_s, u"b003"_s, u"b004"_s, u"b005"_s };
    QTest::newRow("one branch") << u"branched"_s << u"b004"_s << QStringList { u"b005"_s };
    QTest::newRow("into a merge") << u"merged"_s << u"m003"_s << QStringList { u"m004"_s, u"m005"_s };
    QTest::newRow("second base") << u"several bases"_s << u"s003"_s << QStringList { u"s004"_s, u"s005"_s };
}

void TestRevisionGraph::computesDescendants()
{
    QFETCH(QString, graph);
    QFETCH(QString, of);
    QFETCH(QStringList, descendants);

    const auto built = RevisionGraph::build(revisions(graphSpec(graph)));
    QVERIFY2(built, errorText(built).constData());
    QCOMPARE(ids(*built, built->descendants(*built->indexOf(of))), descendants);
}

void TestRevisionGraph::computesHeadsOfASet_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("set");
    QTest::addColumn<QStringList>("heads");

    QTest::newRow("empty") << u"linear"_s << QStringList() << QStringList();
    QTest::newRow("linear prefix") << u"linear"_s << QStringList { u"a001"_s, u"a002"_s }
                                   << QStringList { u"a002"_s };
    QTest::newRow("linear all") << u"linear"_s << QStringList { u"a001"_s, u"a002"_s, u"a003"_s, u"a004"_s }
                                << QStringList { u"a004"_s };
    QTest::newRow("both branches partly") << u"branched"_s << QStringList { u"b001"_s, u"b002"_s, u"b004"_s }
                                          << QStringList { u"b002"_s, u"b004"_s };
    QTest::newRow("branch point only")
        << u"branched"_s << QStringList { u"b001"_s } << QStringList { u"b001"_s };
    QTest::newRow("merge parents") << u"merged"_s << QStringList { u"m001"_s, u"m002"_s, u"m003"_s }
                                   << QStringList { u"m002"_s, u"m003"_s };
    QTest::newRow("through the merge")
        << u"merged"_s << QStringList { u"m001"_s, u"m002"_s, u"m003"_s, u"m004"_s }
        << QStringList { u"m004"_s };
    QTest::newRow("two bases") << u"several bases"_s << QStringList { u"s001"_s, u"s003"_s }
                               << QStringList { u"s001"_s, u"s003"_s };
}

void TestRevisionGraph::computesHeadsOfASet()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, set);
    QFETCH(QStringList, heads);

    const auto built = RevisionGraph::build(revisions(graphSpec(graph)));
    QVERIFY2(built, errorText(built).constData());
    RevisionSet members(built->size(), false);
    for (int index : indices(*built, set))
        members[index] = true;
    QCOMPARE(ids(*built, built->headsOf(members)), heads);
}

void TestRevisionGraph::rejectsDuplicateId()
{
    QList<Revision> list = revisions({ u"a001@0"_s, u"a002:a001@1"_s });
    Revision copy = revision(u"a002:a001@2"_s);
    copy.path = u"/project/migrations/versions/copy_of_a002.sql"_s;
    list << copy;

    const auto built = RevisionGraph::build(list);
    QVERIFY(!built);
    const Error &error = built.error();
    QCOMPARE(error.code(), ErrorCode::Integrity);
    QVERIFY2(error.message().contains(u"a002"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"defined twice"_s), qPrintable(error.message()));
    // Both files are named: one as the location, the other in the message.
    const QStringList paths = { list.at(1).path, copy.path };
    QVERIFY2(paths.contains(error.location().path), qPrintable(error.location().path));
    const QString other = error.location().path == copy.path ? list.at(1).path : copy.path;
    QVERIFY2(error.fullMessage().contains(other), qPrintable(error.fullMessage()));
    QVERIFY(!error.hint().isEmpty());
}

void TestRevisionGraph::rejectsUnknownParent()
{
    const auto built
        = RevisionGraph::build(revisions({ u"a001@0"_s, u"a002:a001@1"_s, u"a003:0f1e2d3c4b5a@2"_s }));
    QVERIFY(!built);
    const Error &error = built.error();
    QCOMPARE(error.code(), ErrorCode::Integrity);
    QVERIFY2(error.message().contains(u"0f1e2d3c4b5a"_s), qPrintable(error.message()));
    QCOMPARE(error.location().path, revision(u"a003"_s).path);
    QVERIFY2(error.fullMessage().contains(revision(u"a003"_s).path), qPrintable(error.fullMessage()));
    QVERIFY(!error.hint().isEmpty());
}

void TestRevisionGraph::rejectsCycle_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QStringList>("cycle"); // every member must be named
    QTest::addColumn<QStringList>("notCycle"); // and nothing else

    QTest::newRow("2-cycle") << QStringList { u"c001:c002@1"_s, u"c002:c001@2"_s }
                             << QStringList { u"c001"_s, u"c002"_s } << QStringList();
    QTest::newRow("2-cycle above a base, with a descendant")
        << QStringList { u"base@0"_s, u"c001:base,c002@1"_s, u"c002:c001@2"_s, u"kid1:c002@3"_s }
        << QStringList { u"c001"_s, u"c002"_s } << QStringList { u"base"_s, u"kid1"_s };
    QTest::newRow("3-cycle") << QStringList { u"c001:c003@1"_s, u"c002:c001@2"_s, u"c003:c002@3"_s }
                             << QStringList { u"c001"_s, u"c002"_s, u"c003"_s } << QStringList();
    QTest::newRow("3-cycle beside a valid history")
        << QStringList { u"a001@0"_s, u"a002:a001@1"_s, u"kid1:c003@9"_s, u"c001:c003@1"_s, u"c002:c001@2"_s,
               u"c003:c002@3"_s }
        << QStringList { u"c001"_s, u"c002"_s, u"c003"_s } << QStringList { u"a001"_s, u"a002"_s, u"kid1"_s };
}

void TestRevisionGraph::rejectsCycle()
{
    QFETCH(QStringList, spec);
    QFETCH(QStringList, cycle);
    QFETCH(QStringList, notCycle);

    const QList<Revision> list = revisions(spec);
    const auto built = RevisionGraph::build(list);
    QVERIFY(!built);
    const Error &error = built.error();
    QCOMPARE(error.code(), ErrorCode::Integrity);
    const QString message = error.message();
    QVERIFY2(message.contains(u"cycle"_s), qPrintable(message));
    for (const QString &id : cycle)
        QVERIFY2(message.contains(id), qPrintable(message));
    for (const QString &id : notCycle)
        QVERIFY2(!message.contains(id), qPrintable(message));
    // The error points at a file of the cycle.
    QStringList cyclePaths;
    for (const QString &id : cycle)
        cyclePaths << revision(id).path;
    QVERIFY2(cyclePaths.contains(error.location().path), qPrintable(error.location().path));
    QVERIFY(!error.hint().isEmpty());
}

void TestRevisionGraph::graphErrorsPointAtTheDownRevisionLine_data()
{
    QTest::addColumn<QStringList>("files"); // "id:parents" of files whose down_revision is on line 4
    QTest::addColumn<QString>("culprits"); // the files the error may point at

    QTest::newRow("unknown parent") << QStringList { u"aaaa0001:None"_s, u"aaaa0002:0f1e2d3c4b5a"_s }
                                    << u"aaaa0002"_s;
    QTest::newRow("cycle") << QStringList { u"aaaa0001:aaaa0002"_s, u"aaaa0002:aaaa0001"_s }
                           << u"aaaa0001 aaaa0002"_s;
}

void TestRevisionGraph::graphErrorsPointAtTheDownRevisionLine()
{
    // Header keys may come in any order; a graph error about a parent points at the line that
    // names it, as the file parser's own errors do.
    QFETCH(QStringList, files);
    QFETCH(QString, culprits);

    QList<Revision> list;
    for (const QString &file : std::as_const(files)) {
        const QString id = file.section(u':', 0, 0);
        const QByteArray content = "-- revision: " + id.toUtf8()
            + "\n-- message: keys in another order\n-- created: 2026-01-13T17:24:00Z\n-- down_revision: "
            + file.section(u':', 1).toUtf8() + "\n\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\n";
        const QString path = u"/project/migrations/versions/"_s + id + u".sql"_s;
        auto parsed = RevisionFile::parse(content, path);
        QVERIFY2(parsed, errorText(parsed).constData());
        list << parsed->revision;
    }
    const auto built = RevisionGraph::build(list);
    QVERIFY(!built);
    const Error &error = built.error();
    QCOMPARE(error.code(), ErrorCode::Integrity);
    QVERIFY2(culprits.split(u' ').contains(QFileInfo(error.location().path).baseName()),
        qPrintable(error.location().path));
    QCOMPARE(error.location().line, 4);
}

void TestRevisionGraph::resolvesIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("resolved"); // empty: an error
    QTest::addColumn<QStringList>("inError"); // parts of the error's message or hint

    const QStringList none;
    QTest::newRow("full id") << u"abc123def456"_s << u"abc123def456"_s << none;
    QTest::newRow("full id shorter than 4") << u"ab"_s << u"ab"_s << none;
    QTest::newRow("unique prefix of 4") << u"abc1"_s << u"abc123def456"_s << none;
    QTest::newRow("unique longer prefix") << u"abd00000"_s << u"abd000000000"_s << none;
    QTest::newRow("id that is a prefix of another id") << u"ffff"_s << u"ffff"_s << none;
    QTest::newRow("too-short prefix") << u"abc"_s << QString() << QStringList { u"4"_s };
    QTest::newRow("ambiguous prefix")
        << u"abcd"_s << QString() << QStringList { u"ambiguous"_s, u"abcd11111111"_s, u"abcd22222222"_s };
    QTest::newRow("unknown id") << u"0f1e2d3c4b5a"_s << QString() << QStringList { u"0f1e2d3c4b5a"_s };
    QTest::newRow("unknown prefix") << u"9999"_s << QString() << QStringList { u"9999"_s };
    QTest::newRow("longer than every id")
        << u"abc123def4567"_s << QString() << QStringList { u"abc123def4567"_s };
    QTest::newRow("empty") << QString() << QString() << QStringList();
}

void TestRevisionGraph::resolvesIds()
{
    QFETCH(QString, input);
    QFETCH(QString, resolved);
    QFETCH(QStringList, inError);

    const auto built = RevisionGraph::build(
        revisions({ u"abc123def456@0"_s, u"abd000000000:abc123def456@1"_s, u"abcd11111111:abd000000000@2"_s,
            u"abcd22222222:abd000000000@3"_s, u"ab@4"_s, u"ffff@5"_s, u"ffff00000000:ffff@6"_s }));
    QVERIFY2(built, errorText(built).constData());

    const auto index = built->resolveId(input);
    if (!resolved.isEmpty()) {
        QVERIFY2(index, errorText(index).constData());
        QCOMPARE(built->at(*index).id, resolved);
        return;
    }
    QVERIFY(!index);
    QCOMPARE(index.error().code(), ErrorCode::Usage);
    QVERIFY(!index.error().hint().isEmpty());
    const QString text = index.error().message() + u'\n' + index.error().hint();
    for (const QString &part : inError)
        QVERIFY2(text.contains(part), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRevisionGraph)
#include "tst_revisiongraph.moc"
