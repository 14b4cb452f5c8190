#include "PartnerTableView.h"

#include "StatusDelegate.h"
#include "TableColumns.h"
#include "models/PartnerListModel.h"

#include <QHeaderView>

namespace Kepler {

PartnerTableView::PartnerTableView(PartnerListModel *model, QWidget *parent)
    : QTableView(parent)
{
    setModel(model);
    setSortingEnabled(true);
    sortByColumn(int(PartnerColumn::Name), Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl/Shift-click picks several partners for a bulk action; the current row is the one open.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab goes on to the editor; arrows move between partners
    verticalHeader()->hide();
    // Fixed row heights: resizing rows to contents is what makes big tables crawl.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    setItemDelegateForColumn(int(PartnerColumn::Status), new StatusDelegate(this));
    // Many columns: the table scrolls sideways, and no header or short value is ever cut (a
    // stretched last section would take the last column's width from what is left, often nothing).
    TableColumns::fitToContents(this,
        {int(PartnerColumn::Id), int(PartnerColumn::Mode), int(PartnerColumn::Scenario),
            int(PartnerColumn::Status), int(PartnerColumn::Commission), int(PartnerColumn::RateLimit),
            int(PartnerColumn::UpdatedAt)});
    for (const auto &[column, characters] :
        {std::pair {PartnerColumn::Name, 20}, std::pair {PartnerColumn::NameEn, 22},
            std::pair {PartnerColumn::Contact, 10}, std::pair {PartnerColumn::Tags, 16}})
        TableColumns::startWidth(this, int(column), characters);
}

} // namespace Kepler
