#pragma once

#include "api/LoginResult.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <memory>

namespace Kepler {

class ApiSession;
class ConsoleSettings;
class CredentialStore;
class DemoLauncher;
class DemoTraffic;
class LanguageManager;
class ThemeManager;
class LoginDialog;
class MainWindow;

// Start-up and sign-in flow: demo platform or a chosen server, remembered token from the
// keychain or the sign-in dialog, then the main window; sign-out and session expiry lead back
// to the dialog without closing the window (so nothing typed in a page is lost).
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QUrl server; // --server
        QString platformPath; // --platform, for --demo
        QString demoDataDir; // --demo-data
        int demoPartners = 0; // --demo-partners; 0: the platform's default (240)
        QString demoUser = u"operator"_qs;
        QString language; // --lang; empty = the saved choice or the system's
        QString page; // --page: "partners" or "users", the page shown first
    };

    explicit ConsoleController(const Options &options, QObject *parent = nullptr);
    ~ConsoleController() override;

    void start();
    // A second start with the same profile asked for this console: its window comes forward.
    void activate();
    MainWindow *mainWindow() const { return m_window.get(); }
    ApiSession *session() const { return m_session; }

    // The demo platform's data folder for these options.
    static QString demoDataDir(const Options &options);
    // What one running console stands for (see SingleInstance): the settings file it writes, or
    // for --demo the demo's data folder, whose database and traffic tally one console drives.
    static QString profileKeyFor(const Options &options);

Q_SIGNALS:
    void quitRequested(int exitCode);

private:
    void startDemo();
    void signInDemo(const QUrl &url);
    void tryRememberedToken();
    void showLogin(const QString &notice, bool relogin);
    void onSignedIn(const LoginResult &result, bool remember);
    void showMainWindow();
    void signOut();
    void onSessionExpired();
    void showSettings();
    // From Settings or the Console menu: applied at once and remembered.
    void applyLanguage(const QString &language);
    void applyTheme(const QString &theme);
    void fatal(const QString &message);
    QString profileKey() const;

    Options m_options;
    QNetworkAccessManager m_network;
    ApiSession *m_session;
    std::unique_ptr<ConsoleSettings> m_settings;
    LanguageManager *m_language;
    ThemeManager *m_theme;
    CredentialStore *m_credentials;
    DemoLauncher *m_demo = nullptr;
    DemoTraffic *m_traffic = nullptr; // kepler-traffic beside the demo platform
    std::unique_ptr<MainWindow> m_window;
    LoginDialog *m_login = nullptr;
};

} // namespace Kepler
