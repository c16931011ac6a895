// SPDX-License-Identifier: MIT
// The connection dialog: it refuses incomplete input, builds the profile the form shows,
// and "Test connection" reports the server or the exact error (on the test PostgreSQL).
#include "connections/connectiondialog.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace strata;
using namespace strata::ui;

namespace {

constexpr int Wait = 20'000;

ConnectionProfile postgresProfile(const DatabaseUrl &server)
{
    return {u"ci"_s, DatabaseUrl::postgres(server.host(), server.port(), server.user(), server.database()), false,
            ConnectionProfile::Origin::User};
}

template<typename Widget>
Widget *field(const ConnectionDialog &dialog, const QString &name)
{
    auto *widget = dialog.findChild<Widget *>(name);
    if (!widget)
        qFatal("no field %s", qPrintable(name));
    return widget;
}

bool okEnabled(const ConnectionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

/// Runs "Test connection" and returns (succeeded, report).
std::pair<bool, QString> testConnection(ConnectionDialog &dialog)
{
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    field<QPushButton>(dialog, u"testConnection"_s)->click();
    if (tested.isEmpty() && !tested.wait(Wait))
        return {false, u"no answer"_s};
    return {tested.first().at(0).toBool(), tested.first().at(1).toString()};
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesIncompleteInput();
    void buildsTheProfileTheFormShows();
    void keepsAProjectConnectionReadOnly();
    void reportsAMissingSqliteFile();
    void reportsAWrongPasswordAsSuch();
    void reportsTheServerVersionAndLatency();
};

void TestConnectionDialog::refusesIncompleteInput()
{
    const QList<ConnectionProfile> others{
        {u"staging"_s, DatabaseUrl::sqlite(u"staging.db"_s), false, ConnectionProfile::Origin::User}};
    ConnectionProfile fresh;
    fresh.url = DatabaseUrl::postgres(u"localhost"_s, 0, {}, {});
    ConnectionDialog dialog(fresh, {}, others, QDir::temp());
    auto *problems = field<QLabel>(dialog, u"problems"_s);
    QVERIFY(!okEnabled(dialog));
    QVERIFY(problems->text().contains(u"name"_s));
    QVERIFY(problems->text().contains(u"database name"_s));
    QVERIFY(problems->text().contains(u"user"_s));

    field<QLineEdit>(dialog, u"name"_s)->setText(u"Staging"_s);
    QVERIFY(problems->text().contains(u"already called"_s));
    field<QLineEdit>(dialog, u"name"_s)->setText(u"qa"_s);
    field<QLineEdit>(dialog, u"database"_s)->setText(u"app"_s);
    field<QLineEdit>(dialog, u"user"_s)->setText(u"deploy"_s);
    QVERIFY2(okEnabled(dialog), qPrintable(problems->text()));
    QVERIFY(problems->text().isEmpty());

    field<QLineEdit>(dialog, u"host"_s)->clear();
    QVERIFY(!okEnabled(dialog));
    QVERIFY(problems->text().contains(u"host"_s));

    field<QComboBox>(dialog, u"driver"_s)->setCurrentIndex(1); // SQLite
    QVERIFY(!okEnabled(dialog));
    QVERIFY(problems->text().contains(u"SQLite database file"_s));
    field<QLineEdit>(dialog, u"sqlitePath"_s)->setText(u"qa.db"_s);
    QVERIFY(okEnabled(dialog));
}

void TestConnectionDialog::buildsTheProfileTheFormShows()
{
    ConnectionProfile fresh;
    ConnectionDialog dialog(fresh, {}, {}, QDir::temp());
    field<QLineEdit>(dialog, u"name"_s)->setText(u" prod "_s);
    field<QComboBox>(dialog, u"driver"_s)->setCurrentIndex(0);
    field<QLineEdit>(dialog, u"host"_s)->setText(u"db.internal"_s);
    field<QSpinBox>(dialog, u"port"_s)->setValue(6432);
    field<QLineEdit>(dialog, u"database"_s)->setText(u"shop"_s);
    field<QLineEdit>(dialog, u"user"_s)->setText(u"deploy"_s);
    field<QLineEdit>(dialog, u"password"_s)->setText(u"s3cret"_s);
    field<QComboBox>(dialog, u"sslmode"_s)->setCurrentText(u"require"_s);
    field<QCheckBox>(dialog, u"production"_s)->setChecked(true);

    const ConnectionProfile profile = dialog.profile();
    QCOMPARE(profile.name, u"prod"_s);
    QVERIFY(profile.production);
    QCOMPARE(profile.url.toString(), u"postgresql://deploy@db.internal:6432/shop?sslmode=require"_s);
    QCOMPARE(dialog.password(), u"s3cret"_s);
    QVERIFY(!profile.url.hasPassword()); // the password goes to the vault, never the URL

    // Reopened on the profile, the form shows the same connection.
    ConnectionDialog again(profile, dialog.password(), {}, QDir::temp());
    QCOMPARE(again.profile(), profile);
    QCOMPARE(again.password(), u"s3cret"_s);
}

void TestConnectionDialog::keepsAProjectConnectionReadOnly()
{
    const ConnectionProfile project{u"default"_s, DatabaseUrl::sqlite(u"dev.db"_s), false,
                                    ConnectionProfile::Origin::Project};
    ConnectionDialog dialog(project, {}, {}, QDir::temp());
    QVERIFY(!field<QLineEdit>(dialog, u"name"_s)->isEnabled());
    QVERIFY(!field<QLineEdit>(dialog, u"sqlitePath"_s)->isEnabled());
    QVERIFY(field<QLineEdit>(dialog, u"password"_s)->isEnabled());
    QVERIFY(okEnabled(dialog));
    QCOMPARE(dialog.profile(), project);
}

void TestConnectionDialog::reportsAMissingSqliteFile()
{
    QTemporaryDir directory;
    ConnectionDialog dialog({u"local"_s, DatabaseUrl::sqlite(u"missing.db"_s), false, ConnectionProfile::Origin::User},
                            {}, {}, QDir(directory.path()));
    const auto [succeeded, report] = testConnection(dialog);
    QVERIFY(!succeeded);
    QVERIFY2(report.contains(u"does not exist"_s), qPrintable(report));
    QVERIFY(!QFile::exists(directory.filePath(u"missing.db"_s))); // testing never creates it
}

void TestConnectionDialog::reportsAWrongPasswordAsSuch()
{
    const auto server = test::postgresServerUrl();
    QVERIFY2(server, test::errorText(server));
    ConnectionDialog dialog(postgresProfile(*server), u"certainly-wrong"_s, {}, QDir::temp());
    const auto [succeeded, report] = testConnection(dialog);
    QVERIFY(!succeeded);
    QVERIFY2(report.contains(u"password authentication failed"_s), qPrintable(report));
    QVERIFY2(report.contains(u"rejected the password"_s), qPrintable(report));
    QVERIFY(!report.contains(u"certainly-wrong"_s));
    QVERIFY(field<QLabel>(dialog, u"testResult"_s)->text().endsWith(report));
}

void TestConnectionDialog::reportsTheServerVersionAndLatency()
{
    const auto server = test::postgresServerUrl();
    QVERIFY2(server, test::errorText(server));
    ConnectionDialog dialog(postgresProfile(*server), server->password(), {}, QDir::temp());
    const auto [succeeded, report] = testConnection(dialog);
    QVERIFY2(succeeded, qPrintable(report));
    QVERIFY2(report.contains(u"PostgreSQL 15"_s), qPrintable(report));
    QVERIFY2(report.contains(u" ms"_s), qPrintable(report));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
