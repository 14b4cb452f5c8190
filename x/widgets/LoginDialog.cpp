#include "LoginDialog.h"

#include "MessageBar.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/CreateSessionJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

LoginDialog::LoginDialog(ApiSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    auto *form = new QFormLayout;
    m_server = new QComboBox(this);
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumWidth(360);
    setMinimumWidth(480);
    layout->setSpacing(10);
    layout->setContentsMargins(18, 18, 18, 18);
    m_username = new QLineEdit(this);
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_remember = new QCheckBox(this);
    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_server, &QComboBox::currentTextChanged, this, &LoginDialog::updateButton);
    retranslate();
    updateButton();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in — Kepler Console"));
    m_heading->setText(tr("Sign in to the Kepler open platform"));
    m_serverLabel->setText(tr("&Server"));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setToolTip(tr("Address of the platform service, e.g. https://kepler.example.com"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Keeps your sign-in in the system keychain, never in a plain file"));
    m_signIn->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
    m_cancel->setText(tr("Cancel"));
}

void LoginDialog::setServerProfiles(const QStringList &urls, const QString &current)
{
    m_server->clear();
    m_server->addItems(urls);
    m_server->setCurrentText(current);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setNotice(const QString &text)
{
    if (text.isEmpty())
        m_messageBar->clear();
    else
        m_messageBar->showMessage(MessageBar::Kind::Information, text);
}

void LoginDialog::lockIdentity(bool locked)
{
    m_locked = locked;
    m_server->setEnabled(!locked);
    m_username->setReadOnly(locked);
    if (locked)
        m_password->setFocus();
}

QUrl LoginDialog::serverUrl() const
{
    QString text = m_server->currentText().trimmed();
    if (!text.isEmpty() && !text.contains(u"://"_qs))
        text.prepend(u"http://"_qs);
    return QUrl::fromUserInput(text);
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

bool LoginDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void LoginDialog::updateButton()
{
    m_signIn->setEnabled(!m_busy && !username().isEmpty() && !m_password->text().isEmpty()
        && serverUrl().isValid() && !m_server->currentText().trimmed().isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    for (QWidget *w : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
             static_cast<QWidget *>(m_remember)})
        w->setEnabled(!busy);
    // Re-login after expiry must stay on the same server: the open pages' edits belong to it.
    m_server->setEnabled(!busy && !m_locked);
    updateButton();
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    const QUrl url = serverUrl();
    if (!url.isValid() || url.host().isEmpty()) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error, tr("Enter the server address, e.g. http://127.0.0.1:8470."));
        return;
    }
    m_session->setBaseUrl(url);
    auto *job = new CreateSessionJob(m_session, username(), m_password->text());
    connect(job, &CreateSessionJob::finished, this, [this](const LoginResult &result) {
        m_result = result;
        setBusy(false);
        m_password->clear();
        accept();
    });
    connect(job, &CreateSessionJob::failed, this, &LoginDialog::onFailed);
    m_messageBar->clear();
    setBusy(true);
    if (!job->start())
        setBusy(false);
}

void LoginDialog::onFailed(const ApiError &error)
{
    setBusy(false);
    m_messageBar->showMessage(MessageBar::Kind::Error, error.message());
    // Keep what was typed; select the password so a retype replaces it.
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Kepler
