#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <functional>

class QAction;
class QObject;
class QWidget;

namespace Kepler {

// What a key does, as read from the window at run time: every QAction, QShortcut and button with
// a shortcut, so the help dialog and the command palette can never disagree with the keys that
// really work (a hand-written list would).
struct ShortcutEntry
{
    QString group; // the menu or page it belongs to, translated
    QString text; // what it does, translated, without '&' mnemonics
    QList<QKeySequence> keys;
    QObject *source = nullptr; // the QAction, QShortcut or QAbstractButton
};

namespace ShortcutCatalog {

// An action's text without mnemonic '&' (keeping a literal "&&" as "&") and trailing ellipsis.
QString plainText(const QString &text);

// Remembers the untranslated source of an action's text, so the palette also finds "Audit log"
// while the console speaks Chinese. Returns the translated text it was given, for chaining.
void setSourceText(QAction *action, const char *source);
QString sourceText(const QObject *action);

// Every shortcut under `window`. `groupOf` names the group of something that is not in the menu
// bar (a page's own actions and buttons), given the widget that owns it; "" puts it under General.
QList<ShortcutEntry> collect(QWidget *window, const std::function<QString(const QWidget *)> &groupOf);

} // namespace ShortcutCatalog
} // namespace Kepler
