#include "ChartAnnotations.h"

#include <QPainter>
#include <QPainterPath>

namespace Kepler {

namespace {
const QColor MarkerColor(0xd9, 0x48, 0x1c); // the incident orange, readable on light and dark
}

ChartAnnotations::ChartAnnotations()
{
    setZValue(500);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartAnnotations::setMarkers(const QRectF &plot, const QList<qreal> &xs)
{
    prepareGeometryChange();
    m_plot = plot;
    m_xs = xs;
    update();
}

QRectF ChartAnnotations::boundingRect() const
{
    return m_plot.adjusted(-8, -10, 8, 2);
}

void ChartAnnotations::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qreal x : m_xs) {
        painter->setPen(QPen(MarkerColor, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        QPainterPath flag;
        flag.moveTo(x - 5, m_plot.top() - 8);
        flag.lineTo(x + 5, m_plot.top() - 8);
        flag.lineTo(x, m_plot.top());
        flag.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(MarkerColor);
        painter->drawPath(flag);
    }
    painter->restore();
}

} // namespace Kepler
