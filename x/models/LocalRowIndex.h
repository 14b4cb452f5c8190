#pragma once

#include <QString>
#include <QStringView>
#include <Qt>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace Kepler {

// A column store of rows loaded into the console, built to filter and sort a million of them
// within a frame or two — what QSortFilterProxyModel cannot (ARCHITECTURE.md budgets: it needs
// 0.4 s to filter, 9.7 s to clear and 4.5 s to sort 1M rows, bench/README.md).
//
// Each row has one searchable text and a fixed number of integer columns. The texts are folded
// once (case) into one contiguous UTF-16 buffer, rows separated by U+0000, so a substring filter
// is a single scan of that buffer (SIMD search for the needle's first character, then a compare)
// instead of a virtual data() call, a QVariant and a QString per row. Numbers live in one vector
// per column; a sort is a stable LSD radix sort of (key, row) pairs.
//
// Results are vectors of row numbers (the order rows were appended): the permutation a model
// maps view rows through (LocalTableModel).
class LocalRowIndex
{
public:
    using Row = std::uint32_t;

    explicit LocalRowIndex(int numberColumns = 0);

    void clear();
    void reserve(qsizetype rows, qsizetype textChars = 0);
    // Appends a row; `numbers` must hold numberColumns() values. Returns the row's number.
    Row append(QStringView searchText, std::initializer_list<qint64> numbers);

    qsizetype size() const { return qsizetype(m_starts.size()) - 1; }
    int numberColumns() const { return int(m_numbers.size()); }
    qint64 number(Row row, int column) const { return m_numbers[std::size_t(column)][row]; }
    // The row's folded search text (for tests and brute-force checks).
    QStringView foldedText(Row row) const;

    // Rows whose text contains `needle` (folded the same way), in ascending row order. An empty
    // needle matches every row. `threads` > 1 splits the buffer between threads; 0 (the default)
    // scans on the calling thread, which measured as fast on two cores (bench/models).
    std::vector<Row> filter(QStringView needle, int threads = 0) const;
    // Narrows `rows` (any order, kept) to those whose text contains `needle`: used when a query
    // extends the previous one, so only the previous matches are scanned.
    std::vector<Row> filterWithin(const std::vector<Row> &rows, QStringView needle) const;
    std::vector<Row> allRows() const;

    // Orders `rows` by a number column; stable, so equal keys keep their order in `rows` (as
    // QSortFilterProxyModel's std::stable_sort does, in both directions).
    void sortByNumber(std::vector<Row> &rows, int column, Qt::SortOrder order) const;

    static QString fold(QStringView text);

private:
    void scan(QStringView needle, Row firstRow, Row endRow, std::vector<Row> &out) const;

    QString m_text; // folded texts, each followed by U+0000
    std::vector<std::uint32_t> m_starts; // m_starts[r] = offset of row r in m_text; one past the end last
    std::vector<std::vector<qint64>> m_numbers; // one vector per number column
};

} // namespace Kepler
