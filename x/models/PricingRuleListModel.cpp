#include "PricingRuleListModel.h"

#include "LanguageRefresh.h"
#include "PricingText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Kepler {

PricingRuleListModel::PricingRuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    refreshOnLanguageChange(this);
}

void PricingRuleListModel::setRules(const QList<PricingRuleEntry> &rules)
{
    beginResetModel();
    m_rules = rules;
    // The engine's order: priority high to low, ties by id — the order the walk takes.
    std::stable_sort(
        m_rules.begin(), m_rules.end(), [](const PricingRuleEntry &a, const PricingRuleEntry &b) {
            return a.rule.priority != b.rule.priority ? a.rule.priority > b.rule.priority
                                                      : a.rule.id < b.rule.id;
        });
    endResetModel();
}

void PricingRuleListModel::setConflicts(const QList<PricingConflictEntry> &conflicts)
{
    m_conflicts = conflicts;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PricingRuleListModel::updateRule(const PricingRuleEntry &entry)
{
    const int row = rowOf(entry.rule.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rules.size()), int(m_rules.size()));
        m_rules.append(entry);
        endInsertRows();
        return;
    }
    m_rules[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int PricingRuleListModel::rowOf(qint64 ruleId) const
{
    for (int row = 0; row < m_rules.size(); ++row)
        if (m_rules.at(row).rule.id == ruleId)
            return row;
    return -1;
}

QList<PricingConflictEntry> PricingRuleListModel::conflictsOf(qint64 ruleId) const
{
    QList<PricingConflictEntry> out;
    for (const PricingConflictEntry &c : m_conflicts)
        if (c.firstRuleId == ruleId || c.secondRuleId == ruleId)
            out.append(c);
    return out;
}

QString PricingRuleListModel::conflictText(qint64 ruleId) const
{
    const QLocale locale;
    QStringList parts;
    for (const PricingConflictEntry &c : conflictsOf(ruleId))
        parts << tr("conflicts with #%1 on %2 SKUs, %3 partners")
                     .arg(c.otherThan(ruleId))
                     .arg(locale.toString(c.skuCount), locale.toString(c.partnerCount));
    return parts.join(u"; "_qs);
}

QString PricingRuleListModel::conflictSummary(qint64 ruleId) const
{
    QStringList others;
    for (const PricingConflictEntry &c : conflictsOf(ruleId))
        others << u"#%1"_qs.arg(c.otherThan(ruleId));
    return others.isEmpty()
        ? QString()
        : tr("with %1", "the rules a rule conflicts with: with #2, #5").arg(others.join(u", "_qs));
}

int PricingRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int PricingRuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PricingRuleListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const PricingRuleEntry &e = m_rules.at(index.row());
    const PricingRule &r = e.rule;
    const QLocale locale;
    const auto column = Column(index.column());
    switch (role) {
    case StatusRole:
        return toString(e.effectiveStatus);
    case RuleIdRole:
        return r.id;
    case ConflictCountRole:
        return int(conflictsOf(r.id).size());
    case Qt::ForegroundRole:
        if (column == Column::Conflicts)
            return QBrush(QColor(0xc6, 0x3b, 0x3b));
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Conflicts && !conflictsOf(r.id).isEmpty())
            // The whole text too, for a column narrower than it.
            return QString(conflictText(r.id) + u'\n'
                + tr("Two active rules of one priority claim the same prices; give one a higher priority."));
        if (column == Column::Window)
            return PricingText::window(r.validFrom, r.validUntil, QLocale());
        if (column == Column::Stacking)
            return r.exclusive
                ? tr("Applied only when no rule before it changed the price, then nothing after it")
                : tr("Applied together with the other rules in scope");
        return {};
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case Column::Status:
            return PricingText::statusName(e.effectiveStatus);
        case Column::Name:
            return role == SortRole ? QVariant(r.name) : QVariant(u"#%1  %2"_qs.arg(r.id).arg(r.name));
        case Column::Priority:
            return role == SortRole ? QVariant(r.priority) : QVariant(locale.toString(r.priority));
        case Column::Adjustment:
            return PricingText::adjustment(r.adjustment, r.value, locale);
        case Column::Stacking:
            return r.exclusive ? tr("Exclusive") : tr("Stackable");
        case Column::Window:
            return role == SortRole ? QVariant(r.validFrom)
                                    : QVariant(PricingText::window(r.validFrom, r.validUntil, locale, false));
        case Column::Conflicts:
            return role == SortRole ? QVariant(int(conflictsOf(r.id).size()))
                                    : QVariant(conflictSummary(r.id));
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PricingRuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Status:
        return tr("Status");
    case Column::Name:
        return tr("Rule");
    case Column::Priority:
        return tr("Priority");
    case Column::Adjustment:
        return tr("Adjustment");
    case Column::Stacking:
        return tr("Stacking");
    case Column::Window:
        return tr("Valid");
    case Column::Conflicts:
        return tr("Conflicts");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Kepler
