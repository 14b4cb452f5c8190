#pragma once

#include "api/ApiSession.h"
#include "widgets/LoginDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

namespace Kepler::Test {

// Signs `user` (demo password) in through the console's own sign-in dialog, as the console does at
// start and when a session ended, and puts the token and the user into `session` (its requests then
// carry the console's User-Agent). A failure is recorded by QtTest like any check in a helper.
inline void signInThroughDialog(ApiSession *session, const QUrl &server, const QString &user)
{
    LoginDialog dialog(session);
    dialog.setServerProfiles({}, server.toString());
    dialog.setUsername(user);
    dialog.show();
    QTest::keyClicks(dialog.passwordField(), QStringLiteral("kepler-demo"));
    QTRY_VERIFY(dialog.signInButton()->isEnabled());
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
    session->setCurrentUser(dialog.loginResult().user);
    session->setToken(dialog.loginResult().token);
}

} // namespace Kepler::Test
