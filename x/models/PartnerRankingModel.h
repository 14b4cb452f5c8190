#pragma once

#include "DashboardSeries.h"

#include <QAbstractTableModel>

namespace Kepler {

// Partners ranked by what they sold in a range (orders grouped by partner, summed): orders, valid,
// invalid, the invalid share and GMV. Partners whose invalid share passes a threshold — with enough
// orders for the share to mean something — are flagged for review. Sorted on the raw values; the
// top-N view shows only the first rows. A bar role gives each row's share of the largest value in
// the sort column, for the ranking bars.
class PartnerRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Partner, Orders, ValidOrders, InvalidOrders, InvalidShare, Gmv, Count };
    enum Role { RawRole = Qt::UserRole + 1, PartnerIdRole, FlaggedRole, BarRole };

    struct Row
    {
        qint64 partnerId = 0;
        QString name;
        qint64 orders = 0;
        qint64 validOrders = 0;
        qint64 gmvFen = 0;
        qint64 invalid() const { return orders - validOrders; }
        double invalidShare() const { return orders > 0 ? double(invalid()) / double(orders) : 0.0; }
    };

    explicit PartnerRankingModel(QObject *parent = nullptr);

    // Sums each series of an answer grouped by partner; partners without orders are left out.
    void setMetrics(const OrderMetrics &metrics, const DashboardSeries::KeyName &name = {});
    void setRows(const QList<Row> &rows);
    void setTopN(int n); // 0: every row
    void setThreshold(double invalidShare, qint64 minOrders);
    double threshold() const { return m_threshold; }
    qint64 minOrders() const { return m_minOrders; }
    bool isFlagged(const Row &row) const;
    int flaggedCount() const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    qsizetype totalRows() const { return m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    double raw(const Row &row, Column column) const;
    void resort();

    QList<Row> m_rows;
    int m_topN = 0;
    double m_threshold = 0.08; // the demo's partners average ~6 %: flag the outliers
    qint64 m_minOrders = 10;
    Column m_sortColumn = Column::Gmv;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Kepler
