#include "PartnerRankingModel.h"

#include "ChartValueFormat.h"
#include "LanguageRefresh.h"

#include <QColor>
#include <QLocale>

namespace Kepler {

PartnerRankingModel::PartnerRankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void PartnerRankingModel::setMetrics(const OrderMetrics &metrics, const DashboardSeries::KeyName &name)
{
    QList<Row> rows;
    for (const auto &s : metrics.series) {
        Row r;
        r.partnerId = s.key.toLongLong();
        r.name = name ? name(s.key) : s.key;
        for (const OrderPoint &p : s.points) {
            r.orders += p.orders;
            r.validOrders += p.validOrders;
            r.gmvFen += p.gmvFen;
        }
        if (r.orders > 0)
            rows.append(r);
    }
    setRows(rows);
}

void PartnerRankingModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    resort();
    endResetModel();
}

void PartnerRankingModel::setTopN(int n)
{
    beginResetModel();
    m_topN = std::max(0, n);
    endResetModel();
}

void PartnerRankingModel::setThreshold(double invalidShare, qint64 minOrders)
{
    m_threshold = invalidShare;
    m_minOrders = minOrders;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
}

bool PartnerRankingModel::isFlagged(const Row &row) const
{
    return row.orders >= m_minOrders && row.invalidShare() > m_threshold;
}

int PartnerRankingModel::flaggedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) { return isFlagged(r); }));
}

int PartnerRankingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_topN > 0 ? std::min<qsizetype>(m_topN, m_rows.size()) : m_rows.size());
}

int PartnerRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

double PartnerRankingModel::raw(const Row &row, Column column) const
{
    switch (column) {
    case Column::Partner:
        return double(row.partnerId);
    case Column::Orders:
        return double(row.orders);
    case Column::ValidOrders:
        return double(row.validOrders);
    case Column::InvalidOrders:
        return double(row.invalid());
    case Column::InvalidShare:
        return row.invalidShare();
    case Column::Gmv:
        return double(row.gmvFen);
    case Column::Count:
        break;
    }
    return 0;
}

QVariant PartnerRankingModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Column column = Column(index.column());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Partner:
            return isFlagged(row) ? tr("⚠ %1").arg(row.name) : row.name;
        case Column::InvalidShare:
            return ChartValueFormat::percentOfRatio(1).text(row.invalidShare(), locale);
        case Column::Gmv:
            return ChartValueFormat::yuanFromFen().text(double(row.gmvFen), locale);
        case Column::Orders:
        case Column::ValidOrders:
        case Column::InvalidOrders:
            return locale.toString(qint64(raw(row, column)));
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Partner ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Column::InvalidShare && isFlagged(row))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::ToolTipRole:
        if (isFlagged(row))
            return tr("%1 of %2's orders were invalid (more than %3 with at least %n order(s)): review this "
                      "partner.",
                nullptr, int(m_minOrders))
                .arg(ChartValueFormat::percentOfRatio(1).text(row.invalidShare(), locale), row.name,
                    ChartValueFormat::percentOfRatio(0).text(m_threshold, locale));
        return {};
    case RawRole:
        return column == Column::Partner ? QVariant(row.name) : QVariant(raw(row, column));
    case PartnerIdRole:
        return row.partnerId;
    case FlaggedRole:
        return isFlagged(row);
    case BarRole: {
        double top = 0;
        for (const Row &r : m_rows)
            top = std::max(top, raw(r, column));
        return top > 0 ? raw(row, column) / top : 0.0;
    }
    default:
        return {};
    }
}

QVariant PartnerRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Partner:
        return tr("Partner");
    case Column::Orders:
        return tr("Orders");
    case Column::ValidOrders:
        return tr("Valid");
    case Column::InvalidOrders:
        return tr("Invalid");
    case Column::InvalidShare:
        return tr("Invalid share");
    case Column::Gmv:
        return tr("GMV");
    case Column::Count:
        break;
    }
    return {};
}

void PartnerRankingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = Column(column);
    m_sortOrder = order;
    resort();
    // Rows are replaced wholesale (the top N changes with the sort): no persistent index survives.
    changePersistentIndexList(persistentIndexList(), QModelIndexList(persistentIndexList().size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PartnerRankingModel::resort()
{
    const Column c = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        if (c == Column::Partner)
            return descending ? b.name.localeAwareCompare(a.name) < 0 : a.name.localeAwareCompare(b.name) < 0;
        const double x = raw(a, c), y = raw(b, c);
        if (x != y)
            return descending ? x > y : x < y;
        return a.partnerId < b.partnerId;
    });
}

} // namespace Kepler
