#pragma once

#include <QList>

class QTableView;

namespace Kepler::TableColumns {

// Column widths a page table gets so that nothing is cut, in English or Chinese, without a pixel
// width per language: a column of short values (a status, a mode, a count, a date) is as wide as
// its header or its widest value needs, and follows both when the language or the values change;
// a column of names or free text starts `characters` average characters of the table's font wide
// (never narrower than its header) and is the user's to resize.
void fitToContents(QTableView *table, const QList<int> &columns);
void startWidth(QTableView *table, int column, int characters);

} // namespace Kepler::TableColumns
