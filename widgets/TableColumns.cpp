#include "TableColumns.h"

#include <QHeaderView>
#include <QTableView>

namespace Kepler::TableColumns {

void fitToContents(QTableView *table, const QList<int> &columns)
{
    QHeaderView *header = table->horizontalHeader();
    for (const int column : columns)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The rows on screen and a few hundred more decide: a table that fetches more rows as it
    // scrolls is never measured whole, and its widths stay put while it scrolls.
    header->setResizeContentsPrecision(300);
}

void startWidth(QTableView *table, int column, int characters)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    const int width = table->fontMetrics().averageCharWidth() * characters;
    header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
}

} // namespace Kepler::TableColumns
