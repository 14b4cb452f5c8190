#pragma once

#include "api/PricingTypes.h"

#include <QAbstractTableModel>

namespace Kepler {

// The pricing rules as the Pricing page lists them: status, name, priority, adjustment in words,
// exclusive or stackable, window in the user's locale, and the conflicts each rule is part of
// ("conflicts with #2 on 1,234 SKUs, 80 partners"), so a collision shows on the rules involved.
// Few rows (hundreds): replaced wholesale on reload, updated in place after a save.
class PricingRuleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Status, Name, Priority, Adjustment, Stacking, Window, Conflicts, Count };
    enum Role {
        StatusRole = Qt::UserRole + 1, // effective status as the wire names it: "active", ...
        RuleIdRole,
        ConflictCountRole,
        SortRole,
    };

    explicit PricingRuleListModel(QObject *parent = nullptr);

    void setRules(const QList<PricingRuleEntry> &rules);
    void setConflicts(const QList<PricingConflictEntry> &conflicts);
    // After a save or a status step: the row of that rule, or a new row for a new rule.
    void updateRule(const PricingRuleEntry &entry);

    const PricingRuleEntry &entryAt(int row) const { return m_rules.at(row); }
    int rowOf(qint64 ruleId) const;
    QList<PricingConflictEntry> conflictsOf(qint64 ruleId) const;
    QString conflictText(qint64 ruleId) const;
    // The table's cell: "with #2, #5"; the whole sentence is conflictText(), in the cell's tooltip.
    QString conflictSummary(qint64 ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PricingRuleEntry> m_rules;
    QList<PricingConflictEntry> m_conflicts;
};

} // namespace Kepler
