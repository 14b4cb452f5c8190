#include "ConsoleController.h"

#include "ConsoleSettings.h"
#include "DemoLauncher.h"
#include "DemoTraffic.h"
#include "KeyboardCommands.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ThemeManager.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/CreateSessionJob.h"
#include "api/CredentialStore.h"
#include "api/DeleteSessionJob.h"
#include "api/GetCurrentSessionJob.h"
#include "api/SessionInfo.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/LoginDialog.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/SettingsDialog.h"
#include "widgets/UsersPage.h"
#include "widgets/dashboards/AvailabilityPage.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

Q_LOGGING_CATEGORY(lcController, "kepler.app")

namespace Kepler {

ConsoleController::ConsoleController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new ApiSession(&m_network, this))
    , m_settings(std::make_unique<ConsoleSettings>())
    , m_language(new LanguageManager(this))
    , m_theme(new ThemeManager(this))
    , m_credentials(new CredentialStore(this))
{
    const QString language = options.language.isEmpty()
        ? m_settings->value(ConsoleSettings::Key::Language).toString()
        : options.language;
    m_language->apply(language);
    // Before any window shows: the sign-in dialog is already in the chosen theme.
    m_theme->apply(ThemeManager::modeFromString(m_settings->value(ConsoleSettings::Key::Theme).toString()));
    connect(m_session, &ApiSession::sessionExpired, this, &ConsoleController::onSessionExpired);
    connect(m_credentials, &CredentialStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        if (m_window)
            m_window->setKeychainNotice(
                sessionOnly ? tr("No system keychain: sign-in is kept for this session only") : QString());
    });
}

ConsoleController::~ConsoleController()
{
    m_window.reset();
    if (m_traffic)
        m_traffic->stop(); // before the platform, so its last answers still arrive
    if (m_demo)
        m_demo->stop();
}

QString ConsoleController::profileKey() const
{
    return m_settings->value(ConsoleSettings::Key::LastUsername).toString() + u'@'
        + m_session->baseUrl().toString(QUrl::RemoveUserInfo);
}

QString ConsoleController::demoDataDir(const Options &options)
{
    QString dataDir = options.demoDataDir.isEmpty() ? DemoLauncher::defaultDataDir() : options.demoDataDir;
    // The seed fills only an empty database: another count gets its own folder, or it would not show.
    if (options.demoDataDir.isEmpty() && options.demoPartners > 0)
        dataDir += u"-%1"_qs.arg(options.demoPartners);
    return dataDir;
}

QString ConsoleController::profileKeyFor(const Options &options)
{
    if (options.demo)
        return u"demo:"_qs + QDir(demoDataDir(options)).absolutePath();
    return u"settings:"_qs + ConsoleSettings().store()->fileName();
}

void ConsoleController::activate()
{
    // A dialog in front (sign-in, demo start, a question) is what the user has to answer first.
    QWidget *target = QApplication::activeModalWidget();
    if (!target)
        target = m_window ? static_cast<QWidget *>(m_window.get()) : static_cast<QWidget *>(m_login);
    if (!target)
        return; // still starting: the window shows by itself in a moment
    if (target->isMinimized())
        target->showNormal();
    target->show();
    target->raise();
    target->activateWindow();
}

void ConsoleController::start()
{
    if (m_options.demo) {
        startDemo();
        return;
    }
    const QUrl server = m_options.server.isValid() && !m_options.server.isEmpty()
        ? m_options.server
        : QUrl(m_settings->value(ConsoleSettings::Key::LastServer).toString());
    m_session->setBaseUrl(server);
    if (!server.isEmpty() && m_settings->value(ConsoleSettings::Key::RememberMe).toBool()
        && !m_settings->value(ConsoleSettings::Key::LastUsername).toString().isEmpty()) {
        tryRememberedToken();
        return;
    }
    showLogin(QString(), false);
}

