#include "MainWindow.h"

#include "ConsoleSettings.h"
#include "KeyboardCommands.h"
#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"
#include "models/SessionListModel.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/ConnectionBar.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/SessionsDialog.h"
#include "widgets/ShortcutCatalog.h"
#include "widgets/UsersPage.h"
#include "widgets/dashboards/AvailabilityPage.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Kepler {

MainWindow::MainWindow(ApiSession *session, ConsoleSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBar(central);
    layout->addWidget(m_banner);
    // Says when the platform stops answering (a restart) and when it is back; then the page in
    // view shows what the platform holds now, not what it held before the outage.
    auto *connectionBar = new ConnectionBar(session, central);
    layout->addWidget(connectionBar);
    connect(connectionBar->monitor(), &ConnectionMonitor::connectionRestored, this,
        &MainWindow::refreshCurrentPage);
    auto *body = new QHBoxLayout;
    m_navigation = new QListWidget(central);
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(u"QListWidget::item { padding: 8px 10px; }"_qs);
    m_pages = new QStackedWidget(central);
    m_partners = new PartnersPage(session, m_pages);
    m_users = new UsersPage(session, m_pages);
    m_audit = new AuditLogPage(session, m_pages);
    m_reviews = new ReviewQueuePage(session, m_pages);
    m_pools = new PoolsPage(session, m_pages);
    m_pricing = new PricingPage(session, m_pages);
    m_catalog = new CatalogPage(session, m_pages);
    m_overview = new OverviewPage(session, m_pages);
    m_availability = new AvailabilityPage(session, m_pages);
    m_orders = new OrdersPage(session, m_pages);
    // Each dashboard reopens with the time range and auto refresh it was left with.
    m_overview->setSettings(settings->store());
    m_availability->setSettings(settings->store());
    m_orders->setSettings(settings->store());
    // Each navigation row holds its page's index in the stack (managers see the dashboards first).
    for (QWidget *page : {static_cast<QWidget *>(m_partners), static_cast<QWidget *>(m_users),
             static_cast<QWidget *>(m_audit), static_cast<QWidget *>(m_reviews),
             static_cast<QWidget *>(m_pools), static_cast<QWidget *>(m_pricing),
             static_cast<QWidget *>(m_catalog), static_cast<QWidget *>(m_overview),
             static_cast<QWidget *>(m_availability), static_cast<QWidget *>(m_orders)}) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, m_pages->addWidget(page));
    }
    for (DashboardPage *dashboard : {static_cast<DashboardPage *>(m_overview),
             static_cast<DashboardPage *>(m_availability), static_cast<DashboardPage *>(m_orders)})
        connect(dashboard, &DashboardPage::partnerRequested, this, &MainWindow::openPartner);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_pages->setCurrentIndex(item->data(Qt::UserRole).toInt());
        // Once the start page is chosen, the page in view is where this account's next sign-in starts.
        if (!m_startedFor.isEmpty())
            m_settings->setLastPage(m_startedFor, pageKey(m_pages->currentWidget()));
    });
    m_navigation->setCurrentRow(0);

    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_keychainLabel = new QLabel(this);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_keychainLabel);
    m_demoHistoryLabel = new QLabel(this);
    m_demoHistoryLabel->setObjectName(u"demoHistoryProgress"_qs);
    m_demoHistoryLabel->hide();
    statusBar()->addPermanentWidget(m_demoHistoryLabel);
    connect(m_session, &ApiSession::currentUserChanged, this, &MainWindow::updateIdentity);
    connect(m_reviews, &ReviewQueuePage::waitingCountChanged, this, [this](int waiting) {
        m_reviewsWaiting = waiting;
        updateReviewsLabel();
    });

    buildMenus();
    retranslate();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

