#include "AuditDiffModel.h"

#include "AuditText.h"
#include "PaletteTint.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Kepler {

void AuditDiffModel::setValues(const QJsonValue &before, const QJsonValue &after)
{
    m_all = AuditDiff::lines(before, after);
    rebuild();
}

void AuditDiffModel::setOnlyChanged(bool onlyChanged)
{
    m_onlyChanged = onlyChanged;
    rebuild();
}

void AuditDiffModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const AuditDiff::Line &line : std::as_const(m_all))
        if (line.changed || !m_onlyChanged)
            m_shown.append(line);
    endResetModel();
}

int AuditDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const AuditDiff::Line &line = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Field)
            return role == Qt::ToolTipRole ? line.field : AuditText::fieldLabel(line.field);
        if (role == Qt::ToolTipRole) // the stored value, for whoever needs the exact text
            return index.column() == Before ? line.before : line.after;
        return AuditText::fieldValue(line.field, index.column() == Before ? line.before : line.after);
    case ChangedRole:
        return line.changed;
    case Qt::FontRole:
        if (line.changed && index.column() == After) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // Red for what went, green for what came: the colours every diff tool uses.
        if (!line.changed || index.column() == Field)
            return {};
        // Tinted over the palette's Base, so the theme's own text colour reads on it.
        return QBrush(PaletteTint::overBase(
            index.column() == Before ? PaletteTint::Removed : PaletteTint::Added, 0.15));
    default:
        return {};
    }
}

QVariant AuditDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kepler
