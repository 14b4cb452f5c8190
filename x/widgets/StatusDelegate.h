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
    // Wide enough for the pill, so a column sized to its contents never cuts "Suspended".
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kepler
