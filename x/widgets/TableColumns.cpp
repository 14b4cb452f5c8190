#include "TableColumns.h"

#include <QAbstractItemModel>
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
    // QHeaderView measures a ResizeToContents column when the model resets. A model that resets
    // to empty on a filter change and then appends the first page measured only the header
    // ("Mi…", "⚠ 2 d…" in the review queue): measure again when a first page arrives. Later pages
    // appended while scrolling leave the widths alone.
    if (QAbstractItemModel *model = table->model()) {
        QObject::connect(
            model, &QAbstractItemModel::rowsInserted, header, [header](const QModelIndex &parent, int first) {
                if (!parent.isValid() && first == 0)
                    QMetaObject::invokeMethod(header, "resizeSections", Qt::QueuedConnection);
            });
    }
}

void startWidth(QTableView *table, int column, int characters)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    const int width = table->fontMetrics().averageCharWidth() * characters;
    header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
}

} // namespace Kepler::TableColumns
