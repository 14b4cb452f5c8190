// The console as a screen-reader and keyboard user meets it, offscreen, against a real
// kepler-platform --demo: every control that takes focus on every page (and in the palette, the
// shortcut help, Settings and Go to partner) has an accessible name; the command palette runs
// pages, actions and partners from the keyboard; the shortcut help lists the keys the window
// really has; the dark theme applies at run time. The wizards and dialogs, opened from the pages
// as a user opens them: named controls, Tab reaches every enabled one without getting stuck,
// Escape closes, Enter does what the dialog's default says.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/KeyboardCommands.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/ThemeManager.h"
#include "domain/PartnerAction.h"
#include "domain/ReviewItem.h"
#include "domain/ReviewReason.h"
#include "models/AuditListModel.h"
#include "models/CatalogSkuModel.h"
#include "models/CommandPaletteModel.h"
#include "models/PartnerColumns.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "models/ReviewQueueModel.h"
#include "models/SessionListModel.h"
#include "models/UserListModel.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/CategoryPickerDialog.h"
#include "widgets/CommandPalette.h"
#include "widgets/GoToPartnerDialog.h"
#include "widgets/LoginDialog.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnerKeysPanel.h"
#include "widgets/PartnersPage.h"
#include "widgets/PoolEditor.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/ReviewDecisionDialog.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/SessionsDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/UsersPage.h"
#include "widgets/dashboards/AvailabilityPage.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProxyStyle>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signedInSession;

namespace {

// Runs the event loop until `done` holds or the time is up; the caller decides what a timeout means.
template<typename Pred> bool waitFor(Pred done, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return done();
}

QString describe(const QWidget *w)
{
    // "QToolButton 'refresh' in PartnersPage > QWidget": enough to find it in the code.
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += u" '"_qs + w->objectName() + u'\'';
    if (!w->toolTip().isEmpty())
        text += u" tooltip=\""_qs + w->toolTip().left(40) + u'"';
    QStringList chain;
    for (const QWidget *p = w->parentWidget(); p && chain.size() < 4; p = p->parentWidget())
        chain << QString::fromLatin1(p->metaObject()->className())
                + (p->objectName().isEmpty() ? QString() : u"#"_qs + p->objectName());
    return text + u" in "_qs + chain.join(u" < "_qs);
}

// Visible widgets that take the keyboard focus but whose accessible name (what AT-SPI reads:
// the accessible name, a button's text, a buddy label's text) is empty. Each widget once.
QStringList unnamedFocusable(QWidget *root)
{
    static QSet<const QWidget *> reported;
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->focusProxy() || w->isWindow())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if ((iface && !iface->text(QAccessible::Name).trimmed().isEmpty()) || reported.contains(w))
            continue;
        reported.insert(w);
        missing << describe(w);
    }
    return missing;
}

// Tab from control to control through a window: every press must move the focus (a text box that
// takes the Tab, or a table that walks its cells, traps a keyboard user), and every enabled control
// must be reached before the focus comes round again.
QStringList tabProblems(QWidget *window)
{
    QList<QWidget *> expected;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && w->window() == window)
            expected << w;
    }
    QStringList problems;
    if (expected.isEmpty())
        return problems;
    QWidget *first = QApplication::focusWidget();
    if (!first || first->window() != window) {
        expected.first()->setFocus(Qt::TabFocusReason);
        first = QApplication::focusWidget();
    }
    if (!first)
        return {u"nothing takes the keyboard focus"_qs};
    QSet<QWidget *> reached;
    for (int i = 0; i < 2 * expected.size() + 4; ++i) {
        QWidget *before = QApplication::focusWidget();
        if (!before || before->window() != window) {
            problems << u"Tab left the window"_qs;
            break;
        }
        reached.insert(before);
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        if (after == before) {
            // What comes next in the focus chain, to see why Tab found nothing to go to.
            QStringList chain;
            for (QWidget *n = before->nextInFocusChain(); n && n != before && chain.size() < 12;
                 n = n->nextInFocusChain())
                chain << QString::fromLatin1(n->metaObject()->className()) + u'#' + n->objectName()
                        + (n->isVisible() ? u""_qs : u"(hidden)"_qs)
                        + ((n->focusPolicy() & Qt::TabFocus) ? u"(tab)"_qs : u""_qs);
            QStringList eligible; // what Qt's own walk would accept (visible to the window, enabled)
            for (QWidget *n = before->nextInFocusChain(); n && n != before; n = n->nextInFocusChain())
                if ((n->focusPolicy() & Qt::TabFocus) && n->isVisibleTo(window) && n->isEnabled())
                    eligible << QString::fromLatin1(n->metaObject()->className()) + u'#' + n->objectName();
            problems << u"Tab stays in "_qs + describe(before) + u"; next: "_qs + chain.join(u", "_qs)
                    + u"; eligible: "_qs + eligible.join(u", "_qs) + u"; window focus: "_qs
                    + (window->focusWidget() ? describe(window->focusWidget()) : u"none"_qs);
            break;
        }
        if (after == first)
            break;
    }
    for (QWidget *w : std::as_const(expected)) {
        if (!reached.contains(w))
            problems << u"Tab never reaches "_qs + describe(w);
    }
    return problems;
}