bool MainWindow::confirmDiscardEdits()
{
    PartnerEditor *editor = m_partners->editor();
    if (!editor->isDirty())
        return true;
    showPage(m_partners);
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Your changes to %1 are not saved. Discard them?").arg(editor->edited().name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::showSignedOutNotice(std::function<void()> signIn)
{
    m_banner->showMessage(MessageBar::Kind::Warning,
        tr("You are signed out. Your unsaved edits are still here; sign in to save them."));
    m_banner->addAction(tr("Sign in"), [this, signIn] {
        m_banner->clear();
        signIn();
    });
}

void MainWindow::showSessions(qint64 userId, const QString &username)
{
    if (!m_sessionsDialog)
        m_sessionsDialog = new SessionsDialog(m_session, this);
    m_sessionsDialog->showAccount(userId, username);
    m_sessionsDialog->show();
    m_sessionsDialog->raise();
    m_sessionsDialog->activateWindow();
}

void MainWindow::refreshCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_partners)
        m_partners->refreshFromServer();
    else if (page == m_users)
        m_users->reload();
    else if (page == m_audit)
        m_audit->reload();
    else if (page == m_reviews)
        m_reviews->reload();
    else if (page == m_pools)
        m_pools->reload();
    else if (page == m_pricing)
        m_pricing->reload();
    else if (page == m_catalog)
        m_catalog->reload();
    else if (auto *dashboard = qobject_cast<DashboardPage *>(page))
        dashboard->reload();
    if (m_sessionsDialog && m_sessionsDialog->isVisible())
        m_sessionsDialog->model()->reload();
}

