#include "LocalTableModel.h"

#include <algorithm>

namespace Kepler {

LocalTableModel::LocalTableModel(int numberColumns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(numberColumns)
{
}

int LocalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant LocalTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    return sourceData(m_visible[std::size_t(index.row())], index.column(), role);
}

int LocalTableModel::sortNumberColumn(int) const
{
    return -1;
}

int LocalTableModel::viewRow(LocalRowIndex::Row sourceRow) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), sourceRow);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

void LocalTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild(true);
}

void LocalTableModel::sort(int column, Qt::SortOrder order)
{
    if (sortNumberColumn(column) < 0)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedAllValid = false;
    rebuild(false);
}

void LocalTableModel::rowsLoaded()
{
    m_sortedAllValid = false;
    rebuild(true);
}

std::vector<LocalRowIndex::Row> LocalTableModel::orderedAll()
{
    if (m_sortColumn < 0)
        return m_index.allRows();
    if (!m_sortedAllValid) {
        m_sortedAll = m_index.allRows();
        m_index.sortByNumber(m_sortedAll, sortNumberColumn(m_sortColumn), m_sortOrder);
        m_sortedAllValid = true;
    }
    return m_sortedAll;
}

void LocalTableModel::rebuild(bool filterChanged)
{
    std::vector<LocalRowIndex::Row> rows;
    if (m_filter.isEmpty()) {
        m_filtered.clear();
        // Clearing the filter is a copy of the order kept from the last sort: no work per row.
        rows = orderedAll();
    } else {
        if (filterChanged)
            m_filtered = m_index.filter(m_filter);
        rows = m_filtered;
        if (m_sortColumn >= 0)
            m_index.sortByNumber(rows, sortNumberColumn(m_sortColumn), m_sortOrder);
    }
    // One reset instead of row-by-row inserts and removals: the view drops its rows and asks for
    // the visible ones again, in constant time when rows have a fixed height.
    beginResetModel();
    m_visible = std::move(rows);
    endResetModel();
}

} // namespace Kepler