// Opens a dialog the way the window does (`open` may block in exec()), and once it is up checks it:
// accessible names, Tab, then `more` (Enter and the like), then Escape must close it.
void walkDialog(const QString &name, const std::function<void()> &open, QStringList *problems,
    const std::function<void(QWidget *)> &more = {}, QWidget *mainWindow = nullptr)
{
    bool handled = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        if (!dialog) {
            QWidget *active = QApplication::activeWindow();
            if (active && active != mainWindow && qobject_cast<QDialog *>(active))
                dialog = active;
        }
        if (handled || !dialog)
            return;
        handled = true;
        poll.stop();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            *problems << name + u": never becomes the active window"_qs;
        waitFor([] { return false; }, 300); // its first answers (lists, previews)
        for (const QString &m : unnamedFocusable(dialog))
            *problems << name + u": no accessible name: "_qs + m;
        for (const QString &m : tabProblems(dialog))
            *problems << name + u": "_qs + m;
        if (more)
            more(dialog);
        if (dialog && dialog->isVisible()) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus && focus->window() == dialog ? focus : dialog.data(), Qt::Key_Escape);
            if (!waitFor([&] { return !dialog || !dialog->isVisible(); }, 3000)) {
                *problems << name + u": Escape does not close it"_qs;
                if (auto *d = qobject_cast<QDialog *>(dialog.data()))
                    d->done(QDialog::Rejected);
            }
        }
    });
    poll.start();
    open();
    if (!waitFor([&] { return handled; }, 10000))
        *problems << name + u": did not open"_qs;
    poll.stop();
}

} // namespace

