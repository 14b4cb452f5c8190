#include "RankingBarDelegate.h"

#include <QPainter>

namespace Kepler {

RankingBarDelegate::RankingBarDelegate(int barRole, QColor color, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_barRole(barRole)
    , m_color(color)
{
}

void RankingBarDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double share = std::clamp(index.data(m_barRole).toDouble(), 0.0, 1.0);
    if (share > 0) {
        QRect bar = option.rect.adjusted(2, 4, -2, -4);
        bar.setWidth(std::max(1, int(bar.width() * share)));
        painter->fillRect(bar, m_color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace Kepler
