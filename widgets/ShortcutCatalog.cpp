#include "ShortcutCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QWidget>

namespace Kepler::ShortcutCatalog {
namespace {

constexpr char SourceTextProperty[] = "keplerSourceText";

// The top-level menu an action sits in (through submenus), or null.
QMenu *topMenu(const QAction *action)
{
    for (QObject *o : action->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(o);
        if (!menu)
            continue;
        // A submenu's own action is associated with its parent menu: climb to the menu bar.
        while (menu->menuAction()) {
            QMenu *parentMenu = nullptr;
            for (QObject *p : menu->menuAction()->associatedObjects())
                if (auto *m = qobject_cast<QMenu *>(p))
                    parentMenu = m;
            if (!parentMenu)
                break;
            menu = parentMenu;
        }
        return menu;
    }
    return nullptr;
}

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
    // "(&G)" is how Chinese translations carry a mnemonic: "转到合作渠道(&G)…" → "转到合作渠道…".
    static const QRegularExpression cjkMnemonic(u"\\(&[^&]\\)"_qs);
    const QString text = QString(original).remove(cjkMnemonic);
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                plain.append(u'&'), ++i;
            continue;
        }
        plain.append(text.at(i));
    }
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
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->menu() || !a->isVisible())
            continue;
        const QMenu *menu = topMenu(a);
        add(a, menu ? plainText(menu->title()) : groupFor(a), plainText(a->text()), a->shortcuts());
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        // A bare QShortcut has no text: its whatsThis says what it does.
        add(s, groupFor(s), s->whatsThis(), s->keys());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->shortcut().isEmpty())
            continue;
        QString text = plainText(b->text());
        if (text.isEmpty())
            text = b->accessibleName().isEmpty() ? plainText(b->toolTip()) : b->accessibleName();
        add(b, groupFor(b), text, {b->shortcut()});
    }
    return entries;
}

} // namespace Kepler::ShortcutCatalog
