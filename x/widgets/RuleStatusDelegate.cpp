#include "RuleStatusDelegate.h"

#include "StatusPill.h"
#include "models/PricingRuleListModel.h"

#include <QApplication>
#include <QPainter>

namespace Kepler {

QColor RuleStatusDelegate::color(PricingRuleStatus status)
{
    switch (status) {
    case PricingRuleStatus::Draft:
        return StatusPill::color(PartnerStatus::Applied);
    case PricingRuleStatus::Active:
        return StatusPill::color(PartnerStatus::Active);
    case PricingRuleStatus::Scheduled:
        return StatusPill::color(PartnerStatus::InReview);
    case PricingRuleStatus::Expired:
        return StatusPill::color(PartnerStatus::Terminated);
    }
    return QColor(Qt::gray);
}

QSize RuleStatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + 22, size.height()};
}

void RuleStatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto status = pricingRuleStatusFromString(index.data(PricingRuleListModel::StatusRole).toString());
    if (!status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const int width = fm.horizontalAdvance(text) + 14;
    const int height = fm.height() + 2;
    const QRect pill(
        opt.rect.left() + 4, opt.rect.center().y() - height / 2, qMin(width, opt.rect.width() - 8), height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(*status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 6));
    painter->restore();
}

} // namespace Kepler
