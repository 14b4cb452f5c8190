#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace Kepler {

// The hover read-out of a chart, drawn in its scene (so it is in screenshots and exports of the
// view, unlike a QToolTip window): a vertical line at the hovered time across the plot, a dot on
// each series, and a box with the time and every series' value in its colour.
class ChartCrosshair : public QGraphicsItem
{
public:
    struct Row
    {
        QColor color;
        QString text; // "Orders: 1,234"
        qreal y = -1; // the dot's scene y; < 0 for none (the value is not on screen)
    };

    ChartCrosshair();

    // `x` in scene coordinates inside `plot`; `header` is the time, `footer` an annotation's note.
    void show(
        const QRectF &plot, qreal x, const QString &header, const QList<Row> &rows, const QString &footer);
    void hideCrosshair();
    QString text() const; // header, rows and footer, one per line (for tests and accessibility)

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF boxRect() const;

    QRectF m_plot;
    qreal m_x = 0;
    QString m_header;
    QList<Row> m_rows;
    QString m_footer;
};

} // namespace Kepler
