#include "PoolListModel.h"

#include "LanguageRefresh.h"
#include <QLocale>

namespace Kepler {

PoolListModel::PoolListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void PoolListModel::setPools(const QList<PoolEntry> &pools)
{
    beginResetModel();
    m_pools = pools;
    endResetModel();
}

void PoolListModel::updatePool(const PoolEntry &entry)
{
    const int row = rowOf(entry.pool.id);
    if (row < 0) {
        beginInsertRows({}, int(m_pools.size()), int(m_pools.size()));
        m_pools.append(entry);
        endInsertRows();
        return;
    }
    m_pools[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PoolListModel::rowOf(qint64 poolId) const
{
    for (int row = 0; row < m_pools.size(); ++row)
        if (m_pools.at(row).pool.id == poolId)
            return row;
    return -1;
}

QString PoolListModel::assignmentText(const ProductPool &pool)
{
    QStringList parts;
    for (PartnerMode m : pool.modes)
        parts << displayName(m);
    if (!pool.partners.isEmpty())
        parts << tr("%n partner(s)", nullptr, int(pool.partners.size()));
    // The locale's own list words: "Guide and 2 partners" in English, 、 and 和 in Chinese.
    return parts.isEmpty() ? tr("nobody yet") : QLocale().createSeparatedList(parts);
}

int PoolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pools.size());
}

int PoolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PoolListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const PoolEntry &e = m_pools.at(index.row());
    if (role == PoolIdRole)
        return e.pool.id;
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name:
        return e.pool.name;
    case Column::Members:
        if (role == SortRole)
            return e.memberCount;
        return e.memberCount < 0 ? u"–"_qs : QLocale().toString(e.memberCount);
    case Column::AssignedTo:
        return assignmentText(e.pool);
    case Column::Count:
        break;
    }
    return {};
}

QVariant PoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Pool");
    case Column::Members:
        return tr("SKUs");
    case Column::AssignedTo:
        return tr("Assigned to");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
