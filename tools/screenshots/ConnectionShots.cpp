#include "ConnectionShots.h"

#include "PlatformProcess.h"
#include "ShotSupport.h"
#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "app/ThemeManager.h"
#include "models/PartnerListModel.h"
#include "widgets/ConnectionBar.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTextStream>
#include <QToolButton>

namespace Kepler {
namespace {

bool hasVisibleAction(MessageBar *bar)
{
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->isVisible() && !b->text().isEmpty())
            return true;
    return false;
}

} // namespace

bool shootConnection(const QString &outDir, const QString &lang, const QString &settingsFile)
{
    Test::PlatformProcess platform;
    if (!platform.start({u"--demo"_qs})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return false;
    }
    const int port = platform.url().port();
    QNetworkAccessManager nam;
    ApiSession session(&nam);
    signInAs(session, platform.url(), u"operator"_qs);

    ThemeManager theme;
    theme.apply(ThemeManager::Mode::Light);
    ConsoleSettings settings(settingsFile);
    MainWindow window(&session, &settings);
    window.setDemoMode(true);
    window.resize(1360, 820);
    window.show();
    auto *bar = window.findChild<ConnectionBar *>();
    if (!bar)
        return false;
    bar->monitor()->setIntervals(1000, 200); // the console's are 30 s and 2 s: same pictures, sooner
    PartnersPage *page = window.partnersPage();
    page->reload();
    waitUntil([&] { return page->model()->rowCount() > 10 && page->editor()->original().id > 0; }, 20000);

    // The platform stops (a restart, an upgrade): the bar appears by itself. An operator was
    // changing a contact and pressed Save meanwhile: the save fails, the edit stays, Try again.
    if (!platform.stop())
        return false;
    waitUntil([&] { return bar->isVisible() && !bar->monitor()->isReachable(); }, 20000);
    PartnerEditor *editor = page->editor();
    if (auto *contact = editor->findChild<QLineEdit *>(u"contactName"_qs)) {
        contact->setText(lang == u"en" ? u"Li Na"_qs : u"李娜"_qs);
        if (auto *saveButton = editor->findChild<QPushButton *>(u"save"_qs))
            saveButton->click();
        waitUntil(
            [&] {
                return editor->messageBar()->isVisible()
                    && editor->messageBar()->kind() == MessageBar::Kind::Error
                    && hasVisibleAction(editor->messageBar());
            },
            20000);
    }
    waitUntil([] { return false; }, 300);
    bool ok = saveShot(window.grab(), outDir, u"connection-lost"_qs, lang);

    // Back on the same data and port: the bar says so and goes away by itself a little later.
    if (!platform.start({u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return false;
    }
    waitUntil(
        [&] { return bar->monitor()->isReachable() && bar->kind() == MessageBar::Kind::Positive; }, 20000);
    waitUntil([] { return false; }, 300);
    ok = saveShot(window.grab(), outDir, u"connection-restored"_qs, lang) && ok;
    editor->setPartner(editor->original()); // leave without unsaved edits
    return ok;
}

} // namespace Kepler
