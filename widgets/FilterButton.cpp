#include "FilterButton.h"

#include <QMenu>
#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace Kepler {

FilterButton::FilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A tool button is Fixed: as wide as its text. This one may give way down to its title.
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
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
    m_selectedCount = int(labels.size());
    if (labels.isEmpty())
        setText(m_title);
    else if (labels.size() <= 2)
        setText(tr("%1: %2").arg(m_title, labels.join(tr(", "))));
    else
        setText(tr("%1: %n selected", nullptr, int(labels.size())).arg(m_title));
    updateGeometry();
    updateToolTip();
}

int FilterButton::chromeWidth() const
{
    return QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(text());
}

QSize FilterButton::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    const int textWidth = fontMetrics().horizontalAdvance(text());
    size.setWidth(chromeWidth() + qMin(textWidth, fontMetrics().averageCharWidth() * MaxTextChars));
    return size;
}

QSize FilterButton::minimumSizeHint() const
{
    // Room for the title at least (with "…" when a pick follows it).
    QSize size = sizeHint();
    const QString least = text() == m_title ? m_title : m_title + u'…';
    const int slack = fontMetrics().averageCharWidth() / 2; // rounding in the style's text rect
    size.setWidth(qMin(size.width(), chromeWidth() + fontMetrics().horizontalAdvance(least) + slack));
    return size;
}

QString FilterButton::shownText() const
{
    // The whole text if it fits, else how many are picked ("Status: 2 selected"), else as much of
    // the whole text as fits.
    const int room = qMax(0, width() - chromeWidth());
    if (fontMetrics().horizontalAdvance(text()) <= room)
        return text();
    if (m_selectedCount > 0) {
        const QString count = tr("%1: %n selected", nullptr, m_selectedCount).arg(m_title);
        if (fontMetrics().horizontalAdvance(count) <= room)
            return count;
    }
    return fontMetrics().elidedText(text(), Qt::ElideRight, room);
}

void FilterButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text = shownText();
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

void FilterButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    updateToolTip();
}

void FilterButton::updateToolTip()
{
    setToolTip(shownText() == text() ? QString() : text());
}

} // namespace Kepler
