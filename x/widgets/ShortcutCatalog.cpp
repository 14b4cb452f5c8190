#include "ShortcutCatalog.h"

#include "MnemonicText.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QWidget>

namespace Kepler::ShortcutCatalog {
namespace {

constexpr char SourceTextProperty[] = "keplerSourceText";

QWidget *ownerWidget(QObject *o)
{
    for (; o; o = o->parent())
        if (o->isWidgetType())
            return static_cast<QWidget *>(o);
    return nullptr;
}

} // namespace

QString plainText(const QString &original)
{
    QString plain = withoutMnemonic(original);
    while (plain.endsWith(u'…') || plain.endsWith(u'.'))
        plain.chop(1);
    return plain.trimmed();
}

void setSourceText(QAction *action, const char *source)
{
    action->setProperty(SourceTextProperty, QString::fromUtf8(source));
}

QString sourceText(const QObject *action)
{
    return action->property(SourceTextProperty).toString();
}

QList<ShortcutEntry> collect(QWidget *window, const std::function<QString(const QWidget *)> &groupOf)
{
    QList<ShortcutEntry> entries;
    const auto add
        = [&](QObject *source, const QString &rawGroup, const QString &text, QList<QKeySequence> keys) {
              keys.removeAll(QKeySequence());
              if (keys.isEmpty() || text.isEmpty())
                  return;
              const QString group = rawGroup.isEmpty()
                  ? QCoreApplication::translate("Kepler::ShortcutCatalog", "General")
                  : rawGroup;
              for (const ShortcutEntry &e : std::as_const(entries))
                  if (e.group == group && e.text == text && e.keys == keys)
                      return; // the same command reached twice (an action and its button)
              entries.append({group, text, keys, source});
          };
    const auto groupFor = [&](QObject *o) {
        const QWidget *owner = ownerWidget(o->parent());
        return groupOf && owner ? groupOf(owner) : QString();
    };
    // Menu-bar actions are grouped by their top-level menu (through submenus).
    QHash<const QAction *, QString> menuOf;
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &title) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu(), title);
            else
                menuOf.insert(a, title);
        }
    };
    if (const auto *bar = window->findChild<QMenuBar *>())
        for (QAction *top : bar->actions())
            if (top->menu())
                walk(top->menu(), plainText(top->menu()->title()));
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || !a->isVisible())
            continue;
        add(a, menuOf.value(a, groupFor(a)), plainText(a->text()), a->shortcuts());
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        // A bare QShortcut has no text: its whatsThis says what it does.
        add(s, groupFor(s), s->whatsThis(), s->keys());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        // Alt+letter from a button's '&' is part of its label, not a command of its own.
        if (b->shortcut().isEmpty() || b->shortcut() == QKeySequence::mnemonic(b->text()))
            continue;
        QString text = plainText(b->text());
        if (text.isEmpty())
            text = b->accessibleName().isEmpty() ? plainText(b->toolTip()) : b->accessibleName();
        add(b, groupFor(b), text, {b->shortcut()});
    }
    return entries;
}

} // namespace Kepler::ShortcutCatalog
