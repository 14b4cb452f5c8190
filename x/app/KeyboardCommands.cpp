#include "KeyboardCommands.h"

#include "ConsoleSettings.h"
#include "MainWindow.h"
#include "models/CommandPaletteModel.h"
#include "models/PartnerDirectoryModel.h"
#include "widgets/CommandPalette.h"
#include "widgets/PartnersPage.h"
#include "widgets/ShortcutCatalog.h"
#include "widgets/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>

namespace Kepler {

KeyboardCommands::KeyboardCommands(MainWindow *window, ConsoleSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_model(new CommandPaletteModel(this))
{
    m_model->setRecent(m_settings->value(ConsoleSettings::Key::PaletteRecent).toStringList());
    PartnerDirectoryModel *directory = m_window->partnersPage()->directory();
    m_model->setPartnerDirectory(directory);
    // Partners typed for before the directory arrived appear when it does.
    connect(directory, &PartnerDirectoryModel::loadFinished, m_model, &CommandPaletteModel::refresh);
    window->installEventFilter(this);
}

KeyboardCommands::~KeyboardCommands() = default;

void KeyboardCommands::install(QMenu *consoleMenu, QMenu *goMenu, QMenu *helpMenu)
{
    m_paletteAction = new QAction(m_window);
    m_paletteAction->setObjectName(u"action:palette"_qs);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, this, &KeyboardCommands::openPalette);
    goMenu->insertAction(goMenu->actions().value(0), m_paletteAction);
    goMenu->insertSeparator(goMenu->actions().value(1));

    m_shortcutsAction = new QAction(m_window);
    m_shortcutsAction->setObjectName(u"action:shortcuts"_qs);
    // F1 is help; Ctrl+/ and Ctrl+? are what web apps and editors use for the key list.
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash),
        QKeySequence(Qt::CTRL | Qt::Key_Question)});
    connect(m_shortcutsAction, &QAction::triggered, this, &KeyboardCommands::openShortcuts);
    helpMenu->insertAction(helpMenu->actions().value(0), m_shortcutsAction);

    // Console ▸ Language and Theme, after Settings: they apply at once, as in the Settings dialog.
    QAction *afterSettings = consoleMenu->actions().value(1);
    m_languageMenu = new QMenu(consoleMenu);
    m_languages = new QActionGroup(this);
    // Language names are in their own language, so anyone can find theirs.
    for (const auto &[code, name] : QList<std::pair<QString, QString>> {
             {QString(), QString()}, {u"en"_qs, u"English"_qs}, {u"zh_CN"_qs, u"简体中文"_qs}}) {
        QAction *a = m_languageMenu->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setObjectName(u"action:language:"_qs + (code.isEmpty() ? u"system"_qs : code));
        if (!name.isEmpty())
            ShortcutCatalog::setSourceText(a, code == u"en" ? "English" : "Chinese (简体中文)");
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { Q_EMIT languageRequested(code); });
    }
    m_themeMenu = new QMenu(consoleMenu);
    m_themes = new QActionGroup(this);
    for (const QString &theme : {u"system"_qs, u"light"_qs, u"dark"_qs}) {
        QAction *a = m_themeMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(theme);
        a->setObjectName(u"action:theme:"_qs + theme);
        m_themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme] { Q_EMIT themeRequested(theme); });
    }
    consoleMenu->insertMenu(afterSettings, m_languageMenu);
    consoleMenu->insertMenu(afterSettings, m_themeMenu);
    retranslate();
}

void KeyboardCommands::retranslate()
{
    const auto text = [](QAction *action, const char *source) {
        action->setText(tr(source));
        ShortcutCatalog::setSourceText(action, source);
    };
    text(m_paletteAction, QT_TR_NOOP("&Command palette…"));
    text(m_shortcutsAction, QT_TR_NOOP("&Keyboard shortcuts"));
    m_languageMenu->setTitle(tr("&Language"));
    ShortcutCatalog::setSourceText(m_languageMenu->menuAction(), "Language");
    text(m_languages->actions().at(0), QT_TR_NOOP("System default"));
    m_themeMenu->setTitle(tr("&Theme"));
    ShortcutCatalog::setSourceText(m_themeMenu->menuAction(), "Theme");
    text(m_themes->actions().at(0), QT_TR_NOOP("Follow the system"));
    text(m_themes->actions().at(1), QT_TR_NOOP("Light"));
    text(m_themes->actions().at(2), QT_TR_NOOP("Dark"));
}

bool KeyboardCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange && m_paletteAction)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void KeyboardCommands::setCurrentLanguage(const QString &language)
{
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
}

void KeyboardCommands::setCurrentTheme(const QString &theme)
{
    for (QAction *a : m_themes->actions())
        a->setChecked(a->data().toString() == theme);
}

