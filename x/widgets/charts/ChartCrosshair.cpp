#include "ChartCrosshair.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace Kepler {
namespace {

constexpr qreal Pad = 6;
constexpr qreal Swatch = 8;

} // namespace

ChartCrosshair::ChartCrosshair()
{
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    QGraphicsItem::hide();
}

void ChartCrosshair::show(
    const QRectF &plot, qreal x, const QString &header, const QList<Row> &rows, const QString &footer)
{
    prepareGeometryChange();
    m_plot = plot;
    m_x = x;
    m_header = header;
    m_rows = rows;
    m_footer = footer;
    QGraphicsItem::show();
    update();
}

void ChartCrosshair::hideCrosshair()
{
    QGraphicsItem::hide();
}

QString ChartCrosshair::text() const
{
    if (!isVisible())
        return {};
    QStringList lines {m_header};
    for (const Row &r : m_rows)
        lines << r.text;
    if (!m_footer.isEmpty())
        lines << m_footer;
    return lines.join(u'\n');
}

QRectF ChartCrosshair::boxRect() const
{
    const QFontMetricsF fm(QApplication::font());
    qreal width = fm.horizontalAdvance(m_header);
    for (const Row &r : m_rows)
        width = std::max(width, Swatch + Pad + fm.horizontalAdvance(r.text));
    if (!m_footer.isEmpty())
        width = std::max(width, fm.horizontalAdvance(m_footer));
    const int lines = 1 + int(m_rows.size()) + (m_footer.isEmpty() ? 0 : 1);
    const QSizeF size(width + 2 * Pad, lines * fm.height() + 2 * Pad);
    // Right of the line, or left of it near the right edge; never outside the plot if it fits.
    qreal left = m_x + 12;
    if (left + size.width() > m_plot.right())
        left = m_x - 12 - size.width();
    left = std::max(left, m_plot.left());
    return QRectF(QPointF(left, m_plot.top() + 8), size);
}

QRectF ChartCrosshair::boundingRect() const
{
    return m_plot.united(boxRect()).adjusted(-6, -6, 6, 6);
}

void ChartCrosshair::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = QApplication::palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Text), 1, Qt::DashLine));
    painter->drawLine(QPointF(m_x, m_plot.top()), QPointF(m_x, m_plot.bottom()));
    for (const Row &r : m_rows) {
        if (r.y < 0)
            continue;
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(r.color);
        painter->drawEllipse(QPointF(m_x, r.y), 4, 4);
    }

    const QRectF box = boxRect();
    QColor fill = palette.color(QPalette::ToolTipBase);
    fill.setAlpha(235);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 4, 4);

    const QFontMetricsF fm(QApplication::font());
    painter->setFont(QApplication::font());
    qreal y = box.top() + Pad;
    QFont bold = QApplication::font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::ToolTipText));
    painter->drawText(QRectF(box.left() + Pad, y, box.width(), fm.height()), Qt::AlignVCenter, m_header);
    painter->setFont(QApplication::font());
    for (const Row &r : m_rows) {
        y += fm.height();
        painter->setPen(Qt::NoPen);
        painter->setBrush(r.color);
        painter->drawRect(QRectF(box.left() + Pad, y + (fm.height() - Swatch) / 2, Swatch, Swatch));
        painter->setPen(palette.color(QPalette::ToolTipText));
        painter->drawText(
            QRectF(box.left() + 2 * Pad + Swatch, y, box.width(), fm.height()), Qt::AlignVCenter, r.text);
    }
    if (!m_footer.isEmpty()) {
        y += fm.height();
        painter->drawText(QRectF(box.left() + Pad, y, box.width(), fm.height()), Qt::AlignVCenter, m_footer);
    }
    painter->restore();
}

} // namespace Kepler