class TestKeyboardAccess : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    ApiSession *m_session = nullptr;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void waitForPage(QWidget *page)
    {
        // Each page shows its controls once its first answer is in; a page that stays empty is
        // still checked (its empty state has controls too).
        MainWindow *w = m_window.get();
        if (page == w->partnersPage())
            waitFor([&] { return w->partnersPage()->model()->rowCount() > 0; });
        else if (page == w->usersPage())
            waitFor([&] { return w->usersPage()->model()->rowCount() > 0; });
        else if (page == w->auditPage())
            waitFor([&] { return w->auditPage()->model()->rowCount() > 0; });
        else if (page == w->reviewsPage())
            waitFor([&] { return w->reviewsPage()->model()->rowCount() > 0; });
        else if (page == w->poolsPage())
            waitFor([&] { return w->poolsPage()->model()->rowCount() > 0; });
        else if (page == w->pricingPage())
            waitFor([&] { return w->pricingPage()->model()->rowCount() > 0; });
        else if (page == w->catalogPage())
            waitFor([&] { return w->catalogPage()->model()->rowCount() > 0; });
        waitFor([] { return false; }, 300); // the detail panels fill from the selection
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toLocal8Bit());
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_session = signedInSession(m_platform.url(), u"admin"_qs, &m_network, this);
        QVERIFY(m_session);
        m_settings = std::make_unique<ConsoleSettings>(m_home.filePath(u"console.ini"_qs));
        m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
        m_window->resize(1360, 820);
        m_window->show();
        m_window->partnersPage()->reload();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void shortcutHelpListsTheWindowsRealKeys()
    {
        MainWindow *w = m_window.get();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        w->partnersPage()->table()->setFocus(); // keys go where the user was, not to a closed palette
        QTest::keyClick(w->partnersPage()->table(), Qt::Key_F1);
        ShortcutsDialog *dialog = w->keyboard()->shortcutsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Every visible action with a shortcut in the window appears, with that shortcut.
        QStringList shown;
        for (int g = 0; g < dialog->tree()->topLevelItemCount(); ++g)
            for (int i = 0; i < dialog->tree()->topLevelItem(g)->childCount(); ++i)
                shown << dialog->tree()->topLevelItem(g)->child(i)->text(1);
        int actions = 0;
        for (QAction *a : w->findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || !a->isVisible() || a->text().isEmpty())
                continue;
            ++actions;
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(
                std::any_of(shown.cbegin(), shown.cend(), [&](const QString &s) { return s.contains(key); }),
                qPrintable(key + u" (" + a->text() + u") missing"));
        }
        QVERIFY(actions >= 15);
        // Buttons' own shortcuts too (Ctrl+N: new partner).
        const QString newKey = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
        QVERIFY2(shown.contains(newKey), qPrintable(shown.join(u", "_qs)));

        // Searchable by what it does and by the key.
        const int all = dialog->visibleCount();
        QTest::keyClicks(dialog->searchField(), u"ctrl+k"_qs);
        QCOMPARE(dialog->visibleCount(), 1);
        dialog->searchField()->clear();
        QTest::keyClicks(dialog->searchField(), u"audit"_qs);
        QVERIFY(dialog->visibleCount() >= 1);
        QVERIFY(dialog->visibleCount() < all);
        dialog->close();

        // Ctrl+/ opens it as well.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        w->partnersPage()->table()->setFocus();
        QTest::keyClick(w->partnersPage()->table(), Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
    }

    void everyFocusableControlHasAnAccessibleName()
    {
        MainWindow *w = m_window.get();
        const QList<QWidget *> pages {w->partnersPage(), w->usersPage(), w->auditPage(), w->reviewsPage(),
            w->poolsPage(), w->pricingPage(), w->catalogPage(), w->overviewPage(), w->availabilityPage(),
            w->ordersPage()};
        QStringList missing;
        for (QWidget *page : pages) {
            w->showPage(page);
            QVERIFY2(page->isVisible(), qPrintable(w->pageTitle(page)));
            waitForPage(page);
            for (const QString &m : unnamedFocusable(w))
                missing << w->pageTitle(page) + u": "_qs + m;
        }

        // The dialogs a keyboard user reaches from the window.
        SettingsDialog settings(w);
        settings.show();
        for (const QString &m : unnamedFocusable(&settings))
            missing << u"Settings: "_qs + m;
        settings.close();
        w->keyboard()->openPalette();
        for (const QString &m : unnamedFocusable(w->keyboard()->palette()))
            missing << u"Command palette: "_qs + m;
        w->keyboard()->palette()->close();
        w->keyboard()->openShortcuts();
        for (const QString &m : unnamedFocusable(w->keyboard()->shortcutsDialog()))
            missing << u"Keyboard shortcuts: "_qs + m;
        w->keyboard()->shortcutsDialog()->close();
        GoToPartnerDialog goTo(w->partnersPage()->directory(), w);
        goTo.show();
        for (const QString &m : unnamedFocusable(&goTo))
            missing << u"Go to partner: "_qs + m;
        goTo.close();

        // One line each (a failure message would be cut short), then the verdict.
        for (const QString &m : std::as_const(missing))
            qWarning().noquote() << "no accessible name:" << m;
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                u"%1 focusable control(s) without an accessible name (listed above)"_qs.arg(missing.size())));
    }

    void wizardsAndDialogsWorkFromTheKeyboard()
    {
        MainWindow *w = m_window.get();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QStringList problems;
        const auto walk = [&](const QString &name, const std::function<void()> &open,
                              const std::function<void(QWidget *)> &more = {}) {
            walkDialog(name, open, &problems, more, w);
            w->activateWindow();
            if (!QTest::qWaitForWindowActive(w))
                problems << name + u": the window does not get the focus back"_qs;
        };

        // The sign-in dialog: Enter in the password field signs in.
        walk(
            u"Sign in"_qs,
            [&] {
                auto *login = new LoginDialog(m_session, w);
                login->setAttribute(Qt::WA_DeleteOnClose);
                login->setServerProfiles({}, m_platform.url().toString());
                login->setUsername(u"admin"_qs);
                login->open();
            },
            [&](QWidget *dialog) {
                auto *login = static_cast<LoginDialog *>(dialog);
                bool accepted = false; // it deletes itself on close: watch the signal, not the object
                QObject::connect(login, &QDialog::accepted, [&accepted] { accepted = true; });
                login->passwordField()->setFocus();
                QTest::keyClicks(login->passwordField(), u"kepler-demo"_qs);
                QTest::keyClick(login->passwordField(), Qt::Key_Return);
                if (!waitFor([&] { return accepted; }))
                    problems << u"Sign in: Enter in the password field does not sign in"_qs;
            });
        SettingsDialog settings(w);
        walk(u"Settings"_qs, [&] { settings.open(); });
        walk(u"Keyboard shortcuts"_qs, [&] { w->keyboard()->openShortcuts(); });

        // Signed-in sessions, from the Console menu: Enter closes (nothing is ended by it).
        walk(
            u"Signed-in sessions"_qs, [&] { w->findChild<QAction *>(u"action:sessions"_qs)->trigger(); },
            [&](QWidget *dialog) {
                auto *sessions = static_cast<SessionsDialog *>(dialog);
                waitFor([&] { return sessions->model()->hasLoaded(); });
                QTest::keyClick(sessions->table(), Qt::Key_Return);
                if (!waitFor([&] { return !sessions->isVisible(); }, 3000))
                    problems << u"Signed-in sessions: Enter does not close it"_qs;
            });

        // The partners page's dialogs and wizards.
        PartnersPage *partners = w->partnersPage();
        w->showPage(partners);
        waitForPage(partners);
        walk(u"Go to partner"_qs, [&] { partners->goToPartner(); });
        // Its button box's focus proxy once was a hidden button, and Tab stayed on "Choose file…".
        walk(u"Import partners"_qs, [&] { partners->openImportWizard(); });
        partners->table()->selectRow(0);
        partners->table()->selectionModel()->select(
            partners->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        walk(u"Bulk action"_qs, [&] { partners->openBulkWizard(); });
        partners->table()->setCurrentIndex(partners->model()->index(0, 0));
        waitFor([&] { return partners->editor()->original().id != 0; });
        walk(u"Lifecycle reason"_qs,
            [&] { Q_EMIT partners->editor()->actionRequested(PartnerAction::Suspend); });
        walk(
            u"New partner key"_qs,
            [&] {
                auto *issue = partners->keysPanel()->findChild<QPushButton *>(u"issueKey"_qs);
                if (issue && issue->isEnabled())
                    issue->click();
            },
            [](QWidget *dialog) {
                // Copied first: Escape on a secret nobody copied asks before dropping it
                // (tst_language_switch).
                if (auto *copy = dialog->findChild<QPushButton *>(u"copySecret"_qs))
                    copy->click();
            });

        // Pools: the category picker the pool editor asks for.
        w->showPage(w->poolsPage());
        waitForPage(w->poolsPage());
        walk(u"Choose categories"_qs, [&] { Q_EMIT w->poolsPage()->editor()->categoriesRequested(); });

        // Pricing: activating a rule shows its impact first.
        w->showPage(w->pricingPage());
        waitForPage(w->pricingPage());
        walk(u"Pricing impact"_qs, [&] {
            if (!w->pricingPage()->changeStatus(true))
                w->pricingPage()->changeStatus(false);
        });

        // Reviews: the decision dialog, as the detail panel opens it.
        walk(u"Review decision"_qs, [&] {
            auto *decision = new ReviewDecisionDialog(
                ReviewItemKind::PartnerApplication, ReviewDecision::Reject, u"Demo partner"_qs, w);
            decision->setAttribute(Qt::WA_DeleteOnClose);
            decision->open();
        });

        for (const QString &m : std::as_const(problems))
            qWarning().noquote() << "keyboard:" << m;
        QVERIFY2(problems.isEmpty(),
            qPrintable(u"%1 keyboard problem(s) in the dialogs (listed above)"_qs.arg(problems.size())));
    }

    void tabLeavesEveryPagesTables()
    {
        // A table that walks its cells on Tab (QTableView's default) traps a keyboard user on a page
        // of 200 partners: Tab must go on to the next control, the arrows move inside the table.
        MainWindow *w = m_window.get();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        const QList<QWidget *> pages {w->partnersPage(), w->usersPage(), w->auditPage(), w->reviewsPage(),
            w->poolsPage(), w->pricingPage(), w->catalogPage(), w->overviewPage(), w->availabilityPage(),
            w->ordersPage()};
        QStringList problems;
        int checked = 0;
        for (QWidget *page : pages) {
            w->showPage(page);
            waitForPage(page);
            if (page == w->reviewsPage())
                w->reviewsPage()->setWorkloadVisible(true); // its reviewers' table too
            waitFor([] { return false; }, 300);
            for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
                QAbstractItemModel *model = view->model();
                if (!view->isVisible() || !view->isEnabled() || !(view->focusPolicy() & Qt::TabFocus)
                    || !model || model->rowCount(view->rootIndex()) < 2)
                    continue;
                ++checked;
                const QString name = w->pageTitle(page) + u": "_qs + describe(view);
                view->setFocus(Qt::TabFocusReason);
                if (!waitFor([&] { return view->hasFocus(); }, 2000)) {
                    problems << name + u": does not take the focus"_qs;
                    continue;
                }
                view->setCurrentIndex(model->index(0, 0, view->rootIndex()));
                QTest::keyClick(view, Qt::Key_Down);
                if (view->currentIndex().row() != 1)
                    problems << name + u": Down does not move to the next row"_qs;
                QTest::keyClick(view, Qt::Key_Tab);
                QWidget *after = QApplication::focusWidget();
                if (after == view || view->isAncestorOf(after))
                    problems << name + u": Tab stays in the table (walks its cells)"_qs;
            }
        }
        w->reviewsPage()->setWorkloadVisible(false);
        for (const QString &m : std::as_const(problems))
            qWarning().noquote() << "keyboard:" << m;
        // The dashboards' tables are empty without traffic; the other pages' 11 are checked.
        QVERIFY2(checked >= 11, qPrintable(u"only %1 tables checked"_qs.arg(checked)));
        QVERIFY2(
            problems.isEmpty(), qPrintable(u"%1 table(s) trap Tab (listed above)"_qs.arg(problems.size())));
    }

    void paletteRunsPagesActionsAndPartners()
    {
        MainWindow *w = m_window.get();
        w->showPage(w->partnersPage());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = w->keyboard()->palette();
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(palette));
        QTRY_COMPARE(QApplication::focusWidget(), palette->searchField());

        // A page, typed in English: Enter goes there.
        QTest::keyClicks(palette->searchField(), u"audit"_qs);
        QCOMPARE(
            palette->list()->currentIndex().data(CommandPaletteModel::KeyRole).toString(), u"page:audit"_qs);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_VERIFY(w->auditPage()->isVisible());

        // Recently used first; Esc closes without running anything.
        w->keyboard()->openPalette();
        QCOMPARE(
            palette->list()->currentIndex().data(CommandPaletteModel::KeyRole).toString(), u"page:audit"_qs);
        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QCOMPARE(
            m_settings->value(ConsoleSettings::Key::PaletteRecent).toStringList().value(0), u"page:audit"_qs);

        // A page's own command (the Partners menu's Export) and a button with a shortcut are offered.
        const QList<PaletteCommand> commands = w->keyboard()->commands();
        QStringList keys;
        for (const PaletteCommand &c : commands)
            keys << c.key;
        for (const QString &key : {u"page:partners"_qs, u"page:users"_qs, u"action:settings"_qs,
                 u"action:signOut"_qs, u"action:language:zh_CN"_qs, u"action:theme:dark"_qs})
            QVERIFY2(keys.contains(key), qPrintable(key + u" not in "_qs + keys.join(u", "_qs)));
        QVERIFY(!keys.contains(u"action:palette"_qs)); // the palette does not offer itself

        // A partner by name, from the directory the console holds: Enter opens it on its page.
        PartnerDirectoryModel *directory = w->partnersPage()->directory();
        w->keyboard()->openPalette();
        QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 15000);
        const Partner wanted = directory->partnerAt(directory->rowCount() / 2);
        // Chinese comes from an input method as committed text, not as key presses.
        QInputMethodEvent typed;
        typed.setCommitString(wanted.name);
        QApplication::sendEvent(palette->searchField(), &typed);
        QModelIndex found;
        QTRY_VERIFY((found = palette->list()->currentIndex()).isValid());
        // Down to the partner row (pages and actions whose names match come first).
        for (int i = 0; i < 10 && found.data(CommandPaletteModel::PartnerIdRole).toLongLong() != wanted.id;
             ++i) {
            QTest::keyClick(palette->searchField(), Qt::Key_Down);
            found = palette->list()->currentIndex();
        }
        QCOMPARE(found.data(CommandPaletteModel::PartnerIdRole).toLongLong(), wanted.id);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(w->partnersPage()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(w->partnersPage()->editor()->original().id, wanted.id, 15000);
    }

    void keyboardFocusIsDrawnOnStatusPills()
    {
        // The status column paints its own pills: the style's focus frame must still show around
        // the current cell once the keyboard moved there, in the light and the dark palette.
        MainWindow *w = m_window.get();
        w->showPage(w->partnersPage());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTableView *table = w->partnersPage()->table();
        QTRY_VERIFY(table->model()->rowCount() > 2);
        const QModelIndex cell = table->model()->index(1, int(PartnerColumn::Status));
        table->setCurrentIndex(cell);
        ThemeManager theme;
        for (const auto mode : {ThemeManager::Mode::Light, ThemeManager::Mode::Dark}) {
            theme.apply(mode);
            const QRect rect = table->visualRect(cell);
            w->partnersPage()->searchField()->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(!table->hasFocus());
            const QImage unfocused = table->viewport()->grab(rect).toImage();
            table->setFocus(Qt::TabFocusReason); // as Tab does: the window now shows keyboard focus
            QTRY_VERIFY(table->hasFocus());
            const QImage focused = table->viewport()->grab(rect).toImage();
            // The frame is on the cell's edge, outside the pill.
            int changedEdgePixels = 0;
            for (int x = 0; x < focused.width(); ++x)
                for (int y : {0, 1, focused.height() - 2, focused.height() - 1})
                    changedEdgePixels += focused.pixel(x, y) != unfocused.pixel(x, y) ? 1 : 0;
            QVERIFY2(changedEdgePixels > focused.width() / 2,
                qPrintable(u"%1 of %2 edge pixels change with focus"_qs.arg(changedEdgePixels)
                               .arg(focused.width() * 4)));
        }
        theme.apply(ThemeManager::Mode::Light);
    }

    void qtsOwnDialogsFollowTheLanguage()
    {
        // Qt's standard buttons and dialogs come from qtbase_zh_CN.qm (qt6-translations-l10n),
        // switched at run time like the console's own strings.
        QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), u"Close"_qs);
        LanguageManager language;
        language.apply(u"zh_CN"_qs);
        QCoreApplication::processEvents();
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), u"关闭"_qs);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"取消"_qs);
        QMessageBox question(
            QMessageBox::Question, u"t"_qs, u"t"_qs, QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(question.button(QMessageBox::Discard)->text(), u"丢弃"_qs);
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        QStringList labels;
        for (const QLabel *label : files.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(u"查找范围："_qs), qPrintable(labels.join(u" | "_qs)));
        language.apply(u"en"_qs);
        QCoreApplication::processEvents();
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), u"Close"_qs);
    }

    void darkThemeAppliesAtRunTime()
    {
        ThemeManager theme;
        theme.apply(ThemeManager::Mode::Dark);
        QVERIFY(theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        // Fusion, through the console's proxy that outlines check boxes (app/OutlinedFusionStyle).
        const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QCOMPARE((proxy ? proxy->baseStyle() : QApplication::style())->name().toLower(), u"fusion"_qs);
        // The window's widgets follow without a restart.
        QTRY_VERIFY(m_window->partnersPage()->table()->palette().color(QPalette::Base).lightness() < 80);
        theme.apply(ThemeManager::Mode::Light);
        QVERIFY(!theme.isDark());
        QTRY_VERIFY(m_window->partnersPage()->table()->palette().color(QPalette::Base).lightness() > 200);

        // "System" without a desktop portal: the GTK theme decides.
        QVERIFY(ThemeManager::themeNameIsDark(u"Adwaita-dark"_qs));
        QVERIFY(ThemeManager::themeNameIsDark(u"Breeze-Dark"_qs));
        QVERIFY(!ThemeManager::themeNameIsDark(u"Adwaita"_qs));
        QCOMPARE(ThemeManager::portalSchemeIsDark(1), std::optional<bool>(true));
        QCOMPARE(ThemeManager::portalSchemeIsDark(2), std::optional<bool>(false));
        QCOMPARE(ThemeManager::portalSchemeIsDark(0), std::optional<bool>());
        QTemporaryDir config;
        qunsetenv("GTK_THEME");
        QCOMPARE(ThemeManager::gtkPrefersDark(config.path()), std::optional<bool>());
        QDir(config.path()).mkpath(u"gtk-3.0"_qs);
        QFile ini(config.filePath(u"gtk-3.0/settings.ini"_qs));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[Settings]\ngtk-theme-name=Yaru-dark\n");
        ini.close();
        QCOMPARE(ThemeManager::gtkPrefersDark(config.path()), std::optional<bool>(true));
        qputenv("GTK_THEME", "Adwaita");
        QCOMPARE(ThemeManager::gtkPrefersDark(config.path()), std::optional<bool>(false));
        qunsetenv("GTK_THEME");
    }
};

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboard_access.moc"