void MainWindow::buildMenus()
{
    m_consoleMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_consoleMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    // QKeySequence::Preferences has no binding on most Linux desktops (only GNOME's theme and macOS
    // give one): fall back to Ctrl+, so the settings always have a key that F1 can list.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)} : preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_sessionsAction = m_consoleMenu->addAction(QString(), this, [this] { showSessions(); });
    m_signOutAction = m_consoleMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_consoleMenu->addSeparator();
    m_quitAction = m_consoleMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_goMenu = menuBar()->addMenu(QString());
    m_goPartners = m_goMenu->addAction(QString(), this, [this] { showPage(m_partners); });
    m_goPartners->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_goUsers = m_goMenu->addAction(QString(), this, [this] { showPage(m_users); });
    m_goUsers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_goAudit = m_goMenu->addAction(QString(), this, [this] { showPage(m_audit); });
    m_goAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_goReviews = m_goMenu->addAction(QString(), this, [this] { showPage(m_reviews); });
    m_goReviews->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_goPools = m_goMenu->addAction(QString(), this, [this] { showPage(m_pools); });
    m_goPools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_goPricing = m_goMenu->addAction(QString(), this, [this] { showPage(m_pricing); });
    m_goPricing->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_goCatalog = m_goMenu->addAction(QString(), this, [this] { showPage(m_catalog); });
    m_goCatalog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_goOverview = m_goMenu->addAction(QString(), this, [this] { showPage(m_overview); });
    m_goOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_goAvailability = m_goMenu->addAction(QString(), this, [this] { showPage(m_availability); });
    m_goAvailability->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_goOrders = m_goMenu->addAction(QString(), this, [this] { showPage(m_orders); });
    m_goOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_findAction = m_goMenu->addAction(QString(), this, [this] {
        showPage(m_partners);
        m_partners->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_goToPartnerAction = m_goMenu->addAction(QString(), this, [this] {
        showPage(m_partners);
        m_partners->goToPartner();
    });
    m_goToPartnerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    // Stable names: the command palette remembers what was used by them, in any language; the
    // "page:" ones are listed as pages.
    const QList<std::pair<QAction *, QString>> names {{m_settingsAction, u"action:settings"_qs},
        {m_signOutAction, u"action:signOut"_qs}, {m_sessionsAction, u"action:sessions"_qs},
        {m_quitAction, u"action:quit"_qs}, {m_goPartners, u"page:partners"_qs}, {m_goUsers, u"page:users"_qs},
        {m_goAudit, u"page:audit"_qs}, {m_goReviews, u"page:reviews"_qs}, {m_goPools, u"page:pools"_qs},
        {m_goPricing, u"page:pricing"_qs}, {m_goCatalog, u"page:catalog"_qs},
        {m_goOverview, u"page:overview"_qs}, {m_goAvailability, u"page:availability"_qs},
        {m_goOrders, u"page:orders"_qs}, {m_findAction, u"action:findPartner"_qs},
        {m_goToPartnerAction, u"action:goToPartner"_qs}};
    for (const auto &[action, name] : names)
        action->setObjectName(name);

    m_partnersMenu = menuBar()->addMenu(QString());
    for (QAction *a : m_partners->menuActions()) {
        if (a)
            m_partnersMenu->addAction(a);
        else
            m_partnersMenu->addSeparator();
    }
    // Shown only while the partners page is: its shortcuts work only there too.
    connect(m_pages, &QStackedWidget::currentChanged, this,
        [this] { m_partnersMenu->menuAction()->setVisible(m_pages->currentWidget() == m_partners); });

    connect(m_users, &UsersPage::sessionsRequested, this, &MainWindow::showSessions);

    connect(m_partners, &PartnersPage::auditRequested, this, [this](qint64 id) {
        showPage(m_audit);
        m_audit->showEntity(u"partner"_qs, QString::number(id));
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Kepler Console"),
            tr("<b>Kepler Console</b> %1<br>Operations console of the Kepler open platform "
               "(开普勒开放平台).<br>Built with Qt %2.")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    m_aboutAction->setObjectName(u"action:about"_qs);

    // Command palette, shortcut help, language and theme: the keyboard's way around the console.
    m_keyboard = new KeyboardCommands(this, m_settings);
    m_keyboard->install(m_consoleMenu, m_goMenu, m_helpMenu);
}

void MainWindow::retranslate()
{
    // Qt adds the application's display name (LanguageManager translates it): "Demo — Kepler
    // Console", not the name twice.
    setWindowTitle(m_demo ? tr("Demo") : QString());
    setDemoHistoryProgress(m_demoHistoryPercent);
    navItem(m_partners)->setText(tr("Partners"));
    navItem(m_users)->setText(tr("Staff accounts"));
    navItem(m_audit)->setText(tr("Audit log"));
    navItem(m_pools)->setText(tr("Pools"));
    navItem(m_pricing)->setText(tr("Pricing"));
    navItem(m_catalog)->setText(tr("Catalog"));
    navItem(m_overview)->setText(tr("Overview"));
    navItem(m_availability)->setText(tr("Availability"));
    navItem(m_orders)->setText(tr("Orders"));
    updateReviewsLabel();
    m_navigation->setAccessibleName(tr("Areas"));
    // The source text rides along, so the command palette also finds "Audit log" in Chinese.
    const auto text = [](QAction *action, const char *source) {
        action->setText(tr(source));
        ShortcutCatalog::setSourceText(action, source);
    };
    m_consoleMenu->setTitle(tr("&Console"));
    text(m_settingsAction, QT_TR_NOOP("&Settings…"));
    text(m_sessionsAction, QT_TR_NOOP("Signed-in s&essions…"));
    text(m_signOutAction, QT_TR_NOOP("Sign &out"));
    text(m_quitAction, QT_TR_NOOP("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    text(m_goPartners, QT_TR_NOOP("&Partners"));
    text(m_goUsers, QT_TR_NOOP("&Staff accounts"));
    text(m_goAudit, QT_TR_NOOP("&Audit log"));
    text(m_goReviews, QT_TR_NOOP("&Reviews"));
    text(m_goPools, QT_TR_NOOP("Product p&ools"));
    text(m_goPricing, QT_TR_NOOP("Pr&icing"));
    text(m_goCatalog, QT_TR_NOOP("&Catalog"));
    text(m_goOverview, QT_TR_NOOP("O&verview"));
    text(m_goAvailability, QT_TR_NOOP("Availa&bility"));
    text(m_goOrders, QT_TR_NOOP("Or&ders"));
    text(m_findAction, QT_TR_NOOP("&Find partner…"));
    text(m_goToPartnerAction, QT_TR_NOOP("&Go to partner…"));
    m_partnersMenu->setTitle(tr("P&artners"));
    m_helpMenu->setTitle(tr("&Help"));
    text(m_aboutAction, QT_TR_NOOP("&About Kepler Console"));
    if (m_demo)
        m_banner->showMessage(MessageBar::Kind::Warning,
            tr("Demo data: this console runs against a local demo platform with generated "
               "partners. Nothing here is real, and changes stay on this computer."));
    updateIdentity();
}

void MainWindow::updateIdentity()
{
    const StaffUser user = m_session->currentUser();
    // Another account (or none): nothing is remembered for anyone until its start page is chosen.
    const bool otherAccount = user.username != m_startedFor;
    if (otherAccount)
        m_startedFor.clear();
    QStringList roles;
    for (Role r : allRoles())
        if (user.roles.testFlag(r))
            roles << displayName(r);
    m_serverLabel->setText(tr("Server: %1").arg(m_session->serverName()));
    m_userLabel->setText(user.username.isEmpty()
            ? tr("Not signed in")
            : tr("Signed in as %1 (%2)")
                  .arg(user.displayName.isEmpty() ? user.username : user.displayName, roles.join(tr(", "))));
    const bool admin = user.roles.testFlag(Role::Admin);
    navItem(m_users)->setHidden(!admin);
    m_goUsers->setVisible(admin);
    // The audit log answers "who did this?": the managers' and admins' question.
    const bool auditor = admin || user.roles.testFlag(Role::Manager);
    navItem(m_audit)->setHidden(!auditor);
    m_goAudit->setVisible(auditor);
    if ((!admin && m_pages->currentWidget() == m_users) || (!auditor && m_pages->currentWidget() == m_audit))
        showPage(m_partners);
    // Every staff role sees the review queue (managers and operators read-only): start polling
    // it once someone is signed in, so the navigation can show how much waits.
    if (!user.username.isEmpty())
        m_reviews->activate();
    // Managers open the console for the dashboards: Overview, Availability and Orders come first and
    // Overview is where they start.
    const bool manager = user.roles.testFlag(Role::Manager);
    if (manager && !m_dashboardsFirst) {
        m_dashboardsFirst = true;
        for (QWidget *page : {static_cast<QWidget *>(m_orders), static_cast<QWidget *>(m_availability),
                 static_cast<QWidget *>(m_overview)})
            m_navigation->insertItem(0, m_navigation->takeItem(m_navigation->row(navItem(page))));
    }
    if (otherAccount && !user.username.isEmpty()) {
        // The first page after sign-in: the one this account was last on, else where its role works.
        QWidget *page = pageForKey(m_settings->lastPage(user.username));
        if (!page || !isPageAvailable(page))
            page = pageForKey(startPage(user.roles));
        m_startedFor = user.username;
        showPage(page);
        m_settings->setLastPage(m_startedFor, pageKey(m_pages->currentWidget()));
    }
}

QList<std::pair<QString, QWidget *>> MainWindow::pageKeys() const
{
    // The names --page and the palette's "page:" commands use too.
    return {{u"partners"_qs, m_partners}, {u"users"_qs, m_users}, {u"audit"_qs, m_audit},
        {u"reviews"_qs, m_reviews}, {u"pools"_qs, m_pools}, {u"pricing"_qs, m_pricing},
        {u"catalog"_qs, m_catalog}, {u"overview"_qs, m_overview}, {u"availability"_qs, m_availability},
        {u"orders"_qs, m_orders}};
}

QWidget *MainWindow::pageForKey(const QString &key) const
{
    for (const auto &[name, page] : pageKeys())
        if (name == key)
            return page;
    return nullptr;
}

QString MainWindow::pageKey(QWidget *page) const
{
    for (const auto &[name, p] : pageKeys())
        if (p == page)
            return name;
    return {};
}

void MainWindow::updateReviewsLabel()
{
    navItem(m_reviews)->setText(
        m_reviewsWaiting > 0 ? tr("Reviews (%1)").arg(m_reviewsWaiting) : tr("Reviews"));
    navItem(m_reviews)->setToolTip(m_reviewsWaiting >= 0
            ? tr("%n item(s) waiting for a decision", nullptr, m_reviewsWaiting)
            : QString());
}

void MainWindow::showPage(QWidget *page)
{
    QListWidgetItem *item = navItem(page);
    if (item && !item->isHidden())
        m_navigation->setCurrentItem(item);
}

QWidget *MainWindow::pageOf(const QObject *object) const
{
    for (; object; object = object->parent())
        if (object->parent() == m_pages && object->isWidgetType())
            return const_cast<QWidget *>(static_cast<const QWidget *>(object));
    return nullptr;
}

QString MainWindow::pageTitle(QWidget *page) const
{
    const QListWidgetItem *item = navItem(page);
    return item ? item->text() : QString();
}

bool MainWindow::isPageAvailable(QWidget *page) const
{
    const QListWidgetItem *item = navItem(page);
    return item && !item->isHidden();
}

QListWidgetItem *MainWindow::navItem(QWidget *page) const
{
    const int index = m_pages->indexOf(page);
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == index)
            return m_navigation->item(row);
    return nullptr;
}

void MainWindow::openPartner(qint64 id)
{
    // Drill-down from a dashboard: the partner's detail and timeline on the Partners page.
    if (id <= 0)
        return;
    showPage(m_partners);
    m_partners->openPartnerById(id);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    if (!demo)
        m_banner->clear();
    retranslate();
}

void MainWindow::setDemoHistoryProgress(int percent)
{
    m_demoHistoryPercent = percent;
    m_demoHistoryLabel->setVisible(percent >= 0);
    if (percent >= 0) {
        m_demoHistoryLabel->setText(tr("Writing the demo's 30-day history: %1 %").arg(percent));
        m_demoHistoryLabel->setToolTip(tr("The first start of demo mode sends 30 days of simulated partner "
                                          "calls to the platform. The dashboards fill in as it goes and "
                                          "reload when it is done; everything else works meanwhile."));
    }
}

void MainWindow::setKeychainNotice(const QString &notice)
{
    m_keychainLabel->setText(notice);
    m_keychainLabel->setToolTip(notice);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value(ConsoleSettings::Key::WindowGeometry).toByteArray()))
        resize(1360, 820); // first start: room for the table and the detail panel side by side
    restoreState(m_settings->value(ConsoleSettings::Key::WindowState).toByteArray());
    const QByteArray header = m_settings->value(ConsoleSettings::Key::PartnersHeader).toByteArray();
    if (!header.isEmpty())
        m_partners->table()->horizontalHeader()->restoreState(header);
    m_partners->splitter()->restoreState(
        m_settings->value(ConsoleSettings::Key::PartnersSplitter).toByteArray());
    for (const auto &[name, header] : rememberedHeaders()) {
        const QByteArray state = m_settings->tableHeader(name);
        if (!state.isEmpty())
            header->restoreState(state); // Qt refuses a state whose column count no longer fits
    }
}

QList<std::pair<QString, QHeaderView *>> MainWindow::rememberedHeaders() const
{
    // Users and Overview keep their one table to themselves; it is the only one on the page.
    const QList<std::pair<QString, QTableView *>> tables {
        {u"catalog"_qs, m_catalog->table()},
        {u"pools"_qs, m_pools->table()},
        {u"pricing"_qs, m_pricing->table()},
        {u"reviews"_qs, m_reviews->table()},
        {u"audit"_qs, m_audit->table()},
        {u"users"_qs, m_users->findChild<QTableView *>()},
        {u"overviewTop"_qs, m_overview->findChild<QTableView *>()},
        {u"availabilityPartners"_qs, m_availability->partnerTable()},
        {u"ordersTop"_qs, m_orders->topTable()},
        {u"ordersInvalid"_qs, m_orders->invalidTable()},
    };
    QList<std::pair<QString, QHeaderView *>> headers;
    for (const auto &[name, table] : tables) {
        if (table)
            headers.append({name, table->horizontalHeader()});
    }
    return headers;
}

void MainWindow::saveLayout()
{
    m_settings->setValue(ConsoleSettings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(ConsoleSettings::Key::WindowState, saveState());
    m_settings->setValue(
        ConsoleSettings::Key::PartnersHeader, m_partners->table()->horizontalHeader()->saveState());
    m_settings->setValue(ConsoleSettings::Key::PartnersSplitter, m_partners->splitter()->saveState());
    for (const auto &[name, header] : rememberedHeaders())
        m_settings->setTableHeader(name, header->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace Kepler
