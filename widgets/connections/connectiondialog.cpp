// SPDX-License-Identifier: MIT
#include "connectiondialog.h"

#include "common/statusstyle.h"
#include "database/connectionprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace strata::ui {

namespace {
enum DriverPage { PostgresPage, SqlitePage };
const QStringList SslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionProfile &profile, const QString &password,
                                   QList<ConnectionProfile> others, const QDir &baseDir, QWidget *parent)
    : QDialog(parent)
    , m_others(std::move(others))
    , m_baseDir(baseDir)
    , m_origin(profile.origin)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Connection %1").arg(profile.name));
    buildForm();

    const DatabaseUrl &url = profile.url;
    m_name->setText(profile.name);
    m_driver->setCurrentIndex(url.dialect() == Dialect::Postgres ? PostgresPage : SqlitePage);
    if (url.dialect() == Dialect::Postgres) {
        m_host->setText(url.host());
        m_port->setValue(url.port());
        m_database->setText(url.database());
        m_user->setText(url.user());
        for (const auto &[key, value] : url.parameters()) {
            if (key == u"sslmode"_s)
                m_sslMode->setCurrentIndex(int(SslModes.indexOf(value)) + 1);
        }
    } else {
        m_sqlitePath->setText(url.database());
    }
    m_password->setText(password.isEmpty() ? url.password() : password);
    m_production->setChecked(profile.production);
    updateDriverPage();
    validate();
}

void ConnectionDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. staging"));
    m_driver = new QComboBox(this);
    m_driver->setObjectName(u"driver"_s);
    m_driver->addItems({tr("PostgreSQL"), tr("SQLite")});

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(u"localhost"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain, never in a file"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslmode"_s);
    m_sslMode->addItem(tr("libpq default"));
    m_sslMode->addItems(SslModes);
    m_sqliteRow = new QHBoxLayout;
    m_sqlitePath = new QLineEdit(this);
    m_sqlitePath->setObjectName(u"sqlitePath"_s);
    m_sqlitePath->setPlaceholderText(tr("path, relative to the project directory"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_sqliteRow->addWidget(m_sqlitePath);
    m_sqliteRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("SQLite database file"), m_baseDir.path(), {}, nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_sqlitePath->setText(m_baseDir.relativeFilePath(file).startsWith(u"../"_s) ? file
                                                                                         : m_baseDir.relativeFilePath(file));
    });


    m_production = new QCheckBox(tr("&Production: mark it red everywhere and confirm before changing it"), this);
    m_production->setObjectName(u"production"_s);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: %1"_s.arg(statusColor(StatusKind::Failed).name()));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // One form for both drivers, so the labels line up; the rows of the other driver hide.
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("D&river:"), m_driver);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(tr("SSL &mode:"), m_sslMode);
    m_form->addRow(tr("&File:"), m_sqliteRow);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_production);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_problems);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(600, 480);

    const bool editable = m_origin == ConnectionProfile::Origin::User;
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_driver, m_host, m_port, m_database, m_user,
                                                           m_sslMode, m_sqlitePath, browse, m_production})
        field->setEnabled(editable);
    if (!editable)
        m_problems->setText(tr("This connection comes from strata.toml: only its password can be set here."));

    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateDriverPage);
    for (QLineEdit *edit : {m_name, m_host, m_database, m_user, m_sqlitePath})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::validate);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
}

void ConnectionDialog::updateDriverPage()
{
    const bool sqlite = m_driver->currentIndex() == SqlitePage;
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_sslMode})
        m_form->setRowVisible(field, !sqlite);
    m_form->setRowVisible(m_sqliteRow, sqlite);
    validate();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.production = m_production->isChecked();
    profile.origin = m_origin;
    if (m_driver->currentIndex() == SqlitePage) {
        profile.url = DatabaseUrl::sqlite(m_sqlitePath->text().trimmed());
        return profile;
    }
    QList<QPair<QString, QString>> parameters;
    if (m_sslMode->currentIndex() > 0)
        parameters.append({u"sslmode"_s, m_sslMode->currentText()});
    profile.url = DatabaseUrl::postgres(m_host->text().trimmed(), m_port->value(), m_user->text().trimmed(),
                                        m_database->text().trimmed(), parameters);
    return profile;
}

QString ConnectionDialog::password() const
{
    return m_driver->currentIndex() == PostgresPage ? m_password->text() : QString();
}

QStringList ConnectionDialog::problems() const
{
    if (m_origin != ConnectionProfile::Origin::User)
        return {};
    return profileProblems(profile(), m_others);
}

void ConnectionDialog::validate()
{
    if (m_origin != ConnectionProfile::Origin::User)
        return;
    const QStringList found = problems();
    m_problems->setText(found.isEmpty() ? QString() : tr("To save this connection:\n• %1").arg(found.join(u"\n• "_s)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile tested = profile();
    const QStringList found = profileProblems(tested, {});
    if (!found.isEmpty()) {
        showTestResult(false, found.join(u' '));
        return;
    }
    const DatabaseUrl url = tested.url.withPassword(password());
    const int ticket = m_testTicket.next();
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(tested.url.redacted()));
    runInBackground(
        this, [url, baseDir = m_baseDir] { return probeConnection(url, baseDir); },
        [this, ticket](Result<ConnectionProbe> probe) {
            if (!m_testTicket.isLatest(ticket))
                return;
            m_testButton->setEnabled(true);
            if (!probe) {
                const Error &error = probe.error();
                QString report = error.fullMessage();
                if (!error.detail().isEmpty() && !report.contains(error.detail()))
                    report += u'\n' + error.detail();
                if (!error.hint().isEmpty())
                    report += u'\n' + tr("Hint: %1").arg(error.hint());
                showTestResult(false, report);
                return;
            }
            showTestResult(true, tr("Connected: %1, connection %2 ms, round trip %3 ms.")
                                     .arg(probe->serverVersion)
                                     .arg(probe->connectMs)
                                     .arg(probe->roundTripMs));
        });
}

void ConnectionDialog::showTestResult(bool succeeded, const QString &report)
{
    const QColor color = statusColor(succeeded ? StatusKind::Current : StatusKind::Failed);
    m_testResult->setStyleSheet(u"color: %1"_s.arg(color.name()));
    m_testResult->setText((succeeded ? tr("Test succeeded. %1") : tr("Test failed: %1")).arg(report));
    Q_EMIT connectionTested(succeeded, report);
}

} // namespace strata::ui
