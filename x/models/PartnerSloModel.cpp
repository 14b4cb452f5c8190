#include "PartnerSloModel.h"

#include "ChartValueFormat.h"
#include "LanguageRefresh.h"

#include <QColor>
#include <QHash>
#include <QLocale>

namespace Kepler {
namespace {

// good/total of the last `n` points of a series (all when n < 0).
Slo::Counts lastPoints(const QList<RequestPoint> &points, qsizetype n)
{
    Slo::Counts c;
    const qsizetype first = n < 0 ? 0 : std::max<qsizetype>(0, points.size() - n);
    for (qsizetype i = first; i < points.size(); ++i)
        c += Slo::Counts {points[i].good, points[i].total};
    return c;
}

int severity(Slo::AlertState s)
{
    return s == Slo::AlertState::Page ? 2 : s == Slo::AlertState::Ticket ? 1 : 0;
}

} // namespace

PartnerSloModel::PartnerSloModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void PartnerSloModel::setMetrics(const AvailabilityMetrics &shortRange, const AvailabilityMetrics &longRange,
    double target, const DashboardSeries::KeyName &name)
{
    QHash<QString, Row> byKey;
    auto rowFor = [&](const QString &key) -> Row & {
        Row &r = byKey[key];
        r.partnerId = key.toLongLong();
        r.name = name ? name(key) : key;
        return r;
    };
    const qsizetype perHour = shortRange.stepMs > 0 ? 3'600'000 / shortRange.stepMs : 12;
    for (const auto &s : shortRange.series) {
        Row &r = rowFor(s.key);
        r.burn.m5 = Slo::burnRate(lastPoints(s.points, std::max<qsizetype>(1, perHour / 12)), target);
        r.burn.m30 = Slo::burnRate(lastPoints(s.points, std::max<qsizetype>(1, perHour / 2)), target);
        r.burn.h1 = Slo::burnRate(lastPoints(s.points, perHour), target);
        r.burn.h6 = Slo::burnRate(lastPoints(s.points, -1), target);
    }
    for (const auto &s : longRange.series) {
        Row &r = rowFor(s.key);
        const qsizetype perDay = longRange.stepMs > 0 ? 86'400'000 / longRange.stepMs : 1;
        r.burn.d3 = Slo::burnRate(lastPoints(s.points, 3 * perDay), target);
        r.d30 = lastPoints(s.points, -1);
        r.budgetLeft = Slo::errorBudgetRemaining(r.d30, target);
    }
    QList<Row> rows;
    for (Row &r : byKey) {
        r.alert = Slo::alertState(r.burn);
        if (r.d30.total > 0 || r.burn.h6 > 0)
            rows.append(r);
    }
    // Worst first: alerts before quiet partners, then the highest burn in any window, then the least
    // budget left.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (severity(a.alert) != severity(b.alert))
            return severity(a.alert) > severity(b.alert);
        if (a.worstBurn() != b.worstBurn())
            return a.worstBurn() > b.worstBurn();
        if (a.budgetLeft != b.budgetLeft)
            return a.budgetLeft < b.budgetLeft;
        return a.partnerId < b.partnerId;
    });
    beginResetModel();
    m_rows = rows;
    m_target = target;
    endResetModel();
}

int PartnerSloModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerSloModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PartnerSloModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows.at(index.row());
    const Column column = Column(index.column());
    const QLocale locale;
    auto burnText = [&](double b) -> QString {
        return locale.toString(b, 'f', b >= 10 ? 0 : 1) + u'×';
    };
    const double values[] = {double(r.partnerId), double(severity(r.alert)), r.burn.m5, r.burn.h1, r.burn.h6,
        r.burn.d3, r.budgetLeft, Slo::sli(r.d30), double(r.d30.total)};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Partner:
            return r.name;
        case Column::Alert:
            return r.alert == Slo::AlertState::Page  ? tr("Page")
                : r.alert == Slo::AlertState::Ticket ? tr("Ticket")
                                                     : tr("OK");
        case Column::Burn5m:
        case Column::Burn1h:
        case Column::Burn6h:
        case Column::Burn3d:
            return burnText(values[index.column()]);
        case Column::BudgetLeft:
            return ChartValueFormat::percentOfRatio(1).text(r.budgetLeft, locale);
        case Column::Sli30d:
            return r.d30.total > 0 ? ChartValueFormat::percentOfRatio(3).text(Slo::sli(r.d30), locale)
                                   : tr("—");
        case Column::Requests30d:
            return locale.toString(r.d30.total);
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Partner ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Column::Alert && r.alert != Slo::AlertState::Ok)
            return r.alert == Slo::AlertState::Page ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
        if (column == Column::BudgetLeft && r.budgetLeft < 0)
            return QColor(0xc6, 0x28, 0x28);
        if (column >= Column::Burn5m && column <= Column::Burn3d && values[index.column()] > 1)
            return QColor(0xb2, 0x6a, 0x00);
        return {};
    case RawRole:
        return column == Column::Partner ? QVariant(r.name) : QVariant(values[index.column()]);
    case PartnerIdRole:
        return r.partnerId;
    case AlertRole:
        return Slo::alertStateName(r.alert);
    default:
        return {};
    }
}

QVariant PartnerSloModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= int(Column::Burn5m) && section <= int(Column::Burn3d))
        return tr("Burn rate: how fast the error budget is spent; 1× spends it exactly in 30 days.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Partner:
        return tr("Partner");
    case Column::Alert:
        return tr("Alert");
    case Column::Burn5m:
        return tr("Burn 5 min");
    case Column::Burn1h:
        return tr("Burn 1 h");
    case Column::Burn6h:
        return tr("Burn 6 h");
    case Column::Burn3d:
        return tr("Burn 3 d");
    case Column::BudgetLeft:
        return tr("Budget left");
    case Column::Sli30d:
        return tr("Success 30 d");
    case Column::Requests30d:
        return tr("Requests 30 d");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
