#include "ChartStateOverlay.h"

#include "BusySpinner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kepler {

ChartStateOverlay::ChartStateOverlay(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new BusySpinner(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_spinner);
    row->addWidget(m_label);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"retry"_qs);
    connect(m_retry, &QPushButton::clicked, this, &ChartStateOverlay::retryRequested);
    retranslate();
    showState(Kind::None);
}

void ChartStateOverlay::showState(Kind kind, const QString &message)
{
    m_kind = kind;
    m_message = message;
    m_spinner->setVisible(kind == Kind::Loading);
    m_retry->setVisible(kind == Kind::Error);
    // Only the error takes clicks (Retry, selecting the message); otherwise the chart keeps them.
    setAttribute(Qt::WA_TransparentForMouseEvents, kind != Kind::Error);
    retranslate();
    setVisible(kind != Kind::None);
    if (kind != Kind::None)
        raise();
    update();
}

QString ChartStateOverlay::text() const
{
    return m_label->text();
}

void ChartStateOverlay::retranslate()
{
    m_retry->setText(tr("Retry"));
    switch (m_kind) {
    case Kind::None:
        m_label->clear();
        break;
    case Kind::Loading:
        m_label->setText(tr("Loading…"));
        break;
    case Kind::Error:
        m_label->setText(tr("Could not load the data: %1").arg(m_message));
        break;
    case Kind::Empty:
        m_label->setText(tr("No data in this range"));
        break;
    }
    fitLabel();
}

void ChartStateOverlay::fitLabel()
{
    // Wrapped text gets the narrowest width that holds it; ask for the width of the whole line (up
    // to most of the chart) so it wraps only when it must.
    const int room = std::max(120, std::min(width() - 80, 480));
    m_label->setMinimumWidth(std::min(room, m_label->fontMetrics().horizontalAdvance(m_label->text()) + 4));
    m_label->setMaximumWidth(room);
}

void ChartStateOverlay::resizeEvent(QResizeEvent *event)
{
    fitLabel();
    QWidget::resizeEvent(event);
}

void ChartStateOverlay::paintEvent(QPaintEvent *)
{
    if (m_kind == Kind::Empty)
        return; // the bare axes stay readable
    QPainter p(this);
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(m_kind == Kind::Error ? 225 : 170);
    p.fillRect(rect(), veil);
}

void ChartStateOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Kepler
