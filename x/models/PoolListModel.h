#pragma once

#include "api/PoolTypes.h"

#include <QAbstractTableModel>

namespace Kepler {

// The product pools as the Pools page lists them: name, member count, and who they are assigned
// to (modes by name, partners by count). Few rows; replaced on reload, updated after a save.
class PoolListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Members, AssignedTo, Count };
    enum Role { PoolIdRole = Qt::UserRole + 1, SortRole };

    explicit PoolListModel(QObject *parent = nullptr);

    void setPools(const QList<PoolEntry> &pools);
    void updatePool(const PoolEntry &entry);
    const PoolEntry &entryAt(int row) const { return m_pools.at(row); }
    int rowOf(qint64 poolId) const;

    static QString assignmentText(const ProductPool &pool);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PoolEntry> m_pools;
};

} // namespace Kepler
