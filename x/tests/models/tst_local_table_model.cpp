// LocalRowIndex and LocalTableModel against brute force on random rows: filter (one and several
// threads, case-insensitive, matches never spanning rows), clear, stable sort both ways, filter
// while sorted, row mapping and the signals a view sees.
#include "models/LocalTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Kepler;
using Row = LocalRowIndex::Row;

namespace {

struct Data
{
    QStringList names;
    std::vector<qint64> prices;
    std::vector<qint64> stock;
};

Data randomData(int count, quint32 seed)
{
    // A small alphabet so substrings recur; prices with many ties so stability shows.
    const QString alphabet = u"abcABC 手机壳Pro"_qs;
    QRandomGenerator rng(seed);
    Data d;
    for (int i = 0; i < count; ++i) {
        QString name;
        const int length = int(rng.bounded(12));
        for (int c = 0; c < length; ++c)
            name += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        d.names.append(name);
        d.prices.push_back(qint64(rng.bounded(50)) * 100 - 1000); // negatives too
        d.stock.push_back(rng.bounded(3) == 0 ? qint64(1) << 40 : qint64(rng.bounded(5))); // a wide range
    }
    return d;
}

class TestModel : public LocalTableModel
{
public:
    explicit TestModel(const Data &d)
        : LocalTableModel(2)
        , m_data(d)
    {
        for (qsizetype i = 0; i < d.names.size(); ++i)
            rowIndex().append(d.names.at(i), {d.prices[std::size_t(i)], d.stock[std::size_t(i)]});
        rowsLoaded();
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }

protected:
    QVariant sourceData(Row row, int column, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case 0:
            return m_data.names.at(int(row));
        case 1:
            return m_data.prices[row];
        case 2:
            return m_data.stock[row];
        }
        return {};
    }
    int sortNumberColumn(int column) const override { return column == 1 ? 0 : column == 2 ? 1 : -1; }

private:
    const Data &m_data;
};

std::vector<Row> bruteFilter(const Data &d, const QString &needle)
{
    std::vector<Row> rows;
    for (qsizetype i = 0; i < d.names.size(); ++i) {
        if (d.names.at(i).contains(needle, Qt::CaseInsensitive))
            rows.push_back(Row(i));
    }
    return rows;
}

void bruteSort(const Data &d, std::vector<Row> &rows, int numberColumn, Qt::SortOrder order)
{
    const auto &keys = numberColumn == 0 ? d.prices : d.stock;
    std::stable_sort(rows.begin(), rows.end(),
        [&](Row a, Row b) { return order == Qt::AscendingOrder ? keys[a] < keys[b] : keys[a] > keys[b]; });
}

std::vector<Row> shown(const TestModel &model)
{
    std::vector<Row> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.push_back(model.sourceRow(r));
    return rows;
}

} // namespace

class TestLocalTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterMatchesBruteForce_data();
    void filterMatchesBruteForce();
    void matchesNeverSpanRows();
    void sortIsStableBothWays();
    void filterWhileSortedAndClear();
    void rowMappingAndSignals();
};

void TestLocalTableModel::filterMatchesBruteForce_data()
{
    QTest::addColumn<QString>("needle");
    for (const QString &n : {u"a"_qs, u"AB"_qs, u"b c"_qs, u"手机"_qs, u"pro"_qs, u"PRO"_qs, u"壳P"_qs,
             u"zzz"_qs, u"aaaa"_qs, u" "_qs})
        QTest::newRow(qPrintable(n)) << n;
}

void TestLocalTableModel::filterMatchesBruteForce()
{
    QFETCH(QString, needle);
    const Data d = randomData(5000, 7);
    LocalRowIndex index(0);
    for (const QString &name : d.names)
        index.append(name, {});
    const auto expected = bruteFilter(d, needle);
    QCOMPARE(index.filter(needle, 1), expected);
    QCOMPARE(index.filter(needle, 2), expected);
    QCOMPARE(index.filter(needle, 7), expected); // uneven chunks
    QCOMPARE(index.filterWithin(index.allRows(), needle), expected);
    QCOMPARE(index.filter(QString(), 1).size(), std::size_t(d.names.size()));
}

