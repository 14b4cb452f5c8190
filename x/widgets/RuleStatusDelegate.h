#pragma once

#include "domain/PricingRule.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Kepler {

// Paints a pricing rule's status as a pill in the partner pills' colours: active green like an
// active partner, scheduled purple like one waiting in review, draft blue like a new application,
// expired grey like a terminated partner — one visual language across the console.
class RuleStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor color(PricingRuleStatus status);
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Room for the pill's padding, so "Scheduled" is not elided when the column fits its contents.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kepler
