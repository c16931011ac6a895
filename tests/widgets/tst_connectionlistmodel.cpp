// SPDX-License-Identifier: MIT
// The connection manager's list: check boxes for the timeline's status columns, the
// production mark, and addresses that never show a password.
#include "connections/connectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

const QString Secret = u"s3cr3tPassw0rd"_s;

DatabaseUrl url(const QString &text)
{
    auto parsed = DatabaseUrl::parse(text);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message()));
    return *std::move(parsed);
}

/// default (strata.toml, SQLite), prod (strata.toml, production, a password in its URL),
/// local (added by the user).
QList<ConnectionProfile> profiles()
{
    return {
        {u"default"_s, url(u"sqlite:///dev.db"_s), false, ConnectionProfile::Origin::Project},
        {u"prod"_s, url(u"postgresql://app:"_s + Secret + u"@db.internal:5432/app"_s), true,
         ConnectionProfile::Origin::Project},
        {u"local"_s, url(u"postgresql://me@localhost/scratch"_s), false, ConnectionProfile::Origin::User},
    };
}

Qt::CheckState checkState(const ConnectionListModel &model, int row)
{
    const QModelIndex name = model.index(row, ConnectionListModel::NameColumn);
    return Qt::CheckState(model.data(name, Qt::CheckStateRole).toInt());
}

} // namespace

class TestConnectionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughResets();
    void checksTheShownConnections();
    void reportsShownNamesInListOrderWhenACheckToggles();
    void ignoresAnUnchangedCheck();
    void onlyTheNameColumnIsCheckable();
    void exposesProductionEditableAndNameRoles();
    void showsTheRedactedAddress();
    void findsTheRowOfAName();
};

