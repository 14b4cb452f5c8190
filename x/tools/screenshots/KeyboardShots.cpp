#include "KeyboardShots.h"

#include "PlatformProcess.h"
#include "ShotSupport.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/KeyboardCommands.h"
#include "app/MainWindow.h"
#include "app/ThemeManager.h"
#include "models/PartnerDirectoryModel.h"
#include "models/PartnerListModel.h"
#include "widgets/CommandPalette.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"
#include "widgets/ShortcutsDialog.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTextStream>

namespace Kepler {
namespace {

// The window with a top-level popup of its painted where it sits, as a person sees them together.
QPixmap composite(QWidget *window, QWidget *popup)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    const QPoint at = popup->geometry().topLeft() - window->geometry().topLeft();
    // A soft shadow, as a compositing window manager would draw one.
    for (int i = 1; i <= 8; ++i)
        painter.fillRect(QRect(at, popup->size()).adjusted(-i, -i + 3, i, i + 3), QColor(0, 0, 0, 6));
    painter.drawPixmap(at, popup->grab());
    return shot;
}

} // namespace

bool shootKeyboard(const QString &outDir, const QString &lang, const QString &settingsFile)
{
    Test::PlatformProcess platform;
    if (!platform.start({u"--demo"_qs})) {
        QTextStream(stderr) << platform.errorString() << Qt::endl;
        return false;
    }
    QNetworkAccessManager nam;
    ApiSession session(&nam);
    signInAs(session, platform.url(), u"operator"_qs);

    ThemeManager theme;
    theme.apply(ThemeManager::Mode::Light);
    ConsoleSettings settings(settingsFile);
    // A day's use: the palette puts these first.
    settings.setValue(ConsoleSettings::Key::PaletteRecent,
        QStringList {u"page:reviews"_qs, u"action:exportPartners"_qs, u"page:pricing"_qs});
    MainWindow window(&session, &settings);
    window.setDemoMode(true);
    window.resize(1360, 820);
    window.show();
    PartnersPage *page = window.partnersPage();
    page->reload();
    waitUntil([&] { return page->model()->rowCount() > 10 && page->editor()->original().id > 0; });
    bool ok = true;

    // The palette with a query that finds a page, commands and partners at once.
    KeyboardCommands *keyboard = window.keyboard();
    keyboard->openPalette();
    waitUntil([&] { return page->directory()->isLoaded(); });
    // Typed as a person would: letters as keys, Chinese committed by the input method.
    if (lang == u"en") {
        QTest::keyClicks(keyboard->palette()->searchField(), u"pa"_qs);
    } else {
        QInputMethodEvent typed;
        typed.setCommitString(u"合作"_qs);
        QApplication::sendEvent(keyboard->palette()->searchField(), &typed);
    }
    waitUntil([] { return false; }, 300);
    ok = saveShot(composite(&window, keyboard->palette()), outDir, u"palette"_qs, lang) && ok;
    keyboard->palette()->close();

    keyboard->openShortcuts();
    waitUntil([] { return false; }, 300);
    ok = saveShot(keyboard->shortcutsDialog()->grab(), outDir, u"shortcuts"_qs, lang) && ok;
    keyboard->shortcutsDialog()->close();

    // The dark theme, switched at run time on the same window.
    theme.apply(ThemeManager::Mode::Dark);
    page->table()->setFocus();
    waitUntil([] { return false; }, 300);
    ok = saveShot(window.grab(), outDir, u"dark-partners"_qs, lang) && ok;
    keyboard->openPalette();
    waitUntil([] { return false; }, 300);
    ok = saveShot(composite(&window, keyboard->palette()), outDir, u"dark-palette"_qs, lang) && ok;
    keyboard->palette()->close();
    theme.apply(ThemeManager::Mode::Light);
    return ok;
}

} // namespace Kepler
