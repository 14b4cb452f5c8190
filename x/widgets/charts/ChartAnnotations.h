#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace Kepler {

// A moment marked on a chart (an incident, a release) with a note shown on hover.
struct ChartAnnotation
{
    qint64 ms = 0;
    QString note;
};

// The annotations of a chart drawn in its scene: a dashed vertical line across the plot and a small
// flag on top for each one inside the visible range. Positions come from the chart (scene x per
// annotation), so this item knows nothing of axes.
class ChartAnnotations : public QGraphicsItem
{
public:
    ChartAnnotations();

    void setMarkers(const QRectF &plot, const QList<qreal> &xs);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_plot;
    QList<qreal> m_xs;
};

} // namespace Kepler
