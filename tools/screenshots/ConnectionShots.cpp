#include "ConnectionShots.h"

#include "HttpClient.h"
#include "PlatformProcess.h"
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

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTextStream>
#include <QToolButton>

namespace Kepler {
namespace {

template<typename Pred> bool waitUntil(Pred done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return done();
}

bool save(QWidget *window, const QString &outDir, const QString &name, const QString &lang)
{
    waitUntil([] { return false; }, 300);
    const QString path = QDir(outDir).filePath(name + u'-' + lang + u".png"_qs);
    const bool ok = window->grab().save(path);
    QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
    return ok;
}

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
    Test::HttpClient http(platform.url());
    http.login(u"operator"_qs, u"kepler-demo"_qs);
    QNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(platform.url());
    session.setToken(http.token());
    if (const auto me
        = StaffUser::fromJson(http.get(u"/api/v1/sessions/current"_qs).object().value(u"user"_qs).toObject()))
        session.setCurrentUser(*me);

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
    waitUntil([&] { return page->model()->rowCount() > 10 && page->editor()->original().id > 0; });

    // The platform stops (a restart, an upgrade): the bar appears by itself. An operator was
    // changing a contact and pressed Save meanwhile: the save fails, the edit stays, Try again.
    if (!platform.stop())
        return false;
    waitUntil([&] { return bar->isVisible() && !bar->monitor()->isReachable(); });
    PartnerEditor *editor = page->editor();
    if (auto *contact = editor->findChild<QLineEdit *>(u"contactName"_qs)) {
        contact->setText(lang == u"en" ? u"Li Na"_qs : u"李娜"_qs);
        if (auto *saveButton = editor->findChild<QPushButton *>(u"save"_qs))
            saveButton->click();
        waitUntil([&] {
            return editor->messageBar()->isVisible()
                && editor->messageBar()->kind() == MessageBar::Kind::Error
                && hasVisibleAction(editor->messageBar());
        });
    }
    bool ok = save(&window, outDir, u"connection-lost"_qs, lang);

    // Back on the same data and port: the bar says so and goes away by itself a little later.
    if (!platform.start({u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return false;
    }
    waitUntil([&] { return bar->monitor()->isReachable() && bar->kind() == MessageBar::Kind::Positive; });
    ok = save(&window, outDir, u"connection-restored"_qs, lang) && ok;
    editor->setPartner(editor->original()); // leave without unsaved edits
    return ok;
}

} // namespace Kepler
