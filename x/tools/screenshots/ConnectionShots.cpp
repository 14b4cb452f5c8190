#include "ConnectionShots.h"

#include "PlatformProcess.h"
#include "ShotSupport.h"
#include "api/ApiJob.h"
#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"
#include "api/UpdatePartnerJob.h"
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

#include <csignal>
#include <sys/types.h>

namespace Kepler {
namespace {

bool hasVisibleAction(MessageBar *bar)
{
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->isVisible() && !b->text().isEmpty())
            return true;
    return false;
}

// A save whose answer is lost: the platform paused (SIGSTOP) with the PATCH in its socket, so the
// console times out while the service carries the save out after SIGCONT. Then a real conflict
// (someone else saved first), at 1440×900 and at the window's minimum size: the long warning wraps
// over the panel's width, its buttons below it.
bool shootLostAnswer(MainWindow &window, Test::PlatformProcess &platform, ApiSession &session,
    const QString &outDir, const QString &lang)
{
    window.resize(1440, 900);
    PartnerEditor *editor = window.partnersPage()->editor();
    MessageBar *messages = editor->messageBar();
    auto *bar = window.findChild<ConnectionBar *>();
    auto *name = editor->findChild<QLineEdit *>(u"name"_qs);
    auto *saveButton = editor->findChild<QPushButton *>(u"save"_qs);
    const qint64 pid = platform.process().processId();
    if (!bar || !name || !saveButton || pid <= 0)
        return false;
    session.setJobTimeoutMs(4000); // the console's is 15 s: same pictures, sooner
    name->setText(name->text() + (lang == u"en" ? u" Plus"_qs : u"·新版"_qs));
    ::kill(pid_t(pid), SIGSTOP);
    saveButton->click();
    waitUntil([&] { return messages->isVisible() && messages->kind() == MessageBar::Kind::Warning; }, 20000);
    waitUntil([&] { return !bar->monitor()->isReachable(); }, 20000);
    waitUntil([] { return false; }, 300);
    bool ok = saveShot(window.grab(), outDir, u"save-unconfirmed"_qs, lang);
    ::kill(pid_t(pid), SIGCONT);
    waitUntil([&] { return !editor->isDirty() && messages->kind() == MessageBar::Kind::Positive; }, 30000);
    waitUntil([] { return false; }, 300);
    ok = saveShot(window.grab(), outDir, u"save-confirmed"_qs, lang) && ok;
    session.setJobTimeoutMs(ApiJob::DefaultTimeoutMs);

    // Someone else changes the phone number while this operator edits the English name.
    Partner theirs = editor->original();
    theirs.contact.phone = u"+86 10 6552 0000"_qs;
    bool theySaved = false;
    auto *other = new UpdatePartnerJob(&session, editor->original(), theirs);
    QObject::connect(other, &UpdatePartnerJob::finished, [&theySaved] { theySaved = true; });
    other->start();
    waitUntil([&] { return theySaved; }, 20000);
    if (auto *nameEn = editor->findChild<QLineEdit *>(u"nameEn"_qs))
        nameEn->setText(nameEn->text() + u" Plus"_qs);
    saveButton->click();
    waitUntil([&] { return messages->isVisible() && messages->kind() == MessageBar::Kind::Warning; }, 20000);
    waitUntil([] { return false; }, 300);
    ok = saveShot(window.grab(), outDir, u"save-conflict"_qs, lang) && ok;
    window.resize(window.minimumSizeHint().expandedTo(window.minimumSize()));
    waitUntil([] { return false; }, 300);
    ok = saveShot(window.grab(), outDir, u"save-conflict-min"_qs, lang) && ok;
    editor->setPartner(editor->original()); // leave without unsaved edits
    return ok;
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
    return shootLostAnswer(window, platform, session, outDir, lang) && ok;
}

} // namespace Kepler
