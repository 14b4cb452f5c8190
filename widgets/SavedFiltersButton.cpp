#include "SavedFiltersButton.h"

#include "SaveFilterDialog.h"

#include <QEvent>
#include <QMenu>

namespace Kepler {

SavedFiltersButton::SavedFiltersButton(const QString &list, QWidget *parent)
    : QToolButton(parent)
    , m_store(list)
{
    setObjectName(u"savedFilters"_qs);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    setMenu(menu);
    // Built when opened: another window of the console may have saved a filter meanwhile.
    connect(menu, &QMenu::aboutToShow, this, &SavedFiltersButton::rebuildMenu);
    retranslate();
}

void SavedFiltersButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    const QString current = m_current ? m_current() : QString();
    const QList<SavedFilters::Entry> entries = m_store.entries();
    for (const SavedFilters::Entry &e : entries) {
        QAction *a = m->addAction(e.name, this, [this, query = e.query] { Q_EMIT applyRequested(query); });
        a->setCheckable(true);
        a->setChecked(e.query == current);
    }
    if (entries.isEmpty())
        m->addAction(tr("No saved filters yet"))->setEnabled(false);
    m->addSeparator();
    QAction *save = m->addAction(tr("Save current filter…"), this, &SavedFiltersButton::saveCurrent);
    save->setEnabled(!current.isEmpty());
    if (current.isEmpty())
        save->setToolTip(tr("Search or pick a filter first"));
    if (!entries.isEmpty()) {
        QMenu *remove = m->addMenu(tr("Delete"));
        for (const SavedFilters::Entry &e : entries)
            remove->addAction(e.name, this, [this, name = e.name] { m_store.remove(name); });
    }
}

void SavedFiltersButton::saveCurrent()
{
    const QString current = m_current ? m_current() : QString();
    if (current.isEmpty())
        return;
    QStringList names;
    for (const SavedFilters::Entry &e : m_store.entries())
        names << e.name;
    SaveFilterDialog dialog(names, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.name().isEmpty())
        m_store.save({dialog.name(), current});
}

void SavedFiltersButton::retranslate()
{
    setText(tr("Saved filters"));
    setToolTip(tr("Apply, save or delete named filters"));
}

void SavedFiltersButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace Kepler
