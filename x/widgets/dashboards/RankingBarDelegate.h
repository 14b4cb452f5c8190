#pragma once

#include <QStyledItemDelegate>

namespace Kepler {

// Draws a row's value as a horizontal bar (its share of the largest, from the model's bar role)
// behind the text: the top-N ranking reads as a bar chart and stays a sortable, clickable table.
class RankingBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RankingBarDelegate(int barRole, QColor color, QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_barRole;
    QColor m_color;
};

} // namespace Kepler
