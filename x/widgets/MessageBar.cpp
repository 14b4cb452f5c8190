#include "MessageBar.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Kepler {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_grid(new QGridLayout(this))
    , m_actionBox(new QWidget(this))
    , m_actions(new QHBoxLayout(m_actionBox))
    , m_close(new QToolButton(this))
{
    setAutoFillBackground(true);
    m_grid->setContentsMargins(8, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    retranslate();
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    m_grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    m_grid->addWidget(m_label, 0, 1);
    m_grid->addWidget(m_actionBox, 0, 2);
    m_grid->addWidget(m_close, 0, 3, Qt::AlignTop);
    m_grid->setColumnStretch(1, 1);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    clear();
    m_kind = kind;
    m_label->setText(text);
    setAccessibleDescription(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (kind == Kind::Positive)
        icon = QStyle::SP_DialogApplyButton;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    applyPalette();
    placeActions();
    show();
}

QToolButton *MessageBar::addAction(const QString &text, std::function<void()> onTriggered)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(button, &QToolButton::clicked, this, [onTriggered] { onTriggered(); });
    m_actions->addWidget(button);
    placeActions();
    return button;
}

void MessageBar::clear()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->clear();
    hide();
}

void MessageBar::retranslate()
{
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A note of what just happened ("Saved.", "Key revoked.") would stay in the language it
        // was written in: it goes. Warnings and errors stay (their owner may show them again in the
        // new language, as the window does its demo banner), and so does a message with buttons.
        if (m_kind == Kind::Positive && m_actions->count() == 0)
            clear();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyPalette(); // light ↔ dark theme: tint the new window colour
    }
    QWidget::changeEvent(event);
}

void MessageBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeActions();
}

void MessageBar::placeActions()
{
    const QString text = m_label->text();
    const QMargins margins = m_grid->contentsMargins();
    const int spacing = m_grid->horizontalSpacing() < 0
        ? style()->layoutSpacing(QSizePolicy::Label, QSizePolicy::PushButton, Qt::Horizontal, nullptr, this)
        : m_grid->horizontalSpacing();
    // Decided on the width only (never on the height it leads to), so it cannot flip back and forth.
    const int oneLine = m_label->fontMetrics().horizontalAdvance(text) + 2 * m_label->margin() + 4;
    const int needed = margins.left() + margins.right() + m_icon->sizeHint().width() + oneLine
        + m_actionBox->sizeHint().width() + m_close->sizeHint().width() + 3 * spacing;
    m_actionBox->setVisible(m_actions->count() > 0);
    const bool below = m_actions->count() > 0 && (text.contains(u'\n') || needed > width());
    if (below == m_actionsBelow && m_grid->indexOf(m_actionBox) >= 0)
        return;
    m_actionsBelow = below;
    m_grid->removeWidget(m_actionBox);
    if (below)
        m_grid->addWidget(m_actionBox, 1, 1, 1, 2, Qt::AlignRight);
    else
        m_grid->addWidget(m_actionBox, 0, 2);
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBar::applyPalette()
{
    // Soft tints that stay readable in light and dark palettes.
    QColor tint;
    switch (m_kind) {
    case Kind::Information:
        tint = QColor(0x3d, 0x8b, 0xd8);
        break;
    case Kind::Positive:
        tint = QColor(0x2e, 0x9d, 0x4f);
        break;
    case Kind::Warning:
        tint = QColor(0xe0, 0x9b, 0x1a);
        break;
    case Kind::Error:
        tint = QColor(0xd9, 0x3b, 0x3b);
        break;
    }
    QPalette pal = palette();
    // From the application's palette, not this bar's own (which holds the last tint): a switch to
    // the dark theme re-tints it from the dark window colour.
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
        base.blueF() * 0.8 + tint.blueF() * 0.2);
    if (pal.color(QPalette::Window) == mixed)
        return; // already tinted (this also ends the PaletteChange that setPalette() sends)
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);
}

} // namespace Kepler
