#pragma once

#include <QMainWindow>

class QHeaderView;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace Kepler {

class ApiSession;
class AuditLogPage;
class AvailabilityPage;
class OrdersPage;
class OverviewPage;
class ConsoleSettings;
class KeyboardCommands;
class MessageBar;
class PartnersPage;
class PoolsPage;
class PricingPage;
class CatalogPage;
class ReviewQueuePage;
class SessionsDialog;
class UsersPage;

// The console's frame: navigation to the areas that work, the pages, and a status bar that
// always says which server and which account this window acts on.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ApiSession *session, ConsoleSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    void setKeychainNotice(const QString &notice);
    // Demo mode's first start: how much of the 30-day history is written (0–100); -1 hides it.
    void setDemoHistoryProgress(int percent);
    PartnersPage *partnersPage() const { return m_partners; }
    UsersPage *usersPage() const { return m_users; }
    AuditLogPage *auditPage() const { return m_audit; }
    ReviewQueuePage *reviewsPage() const { return m_reviews; }
    PoolsPage *poolsPage() const { return m_pools; }
    PricingPage *pricingPage() const { return m_pricing; }
    CatalogPage *catalogPage() const { return m_catalog; }
    OverviewPage *overviewPage() const { return m_overview; }
    AvailabilityPage *availabilityPage() const { return m_availability; }
    OrdersPage *ordersPage() const { return m_orders; }
    void showPage(QWidget *page);
    // The page (one of the stack's) that holds `object`, or null; its navigation text; whether the
    // signed-in role sees it.
    QWidget *pageOf(const QObject *object) const;
    QString pageTitle(QWidget *page) const;
    bool isPageAvailable(QWidget *page) const;
    // A page by its stable name ("partners", "reviews"… as --page takes them), and back.
    QWidget *pageForKey(const QString &key) const;
    QString pageKey(QWidget *page) const;
    KeyboardCommands *keyboard() const { return m_keyboard; }
    // Asks before unsaved partner edits are thrown away; true when there are none or the user agrees.
    bool confirmDiscardEdits();
    // After a cancelled re-login: says so and offers to sign in again.
    void showSignedOutNotice(std::function<void()> signIn);
    // "Signed-in sessions": the signed-in account's own (userId 0) or, for admins, that account's.
    void showSessions(qint64 userId = 0, const QString &username = {});
    SessionsDialog *sessionsDialog() const { return m_sessionsDialog; }
    // After the platform was away and answers again: the page in view fetches its data anew (an
    // edit in progress stays as typed).
    void refreshCurrentPage();

Q_SIGNALS:
    void signOutRequested();
    void settingsRequested();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateIdentity();
    void saveLayout();
    void restoreLayout();
    // The pages' tables whose headers are remembered, by their settings names.
    QList<std::pair<QString, QHeaderView *>> rememberedHeaders() const;
    void updateReviewsLabel();
    QListWidgetItem *navItem(QWidget *page) const;
    QList<std::pair<QString, QWidget *>> pageKeys() const;
    void openPartner(qint64 id);

    ApiSession *m_session;
    ConsoleSettings *m_settings;
    MessageBar *m_banner = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    PartnersPage *m_partners = nullptr;
    UsersPage *m_users = nullptr;
    AuditLogPage *m_audit = nullptr;
    ReviewQueuePage *m_reviews = nullptr;
    PoolsPage *m_pools = nullptr;
    PricingPage *m_pricing = nullptr;
    CatalogPage *m_catalog = nullptr;
    OverviewPage *m_overview = nullptr;
    AvailabilityPage *m_availability = nullptr;
    OrdersPage *m_orders = nullptr;
    bool m_dashboardsFirst = false;
    QString m_startedFor; // the account whose start page was chosen; "" while signed out
    int m_reviewsWaiting = -1; // for the navigation's badge; -1 until the queue answered
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QLabel *m_demoHistoryLabel = nullptr;
    int m_demoHistoryPercent = -1;
    bool m_demo = false;
    QMenu *m_consoleMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_partnersMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_sessionsAction = nullptr;
    SessionsDialog *m_sessionsDialog = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_goToPartnerAction = nullptr;
    QAction *m_goPartners = nullptr;
    QAction *m_goUsers = nullptr;
    QAction *m_goAudit = nullptr;
    QAction *m_goReviews = nullptr;
    QAction *m_goPools = nullptr;
    QAction *m_goPricing = nullptr;
    QAction *m_goCatalog = nullptr;
    QAction *m_goOverview = nullptr;
    QAction *m_goAvailability = nullptr;
    QAction *m_goOrders = nullptr;
    QAction *m_aboutAction = nullptr;
    KeyboardCommands *m_keyboard = nullptr;
};

} // namespace Kepler
