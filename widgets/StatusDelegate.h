#pragma once

#include <QStyledItemDelegate>

namespace Kepler {

// Paints a partner's status as a coloured pill, so suspended or rejected partners stand out
// while scrolling through hundreds of rows.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kepler
