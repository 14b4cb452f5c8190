#include "BusySpinner.h"

#include <QPainter>

namespace Kepler {

BusySpinner::BusySpinner(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(sizeHint());
    m_timer.setInterval(60);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
}

void BusySpinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    const QRectF r = QRectF(rect()).adjusted(3, 3, -3, -3);
    p.drawArc(r, -m_angle * 16, 270 * 16);
}

void BusySpinner::showEvent(QShowEvent *event)
{
    m_timer.start();
    QWidget::showEvent(event);
}

void BusySpinner::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace Kepler