void TestLocalTableModel::matchesNeverSpanRows()
{
    LocalRowIndex index(0);
    index.append(u"ab"_qs, {});
    index.append(u"cd"_qs, {});
    index.append(QString(), {});
    index.append(u"xbcx"_qs, {});
    QCOMPARE(index.filter(u"bc", 1), std::vector<Row> {3});
    QCOMPARE(index.filter(u"d", 2), std::vector<Row> {1});
    QCOMPARE(index.foldedText(3), u"xbcx");
}

void TestLocalTableModel::sortIsStableBothWays()
{
    const Data d = randomData(3000, 11);
    TestModel model(d);
    QAbstractItemModelTester tester(&model);
    for (const int column : {1, 2}) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            std::vector<Row> expected(std::size_t(d.names.size()));
            std::iota(expected.begin(), expected.end(), Row(0));
            bruteSort(d, expected, column - 1, order);
            QCOMPARE(shown(model), expected);
        }
    }
    model.sort(0); // a text column has no number: back to the loaded order
    QCOMPARE(model.sortColumn(), -1);
    QCOMPARE(model.sourceRow(0), Row(0));
    QCOMPARE(model.sourceRow(model.rowCount() - 1), Row(d.names.size() - 1));
}

void TestLocalTableModel::filterWhileSortedAndClear()
{
    const Data d = randomData(4000, 23);
    TestModel model(d);
    QAbstractItemModelTester tester(&model);
    model.sort(1, Qt::DescendingOrder);
    model.setFilterText(u"Ab"_qs);
    auto expected = bruteFilter(d, u"ab"_qs);
    bruteSort(d, expected, 0, Qt::DescendingOrder);
    QVERIFY(!expected.empty());
    QCOMPARE(shown(model), expected);

    model.setFilterText({});
    std::vector<Row> all(std::size_t(d.names.size()));
    std::iota(all.begin(), all.end(), Row(0));
    bruteSort(d, all, 0, Qt::DescendingOrder);
    QCOMPARE(shown(model), all);

    model.setFilterText(u"手"_qs);
    model.sort(2, Qt::AscendingOrder); // re-sorts the same matches
    expected = bruteFilter(d, u"手"_qs);
    bruteSort(d, expected, 1, Qt::AscendingOrder);
    QCOMPARE(shown(model), expected);
}

void TestLocalTableModel::rowMappingAndSignals()
{
    const Data d = randomData(500, 5);
    TestModel model(d);
    QAbstractItemModelTester tester(&model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setFilterText(u"c"_qs);
    QCOMPARE(reset.size(), 1);
    const auto expected = bruteFilter(d, u"c"_qs);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.sourceRow(r), expected[std::size_t(r)]);
        QCOMPARE(model.data(model.index(r, 0)).toString(), d.names.at(int(expected[std::size_t(r)])));
        QCOMPARE(model.viewRow(expected[std::size_t(r)]), r);
    }
    const auto hidden = bruteFilter(d, QString());
    for (const Row row : hidden) {
        if (!std::binary_search(expected.begin(), expected.end(), row)) {
            QCOMPARE(model.viewRow(row), -1);
            break;
        }
    }

    model.setFilterText(u"c"_qs); // unchanged: nothing happens
    model.sort(-1); // unchanged: nothing happens
    QCOMPARE(reset.size(), 1);
    model.setFilterText({});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), int(d.names.size()));
    QCOMPARE(model.totalRows(), int(d.names.size()));
    QCOMPARE(inserted.size(), 0); // one reset, never row by row
}

QTEST_GUILESS_MAIN(TestLocalTableModel)
#include "tst_local_table_model.moc"
