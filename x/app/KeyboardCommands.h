#pragma once

#include <QHash>
#include <QObject>
#include <functional>

class QAction;
class QActionGroup;
class QMenu;

namespace Kepler {

class CommandPalette;
class CommandPaletteModel;
class ConsoleSettings;
class MainWindow;
class ShortcutsDialog;
struct PaletteCommand;
struct ShortcutEntry;

// The main window's keyboard-first parts: the command palette (Ctrl+K) over its pages, actions
// and partners, the shortcut help (F1, Ctrl+/), and the Language and Theme menus. Both lists are
// read from the window's real actions when opened, so they follow roles, pages and language.
class KeyboardCommands : public QObject
{
    Q_OBJECT

public:
    KeyboardCommands(MainWindow *window, ConsoleSettings *settings);
    ~KeyboardCommands() override;

    // Adds the palette to the Go menu, Language and Theme to the Console menu, and the shortcut
    // help to the Help menu.
    void install(QMenu *consoleMenu, QMenu *goMenu, QMenu *helpMenu);

    // What the palette offers now (pages and actions; partners come from the model's directory).
    QList<PaletteCommand> commands();
    // Runs a palette entry as if its menu item, button or partner row had been chosen.
    void run(const PaletteCommand &command);
    QList<ShortcutEntry> shortcuts() const;

    void openPalette();
    void openShortcuts();
    CommandPalette *palette() const { return m_palette; } // null until first opened
    CommandPaletteModel *paletteModel() const { return m_model; }
    ShortcutsDialog *shortcutsDialog() const { return m_shortcutsDialog; }
    QAction *paletteAction() const { return m_paletteAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }

    // Ticks the current choice in the Language ("" = system, "en", "zh_CN") and Theme menus.
    void setCurrentLanguage(const QString &language);
    void setCurrentTheme(const QString &theme);

Q_SIGNALS:
    void languageRequested(const QString &language);
    void themeRequested(const QString &theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void addMenuCommands(QList<PaletteCommand> &out, QMenu *menu, const QString &menuTitle,
        const QString &prefix, const QString &englishPrefix);

    MainWindow *m_window;
    ConsoleSettings *m_settings;
    CommandPaletteModel *m_model;
    CommandPalette *m_palette = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    QHash<QString, std::function<void()>> m_runners; // by PaletteCommand::key, rebuilt per opening
    QAction *m_paletteAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QActionGroup *m_themes = nullptr;
};

} // namespace Kepler
