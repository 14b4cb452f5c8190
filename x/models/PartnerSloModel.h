#pragma once

#include "DashboardSeries.h"

#include "domain/SloMath.h"

#include <QAbstractTableModel>

namespace Kepler {

// The SLO per partner (✦ issue 7), worst burn first: for each partner the burn rates over 5 min,
// 1 h, 6 h and 3 days, the alert those windows give (the SRE workbook's rules, domain/SloMath), the
// error budget left over 30 days and the 30-day SLI, against the overall target. Built from two
// availability answers grouped by partner: the last 6 h at 5-minute steps (5m, 30m, 1h, 6h windows)
// and the last 30 days at daily steps (3d from the last three days, 30d from all).
class PartnerSloModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Partner,
        Alert,
        Burn5m,
        Burn1h,
        Burn6h,
        Burn3d,
        BudgetLeft,
        Sli30d,
        Requests30d,
        Count
    };
    enum Role { RawRole = Qt::UserRole + 1, PartnerIdRole, AlertRole };

    struct Row
    {
        qint64 partnerId = 0;
        QString name;
        Slo::BurnRates burn;
        Slo::AlertState alert = Slo::AlertState::Ok;
        double budgetLeft = 1;
        Slo::Counts d30;
        double worstBurn() const { return std::max({burn.m5, burn.h1, burn.h6, burn.d3}); }
    };

    explicit PartnerSloModel(QObject *parent = nullptr);

    void setMetrics(const AvailabilityMetrics &lastSixHours, const AvailabilityMetrics &lastThirtyDays,
        double target, const DashboardSeries::KeyName &name = {});
    const Row &rowAt(int row) const { return m_rows.at(row); }
    double target() const { return m_target; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    double m_target = 0.9999;
};

} // namespace Kepler
