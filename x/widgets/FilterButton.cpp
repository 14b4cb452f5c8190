#include "FilterButton.h"

#include <QMenu>

namespace Kepler {

FilterButton::FilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    // Keep the menu open while ticking several choices.
    connect(menu, &QMenu::triggered, this, [this, menu](QAction *) {
        menu->show();
        updateText();
        Q_EMIT selectionChanged(selectedCodes());
    });
    setMenu(menu);
}

void FilterButton::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateText();
}

void FilterButton::setChoices(const QList<std::pair<QString, QString>> &choices)
{
    const QStringList selected = selectedCodes();
    menu()->clear();
    for (const auto &[code, label] : choices) {
        QAction *action = menu()->addAction(label);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(selected.contains(code));
    }
    updateText();
}

QStringList FilterButton::selectedCodes() const
{
    QStringList codes;
    for (QAction *action : menu()->actions())
        if (action->isChecked())
            codes << action->data().toString();
    return codes;
}

void FilterButton::setSelectedCodes(const QStringList &codes)
{
    for (QAction *action : menu()->actions())
        action->setChecked(codes.contains(action->data().toString()));
    updateText();
}

void FilterButton::clearSelection()
{
    if (selectedCodes().isEmpty())
        return;
    setSelectedCodes({});
    Q_EMIT selectionChanged({});
}

void FilterButton::updateText()
{
    QStringList labels;
    for (QAction *action : menu()->actions())
        if (action->isChecked())
            labels << action->text();
    if (labels.isEmpty())
        setText(m_title);
    else if (labels.size() <= 2)
        setText(tr("%1: %2").arg(m_title, labels.join(tr(", "))));
    else
        setText(tr("%1: %n selected", nullptr, int(labels.size())).arg(m_title));
}

} // namespace Kepler