void KeyboardCommands::addMenuCommands(QList<PaletteCommand> &out, QMenu *menu, const QString &menuTitle,
    const QString &prefix, const QString &englishPrefix)
{
    using ShortcutCatalog::plainText;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a == m_paletteAction)
            continue;
        if (QMenu *sub = a->menu()) {
            // "Language: English", "Theme: Dark": the submenu's name says what the choice is about.
            const QString source = ShortcutCatalog::sourceText(a);
            addMenuCommands(out, sub, menuTitle, prefix + plainText(sub->title()) + u": "_qs,
                source.isEmpty() ? QString() : englishPrefix + source + u": "_qs);
            continue;
        }
        if (!a->isVisible() || !a->isEnabled() || a->text().isEmpty())
            continue;
        PaletteCommand c;
        // Keys that stay the same in every language: "page:…"/"action:…" names as they are, other
        // names prefixed, else the English text.
        const QString source = ShortcutCatalog::sourceText(a);
        if (a->objectName().contains(u':'))
            c.key = a->objectName();
        else if (!a->objectName().isEmpty())
            c.key = u"action:"_qs + a->objectName();
        else
            c.key = u"action:"_qs + plainText(source.isEmpty() ? a->text() : source);
        c.kind = c.key.startsWith(u"page:") ? PaletteCommand::Kind::Page : PaletteCommand::Kind::Action;
        c.text = prefix + plainText(a->text());
        if (!source.isEmpty())
            c.englishText = englishPrefix + plainText(source);
        c.detail = c.kind == PaletteCommand::Kind::Page ? tr("Page") : menuTitle;
        c.shortcut = a->shortcut().toString(QKeySequence::NativeText);
        out.append(c);
        QPointer<QAction> action(a);
        m_runners.insert(c.key, [this, action] {
            if (!action)
                return;
            // A page's own command (Import, Export…) runs on its page, as its shortcut does.
            if (QWidget *page = m_window->pageOf(action))
                m_window->showPage(page);
            action->trigger();
        });
    }
}

QList<PaletteCommand> KeyboardCommands::commands()
{
    using ShortcutCatalog::plainText;
    m_runners.clear();
    QList<PaletteCommand> out;
    for (QAction *top : m_window->menuBar()->actions())
        if (QMenu *menu = top->menu())
            addMenuCommands(out, menu, plainText(menu->title()), QString(), QString());
    // Buttons with a shortcut of their own (New partner, Refresh) on the pages this role sees.
    for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
        if (b->shortcut().isEmpty() || b->shortcut() == QKeySequence::mnemonic(b->text()) || !b->isEnabled())
            continue;
        QWidget *page = m_window->pageOf(b);
        if (!page || !m_window->isPageAvailable(page) || !b->isVisibleTo(page))
            continue;
        QString text = plainText(b->text());
        if (text.isEmpty())
            text = b->accessibleName().isEmpty() ? plainText(b->toolTip()) : b->accessibleName();
        PaletteCommand c;
        // Named by the page and the key, which stay the same in every language (three pages have
        // their own Refresh on F5).
        c.key = u"button:"_qs + QString::fromLatin1(page->metaObject()->className()) + u'/'
            + b->shortcut().toString(QKeySequence::PortableText);
        if (m_runners.contains(c.key) || text.isEmpty())
            continue;
        c.text = text;
        c.detail = m_window->pageTitle(page);
        c.shortcut = b->shortcut().toString(QKeySequence::NativeText);
        out.append(c);
        QPointer<QAbstractButton> button(b);
        m_runners.insert(c.key, [this, button, page] {
            if (!button)
                return;
            m_window->showPage(page);
            button->click();
        });
    }
    return out;
}

void KeyboardCommands::run(const PaletteCommand &command)
{
    if (command.kind == PaletteCommand::Kind::Partner) {
        m_window->showPage(m_window->partnersPage());
        m_window->partnersPage()->openPartnerById(command.key.mid(8).toLongLong());
        return;
    }
    if (const auto runner = m_runners.value(command.key))
        runner();
}

QList<ShortcutEntry> KeyboardCommands::shortcuts() const
{
    QList<ShortcutEntry> entries = ShortcutCatalog::collect(m_window, [this](const QWidget *owner) {
        QWidget *page = m_window->pageOf(owner);
        return page ? m_window->pageTitle(page) : QString();
    });
    // Only what this role can reach: not the keys of a page it does not have (an operator has no
    // audit log), nor a page's button it is not shown (as the palette offers them).
    entries.removeIf([this](const ShortcutEntry &e) {
        QWidget *page = m_window->pageOf(e.source);
        if (!page)
            return false;
        if (!m_window->isPageAvailable(page))
            return true;
        const auto *button = qobject_cast<const QAbstractButton *>(e.source);
        return button && !button->isVisibleTo(page);
    });
    return entries;
}

void KeyboardCommands::openPalette()
{
    if (!m_palette) {
        m_palette = new CommandPalette(m_model, m_window);
        connect(m_palette, &CommandPalette::commandChosen, this, [this](const PaletteCommand &command) {
            m_settings->setValue(ConsoleSettings::Key::PaletteRecent, m_model->recent());
            // After the palette has closed, so a dialog the command opens gets the focus.
            QMetaObject::invokeMethod(
                this, [this, command] { run(command); }, Qt::QueuedConnection);
        });
    }
    m_model->setCommands(commands());
    PartnerDirectoryModel *directory = m_window->partnersPage()->directory();
    if (!directory->isLoaded() && !directory->isLoading())
        directory->load();
    m_palette->popup();
}

void KeyboardCommands::openShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog([this] { return shortcuts(); }, m_window);
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

} // namespace Kepler
