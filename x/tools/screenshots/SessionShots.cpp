#include "SessionShots.h"
#include "ShotSupport.h"

#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "api/CreateSessionJob.h"
#include "api/LoginResult.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "app/ThemeManager.h"
#include "models/SessionListModel.h"
#include "widgets/SessionsDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTextStream>

namespace Kepler {
namespace {

// A sign-in from another client: its own User-Agent, as the session list shows it.
void signInAs(const QUrl &url, const QByteArray &userAgent)
{
    Test::HttpClient client(url);
    client.request("POST", u"/api/v1/sessions"_qs,
        QJsonObject {{u"username"_qs, u"operator"_qs}, {u"password"_qs, u"kepler-demo"_qs}},
        {{"User-Agent", userAgent}});
}

} // namespace

bool shootSessions(const QString &outDir, const QString &lang, const QString &settingsFile)
{
    Test::PlatformProcess platform;
    if (!platform.start({u"--demo"_qs, u"--demo-partners"_qs, u"20"_qs})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return false;
    }
    // Yesterday's console on another desk, a script and a browser; then this console, signed in the
    // way the console signs in (its own User-Agent).
    signInAs(platform.url(), "kepler-console/0.1");
    signInAs(platform.url(), "curl/7.88.1");
    signInAs(platform.url(), "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0");
    QNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(platform.url());
    bool signedIn = false;
    auto *job = new CreateSessionJob(&session, u"operator"_qs, u"kepler-demo"_qs);
    QObject::connect(job, &CreateSessionJob::finished, [&](const LoginResult &result) {
        session.setToken(result.token);
        session.setCurrentUser(result.user);
        signedIn = true;
    });
    job->start();
    if (!waitUntil([&] { return signedIn; }))
        return false;

    ThemeManager theme;
    theme.apply(ThemeManager::Mode::Light);
    ConsoleSettings settings(settingsFile);
    MainWindow window(&session, &settings);
    window.setDemoMode(true);
    window.resize(1360, 820);
    window.show();
    window.showSessions();
    SessionsDialog *dialog = window.sessionsDialog();
    if (!waitUntil([&] { return dialog->model()->hasLoaded() && dialog->model()->rowCount() == 4; }))
        return false;
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        if (dialog->model()->sessionAt(row).userAgent.startsWith(u"kepler-console"_qs)
            && !dialog->model()->sessionAt(row).current)
            dialog->table()->setCurrentIndex(dialog->model()->index(row, 0));
    }
    dialog->resize(900, 380);
    dialog->table()->setFocus();
    waitUntil([] { return false; }, 300);
    const QString path = QDir(outDir).filePath(u"sessions-"_qs + lang + u".png"_qs);
    const bool ok = dialog->grab().save(path);
    QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
    return ok;
}

} // namespace Kepler