void TestConnectionListModel::passesTheModelTesterThroughResets()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {u"prod"_s});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ConnectionListModel::ColumnCount));
    QVERIFY(model.setData(model.index(0, ConnectionListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    model.setProfiles({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestConnectionListModel::checksTheShownConnections()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Given out of list order, and naming a connection that no longer exists.
    model.setProfiles(profiles(), {u"local"_s, u"gone"_s, u"prod"_s});
    QCOMPARE(model.data(model.index(0, ConnectionListModel::NameColumn)).toString(), u"default"_s);
    QCOMPARE(checkState(model, 0), Qt::Unchecked);
    QCOMPARE(checkState(model, 1), Qt::Checked);
    QCOMPARE(checkState(model, 2), Qt::Checked);
    QCOMPARE(model.shownNames(), (QStringList{u"prod"_s, u"local"_s}));
}

void TestConnectionListModel::reportsShownNamesInListOrderWhenACheckToggles()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {u"local"_s});
    QSignalSpy shown(&model, &ConnectionListModel::shownConnectionsChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex prod = model.index(1, ConnectionListModel::NameColumn);
    QVERIFY(model.setData(prod, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toStringList(), (QStringList{u"prod"_s, u"local"_s}));
    QCOMPARE(model.shownNames(), (QStringList{u"prod"_s, u"local"_s}));
    QCOMPARE(checkState(model, 1), Qt::Checked);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), prod);

    QVERIFY(model.setData(model.index(0, ConnectionListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(1).at(0).toStringList(), (QStringList{u"default"_s, u"prod"_s, u"local"_s}));

    QVERIFY(model.setData(prod, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(2).at(0).toStringList(), (QStringList{u"default"_s, u"local"_s}));
    QCOMPARE(model.shownNames(), (QStringList{u"default"_s, u"local"_s}));
    QCOMPARE(checkState(model, 1), Qt::Unchecked);
}

void TestConnectionListModel::ignoresAnUnchangedCheck()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {u"local"_s});
    QSignalSpy shown(&model, &ConnectionListModel::shownConnectionsChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(2, ConnectionListModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(
        model.setData(model.index(0, ConnectionListModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(shown.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.shownNames(), QStringList{u"local"_s});
}

void TestConnectionListModel::onlyTheNameColumnIsCheckable()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {});
    QSignalSpy shown(&model, &ConnectionListModel::shownConnectionsChanged);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex name = model.index(row, ConnectionListModel::NameColumn);
        const QModelIndex address = model.index(row, ConnectionListModel::AddressColumn);
        QVERIFY(model.flags(name).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(address).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.data(address, Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(address, Qt::Checked, Qt::CheckStateRole));
        // Only the check state is edited in place, never the name.
        QVERIFY(!model.setData(name, u"renamed"_s, Qt::EditRole));
        QVERIFY(!model.flags(name).testFlag(Qt::ItemIsEditable));
    }
    QCOMPARE(shown.size(), 0);
    QVERIFY(model.shownNames().isEmpty());
    QCOMPARE(model.data(model.index(0, ConnectionListModel::NameColumn)).toString(), u"default"_s);
}

void TestConnectionListModel::exposesProductionEditableAndNameRoles()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {});
    // The roles hold for every column of the row.
    for (int column = 0; column < model.columnCount(); ++column) {
        const auto at = [&](int row, int role) { return model.data(model.index(row, column), role); };
        QVERIFY(!at(0, ConnectionListModel::ProductionRole).toBool());
        QVERIFY(at(1, ConnectionListModel::ProductionRole).toBool());
        QVERIFY(!at(2, ConnectionListModel::ProductionRole).toBool());
        QVERIFY(!at(0, ConnectionListModel::EditableRole).toBool());
        QVERIFY(!at(1, ConnectionListModel::EditableRole).toBool());
        QVERIFY(at(2, ConnectionListModel::EditableRole).toBool());
        QCOMPARE(at(0, ConnectionListModel::NameRole).toString(), u"default"_s);
        QCOMPARE(at(1, ConnectionListModel::NameRole).toString(), u"prod"_s);
        QCOMPARE(at(2, ConnectionListModel::NameRole).toString(), u"local"_s);
    }
    // The production name is drawn in the production colour, the others are not.
    QVERIFY(model.data(model.index(1, ConnectionListModel::NameColumn), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, ConnectionListModel::NameColumn), Qt::ForegroundRole).isValid());
}

void TestConnectionListModel::showsTheRedactedAddress()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfiles(profiles(), {u"prod"_s});
    const QModelIndex prod = model.index(1, ConnectionListModel::AddressColumn);
    const QString shown = model.data(prod).toString();
    QCOMPARE(shown, u"postgresql://app:***@db.internal:5432/app"_s);
    QVERIFY(!shown.contains(Secret));
    QVERIFY(model.data(prod, Qt::ToolTipRole).toString().contains(u"***"_s));
    QVERIFY(!model.data(prod, Qt::ToolTipRole).toString().contains(Secret));
    QCOMPARE(model.data(model.index(0, ConnectionListModel::AddressColumn)).toString(),
             u"sqlite:///dev.db"_s);
    QCOMPARE(model.data(model.index(2, ConnectionListModel::AddressColumn)).toString(),
             u"postgresql://me@localhost/scratch"_s);

    // No role of any cell gives the password away.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role = 0; role <= ConnectionListModel::NameRole; ++role) {
                const QVariant value = model.data(model.index(row, column), role);
                const QString where = u"row %1 column %2 role %3"_s.arg(row).arg(column).arg(role);
                QVERIFY2(!value.toString().contains(Secret), qPrintable(where));
            }
        }
    }
}

void TestConnectionListModel::findsTheRowOfAName()
{
    ConnectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowOf(u"prod"_s), -1);
    model.setProfiles(profiles(), {});
    QCOMPARE(model.rowOf(u"default"_s), 0);
    QCOMPARE(model.rowOf(u"prod"_s), 1);
    QCOMPARE(model.rowOf(u"local"_s), 2);
    QCOMPARE(model.rowOf(u"staging"_s), -1);
    QCOMPARE(model.profiles().at(model.rowOf(u"local"_s)).name, u"local"_s);
}

QTEST_GUILESS_MAIN(TestConnectionListModel)
#include "tst_connectionlistmodel.moc"