void ConsoleController::startDemo()
{
    m_demo = new DemoLauncher(this);
    QPointer<QProgressDialog> progress
        = new QProgressDialog(tr("Starting the demo platform…"), QString(), 0, 0);
    progress->setWindowTitle(tr("Demo")); // Qt adds " — Kepler Console"
    progress->setMinimumDuration(300); // a warm start is quicker than that: no flash
    const auto dismiss = [progress] {
        if (progress) {
            progress->hide();
            progress->deleteLater();
        }
    };
    const QString dataDir = demoDataDir(m_options);
    connect(m_demo, &DemoLauncher::ready, this, [this, dismiss, dataDir](const QUrl &url) {
        dismiss();
        signInDemo(url);
        m_traffic = new DemoTraffic(this);
        connect(m_traffic, &DemoTraffic::historyProgressed, this, [this, quarter = -1](int percent) mutable {
            if (!m_window)
                return;
            m_window->setDemoHistoryProgress(percent);
            if (quarter >= 0 && percent / 25 != quarter)
                m_window->refreshCurrentPage(); // a dashboard in view shows the days written so far
            quarter = percent / 25;
        });
        connect(m_traffic, &DemoTraffic::historyFilled, this, [this] {
            if (!m_window)
                return;
            m_window->setDemoHistoryProgress(-1);
            m_window->refreshCurrentPage(); // the dashboards drew a partial history
        });
        m_traffic->start(DemoTraffic::findTraffic(), url, dataDir);
    });
    connect(m_demo, &DemoLauncher::failed, this, [this, dismiss](const QString &reason) {
        dismiss();
        if (!m_window)
            fatal(reason);
        else
            m_window->setKeychainNotice(reason);
    });
    m_demo->start(DemoLauncher::findPlatform(m_options.platformPath), dataDir, m_options.demoPartners);
}

void ConsoleController::signInDemo(const QUrl &url)
{
    m_session->setBaseUrl(url);
    // The demo accounts' password is public and only valid in demo mode.
    auto *job = new CreateSessionJob(m_session, m_options.demoUser, u"kepler-demo"_qs);
    connect(job, &CreateSessionJob::finished, this, [this](const LoginResult &result) {
        m_credentials->setSessionOnly(); // never keep a demo token in the keychain
        onSignedIn(result, false);
    });
    connect(job, &CreateSessionJob::failed, this, [this](const ApiError &error) {
        fatal(tr("Could not sign in to the demo platform: %1").arg(error.message()));
    });
    job->start();
}

void ConsoleController::tryRememberedToken()
{
    // These connections live only until the keychain answers once; the constructor's own
    // connections to the store stay untouched.
    auto *once = new QObject(this);
    const auto fallBack = [this](const QString &notice) {
        showLogin(notice, false);
    };
    connect(m_credentials, &CredentialStore::tokenLoaded, once,
        [this, once, fallBack](const QString &, const QString &token) {
            once->deleteLater();
            m_session->setToken(token);
            auto *job = new GetCurrentSessionJob(m_session);
            connect(job, &GetCurrentSessionJob::finished, this, [this](const SessionInfo &info) {
                m_session->setCurrentUser(info.user);
                showMainWindow();
            });
            connect(job, &GetCurrentSessionJob::failed, this, [this, fallBack](const ApiError &error) {
                m_session->clear();
                fallBack(error.httpStatus == 401 ? tr("Your saved sign-in has ended. Please sign in again.")
                                                 : error.message());
            });
            job->start();
        });
    connect(m_credentials, &CredentialStore::tokenMissing, once, [once, fallBack] {
        once->deleteLater();
        fallBack(QString());
    });
    connect(
        m_credentials, &CredentialStore::failed, once, [once, fallBack](const QString &, const QString &) {
            once->deleteLater();
            fallBack(
                tr("The system keychain did not answer; your sign-in will be kept for this session only."));
        });
    m_credentials->loadToken(profileKey());
}

void ConsoleController::showLogin(const QString &notice, bool relogin)
{
    if (m_login) {
        m_login->setNotice(notice);
        m_login->lockIdentity(relogin);
        m_login->raise();
        return;
    }
    m_login = new LoginDialog(m_session, m_window.get());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    QStringList servers = m_settings->value(ConsoleSettings::Key::ServerProfiles).toStringList();
    QString current = m_session->baseUrl().toString();
    if (current.isEmpty())
        current = servers.value(0, u"http://127.0.0.1:8470"_qs);
    m_login->setServerProfiles(servers, current);
    m_login->setUsername(relogin ? m_session->currentUser().username
                                 : m_settings->value(ConsoleSettings::Key::LastUsername).toString());
    m_login->setRememberMe(m_settings->value(ConsoleSettings::Key::RememberMe).toBool());
    m_login->lockIdentity(relogin);
    m_login->setNotice(notice);
    connect(m_login, &QDialog::accepted, this, [this] {
        const bool remember = m_login->rememberMe();
        if (!m_options.demo) { // the demo's random port is no server to come back to
            m_settings->rememberServer(m_login->serverUrl().toString());
            m_settings->setValue(ConsoleSettings::Key::LastUsername, m_login->username());
            m_settings->setValue(ConsoleSettings::Key::RememberMe, remember);
        }
        onSignedIn(m_login->loginResult(), remember);
    });
    connect(m_login, &QDialog::rejected, this, [this, relogin] {
        if (!m_window) {
            Q_EMIT quitRequested(0);
        } else if (relogin) {
            // Requests that waited for this sign-in fail now (with words); the edits stay.
            m_session->abandonSignIn();
            // Signed out but still looking at unsaved work: leave a way back in.
            m_window->showSignedOutNotice([this] { showLogin(QString(), true); });
        }
    });
    connect(m_login, &QObject::destroyed, this, [this] { m_login = nullptr; });
    m_login->open();
}

