#include "LocalRowIndex.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <utility>

namespace Kepler {

LocalRowIndex::LocalRowIndex(int numberColumns)
    : m_starts {0}
    , m_numbers(std::size_t(std::max(0, numberColumns)))
{
}

void LocalRowIndex::clear()
{
    m_text.clear();
    m_starts.assign(1, 0);
    for (auto &column : m_numbers)
        column.clear();
}

void LocalRowIndex::reserve(qsizetype rows, qsizetype textChars)
{
    m_starts.reserve(std::size_t(rows) + 1);
    for (auto &column : m_numbers)
        column.reserve(std::size_t(rows));
    if (textChars > 0)
        m_text.reserve(textChars + rows);
}

LocalRowIndex::Row LocalRowIndex::append(QStringView searchText, std::initializer_list<qint64> numbers)
{
    Q_ASSERT(numbers.size() == m_numbers.size());
    const Row row = Row(size());
    m_text += fold(searchText);
    m_text += QChar(u'\0'); // a match can never run from one row into the next
    m_starts.push_back(std::uint32_t(m_text.size()));
    auto value = numbers.begin();
    for (auto &column : m_numbers)
        column.push_back(value != numbers.end() ? *value++ : 0);
    return row;
}

QStringView LocalRowIndex::foldedText(Row row) const
{
    return QStringView(m_text).sliced(m_starts[row], m_starts[row + 1] - m_starts[row] - 1);
}

QString LocalRowIndex::fold(QStringView text)
{
    return text.toString().toCaseFolded();
}

std::vector<LocalRowIndex::Row> LocalRowIndex::allRows() const
{
    std::vector<Row> rows(static_cast<std::size_t>(size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = Row(i);
    return rows;
}

void LocalRowIndex::scan(QStringView needle, Row firstRow, Row endRow, std::vector<Row> &out) const
{
    const qsizetype end = m_starts[endRow];
    const QStringView text = QStringView(m_text).first(end);
    const char16_t *data = text.utf16();
    const QChar first = needle.front();
    const std::size_t restBytes = std::size_t(needle.size() - 1) * sizeof(char16_t);
    const char16_t *rest = needle.utf16() + 1;
    qsizetype pos = m_starts[firstRow];
    Row row = firstRow;
    while (pos < end) {
        // QStringView::indexOf(QChar) is Qt's vectorised character search; the rare first-character
        // hits are then compared in full.
        const qsizetype hit = text.indexOf(first, pos);
        if (hit < 0)
            break;
        if (hit + needle.size() <= end && std::memcmp(data + hit + 1, rest, restBytes) == 0) {
            while (m_starts[row + 1] <= std::uint32_t(hit))
                ++row;
            out.push_back(row);
            pos = m_starts[row + 1]; // one match per row is enough
        } else {
            pos = hit + 1;
        }
    }
}

std::vector<LocalRowIndex::Row> LocalRowIndex::filter(QStringView needle, int threads) const
{
    if (needle.isEmpty())
        return allRows();
    const QString folded = fold(needle);
    // Measured on 1M rows (bench/models): a second thread saves nothing on these 2-core machines
    // (the scan is bound by memory, not by compares), so by default the scan stays on one.
    if (threads <= 0)
        threads = 1;
    threads = std::clamp(threads, 1, int(std::max<qsizetype>(1, size())));
    std::vector<std::vector<Row>> parts(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    Row chunkStart = 0;
    for (int t = 0; t < threads; ++t) {
        // Chunks of about equal text, cut at row boundaries.
        Row chunkEnd = Row(size());
        if (t + 1 < threads) {
            const auto target = std::uint32_t(m_text.size() * (t + 1) / threads);
            chunkEnd = Row(std::lower_bound(m_starts.begin(), m_starts.end(), target) - m_starts.begin());
            chunkEnd = std::clamp(chunkEnd, chunkStart, Row(size()));
        }
        auto &part = parts[std::size_t(t)];
        if (t + 1 < threads)
            workers.emplace_back(
                [this, &folded, &part, chunkStart, chunkEnd] { scan(folded, chunkStart, chunkEnd, part); });
        else
            scan(folded, chunkStart, chunkEnd, part);
        chunkStart = chunkEnd;
    }
    for (auto &worker : workers)
        worker.join();
    if (threads == 1)
        return std::move(parts.front());
    std::size_t total = 0;
    for (const auto &part : parts)
        total += part.size();
    std::vector<Row> rows;
    rows.reserve(total);
    for (const auto &part : parts)
        rows.insert(rows.end(), part.begin(), part.end());
    return rows;
}

std::vector<LocalRowIndex::Row> LocalRowIndex::filterWithin(
    const std::vector<Row> &rows, QStringView needle) const
{
    if (needle.isEmpty())
        return rows;
    const QString folded = fold(needle);
    std::vector<Row> kept;
    for (const Row row : rows) {
        if (foldedText(row).contains(folded))
            kept.push_back(row);
    }
    return kept;
}

void LocalRowIndex::sortByNumber(std::vector<Row> &rows, int column, Qt::SortOrder order) const
{
    if (rows.size() < 2)
        return;
    const auto &keys = m_numbers[std::size_t(column)];
    qint64 lo = keys[rows.front()];
    qint64 hi = lo;
    for (const Row row : rows) {
        lo = std::min(lo, keys[row]);
        hi = std::max(hi, keys[row]);
    }
    const auto range = std::uint64_t(hi) - std::uint64_t(lo);
    const bool descending = order == Qt::DescendingOrder;
    if (range > 0xffffffffu) {
        // Keys too far apart to pack beside a row number: rare for prices and stock; sort directly.
        std::stable_sort(rows.begin(), rows.end(),
            [&](Row a, Row b) { return descending ? keys[a] > keys[b] : keys[a] < keys[b]; });
        return;
    }
    // (key - lo) in the high 32 bits, the row in the low 32; a descending key is range - key, so
    // the same stable ascending pass keeps equal keys in their given order either way.
    std::vector<std::uint64_t> packed(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto key = std::uint64_t(keys[rows[i]]) - std::uint64_t(lo);
        if (descending)
            key = range - key;
        packed[i] = (key << 32) | rows[i];
    }
    std::vector<std::uint64_t> buffer(rows.size());
    std::vector<std::uint32_t> counts(1 << 16);
    for (int shift = 32; shift < 64 && (range >> (shift - 32)) != 0; shift += 16) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const auto value : packed)
            ++counts[(value >> shift) & 0xffff];
        std::uint32_t sum = 0;
        for (auto &count : counts)
            sum += std::exchange(count, sum);
        for (const auto value : packed)
            buffer[counts[(value >> shift) & 0xffff]++] = value;
        packed.swap(buffer);
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = Row(packed[i]);
}

} // namespace Kepler
