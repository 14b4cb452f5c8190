#include "StatusDelegate.h"

#include "StatusPill.h"
#include "models/PartnerListModel.h"

#include <QApplication>
#include <QPainter>

namespace Kepler {

namespace {
constexpr int PillPadding = 14; // around the text, inside the pill
constexpr int PillMargin = 4; // between the pill and the cell's edges
} // namespace

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int pill = QFontMetrics(opt.font).horizontalAdvance(opt.text) + PillPadding + 2 * PillMargin;
    size.setWidth(qMax(size.width(), pill));
    return size;
}

void StatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto status = partnerStatusFromString(index.data(PartnerListModel::RawRole).toString());
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
    const int width = fm.horizontalAdvance(text) + PillPadding;
    const int height = fm.height() + 2;
    QRect pill(opt.rect.left() + PillMargin, opt.rect.center().y() - height / 2,
        qMin(width, opt.rect.width() - 2 * PillMargin), height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusPill::color(*status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 6));
    painter->restore();
}

} // namespace Kepler
