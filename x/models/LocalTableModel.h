#pragma once

#include "LocalRowIndex.h"

#include <QAbstractTableModel>

namespace Kepler {

// A table of rows held in the console (LocalRowIndex), filtered by substring and sorted by a
// number column without a proxy: the view's rows are a permutation of the index's rows, and each
// change replaces that permutation under one model reset — O(1) for a view with uniform row
// heights, where QSortFilterProxyModel moves a million rows one by one (bench/models).
//
// Subclasses fill rowIndex(), call rowsLoaded(), and answer sourceData() for a row of the index;
// sortNumberColumn() says which number column a view column sorts by.
class LocalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LocalTableModel(int numberColumns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Sorts by the column's number (stable); a column without one (or column -1) restores the
    // order rows were loaded in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only rows whose search text contains `text` (case-insensitive); empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The index row shown at a view row, and the view row showing an index row (-1 if hidden).
    LocalRowIndex::Row sourceRow(int viewRow) const { return m_visible[std::size_t(viewRow)]; }
    int viewRow(LocalRowIndex::Row sourceRow) const;
    int totalRows() const { return int(m_index.size()); }

protected:
    LocalRowIndex &rowIndex() { return m_index; }
    const LocalRowIndex &rowIndex() const { return m_index; }
    // After filling rowIndex(): shows every row, with the current filter and sort applied.
    void rowsLoaded();

    virtual QVariant sourceData(LocalRowIndex::Row row, int column, int role) const = 0;
    virtual int sortNumberColumn(int column) const;

private:
    void rebuild(bool filterChanged);
    std::vector<LocalRowIndex::Row> orderedAll();

    LocalRowIndex m_index;
    std::vector<LocalRowIndex::Row> m_visible;
    std::vector<LocalRowIndex::Row> m_filtered; // filter matches in row order (sort applied after)
    std::vector<LocalRowIndex::Row> m_sortedAll; // every row in the current sort, kept for "clear"
    bool m_sortedAllValid = false;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Kepler
