#pragma once

#include "AuditDiff.h"

#include <QAbstractTableModel>

namespace Kepler {

// The before/after table of one audit line: field, value before, value after; changed rows
// stand out. Optionally only the changed fields.
class AuditDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Before, After, ColumnCount };
    enum Role { ChangedRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setValues(const QJsonValue &before, const QJsonValue &after);
    void setOnlyChanged(bool onlyChanged);
    bool onlyChanged() const { return m_onlyChanged; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<AuditDiff::Line> m_all;
    QList<AuditDiff::Line> m_shown;
    bool m_onlyChanged = true;
};

} // namespace Kepler
