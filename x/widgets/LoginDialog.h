#pragma once

#include "api/LoginResult.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kepler {

class ApiError;
class ApiSession;
class MessageBar;

// Sign-in: server (remembered profiles), user name, password, "remember me". Signs in through
// the real API and stays open, with everything typed kept, until that succeeds.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ApiSession *session, QWidget *parent = nullptr);

    void setServerProfiles(const QStringList &urls, const QString &current);
    void setUsername(const QString &username);
    void setRememberMe(bool remember);
    // Shown above the form, e.g. "Your session has ended" or "no keychain".
    void setNotice(const QString &text);
    // For re-login after expiry: the server and user are fixed, only the password is asked.
    void lockIdentity(bool locked);

    QUrl serverUrl() const;
    QString username() const;
    bool rememberMe() const;
    LoginResult loginResult() const { return m_result; }

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *usernameField() const { return m_username; }
    QPushButton *signInButton() const { return m_signIn; }
    MessageBar *messageBar() const { return m_messageBar; }

public Q_SLOTS:
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void onFailed(const ApiError &error);
    void updateButton();

    ApiSession *m_session;
    LoginResult m_result;
    bool m_busy = false;
    bool m_locked = false;
    QLabel *m_heading = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QComboBox *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Kepler