void ConsoleController::onSignedIn(const LoginResult &result, bool remember)
{
    m_session->setToken(result.token);
    m_session->setCurrentUser(result.user);
    if (remember)
        m_credentials->saveToken(profileKey(), result.token);
    else if (!m_options.demo)
        m_credentials->removeToken(profileKey());
    showMainWindow();
}

void ConsoleController::showMainWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
        m_window->setDemoMode(m_options.demo);
        connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleController::signOut,
            Qt::QueuedConnection);
        connect(m_window.get(), &MainWindow::settingsRequested, this, &ConsoleController::showSettings);
        KeyboardCommands *keyboard = m_window->keyboard();
        keyboard->setCurrentLanguage(m_language->current());
        keyboard->setCurrentTheme(m_settings->value(ConsoleSettings::Key::Theme).toString());
        connect(keyboard, &KeyboardCommands::languageRequested, this, &ConsoleController::applyLanguage);
        connect(keyboard, &KeyboardCommands::themeRequested, this, &ConsoleController::applyTheme);
        connect(m_window.get(), &MainWindow::closed, this, [this] { Q_EMIT quitRequested(0); });
        m_window->partnersPage()->reload();
        m_window->show();
        if (m_options.page == u"users")
            m_window->showPage(m_window->usersPage());
        else if (m_options.page == u"audit")
            m_window->showPage(m_window->auditPage());
        else if (m_options.page == u"reviews")
            m_window->showPage(m_window->reviewsPage());
        else if (m_options.page == u"pools")
            m_window->showPage(m_window->poolsPage());
        else if (m_options.page == u"pricing")
            m_window->showPage(m_window->pricingPage());
        else if (m_options.page == u"catalog")
            m_window->showPage(m_window->catalogPage());
        else if (m_options.page == u"overview")
            m_window->showPage(m_window->overviewPage());
        else if (m_options.page == u"availability")
            m_window->showPage(m_window->availabilityPage());
        else if (m_options.page == u"orders")
            m_window->showPage(m_window->ordersPage());
    }
    if (m_credentials->isSessionOnly() && !m_options.demo)
        m_window->setKeychainNotice(tr("No system keychain: sign-in is kept for this session only"));
}

void ConsoleController::signOut()
{
    if (!m_window || !m_window->confirmDiscardEdits())
        return;
    auto *job = new DeleteSessionJob(m_session);
    job->start(); // best effort: the token is forgotten here whatever the server says
    m_credentials->removeToken(profileKey());
    m_session->clear();
    // Deleted later: this runs from the window's own menu action.
    m_window.release()->deleteLater();
    showLogin(tr("You have signed out."), false);
}

void ConsoleController::onSessionExpired()
{
    if (!m_window)
        return; // start-up: whoever asked shows the sign-in dialog with its own words
    if (m_options.demo) {
        signInDemo(m_session->baseUrl());
        return;
    }
    showLogin(tr("Your session has ended. Sign in again to carry on; your unsaved edits are kept."), true);
}

void ConsoleController::showSettings()
{
    SettingsDialog dialog(m_window.get());
    dialog.setLanguage(m_language->current());
    dialog.setTheme(m_settings->value(ConsoleSettings::Key::Theme).toString());
    connect(&dialog, &SettingsDialog::languageChosen, this, &ConsoleController::applyLanguage);
    connect(&dialog, &SettingsDialog::themeChosen, this, &ConsoleController::applyTheme);
    dialog.exec();
}

void ConsoleController::applyLanguage(const QString &language)
{
    m_language->apply(language);
    m_settings->setValue(ConsoleSettings::Key::Language, language);
    if (m_window)
        m_window->keyboard()->setCurrentLanguage(language);
}

void ConsoleController::applyTheme(const QString &theme)
{
    m_theme->apply(ThemeManager::modeFromString(theme));
    m_settings->setValue(ConsoleSettings::Key::Theme, ThemeManager::modeToString(m_theme->mode()));
    if (m_window)
        m_window->keyboard()->setCurrentTheme(ThemeManager::modeToString(m_theme->mode()));
}

void ConsoleController::fatal(const QString &message)
{
    qCCritical(lcController) << message;
    QMessageBox::critical(nullptr, tr("Kepler Console"), message);
    Q_EMIT quitRequested(1);
}

} // namespace Kepler
