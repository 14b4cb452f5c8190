#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;
class QToolButton;

namespace Kepler {

class FilterButton;
class SavedFiltersButton;
struct PartnerGroup;
struct PartnerQuery;

// The Partners page's search and filters: search as you type (one request per pause), mode,
// scenario, status and group choices, "Clear filters" and the saved filters. Long choices never
// widen it past its buttons' room (FilterButton shortens them, the tooltip has them whole).
class PartnerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerFilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    FilterButton *modeFilter() const { return m_modeFilter; }
    FilterButton *scenarioFilter() const { return m_scenarioFilter; }
    FilterButton *statusFilter() const { return m_statusFilter; }
    FilterButton *groupFilter() const { return m_groupFilter; }
    SavedFiltersButton *savedFilters() const { return m_savedFilters; }

    // Writes the search and the chosen filters into `query`; paging and sort stay as they are.
    void fillQuery(PartnerQuery *query) const;
    // The filter as a URL query (search, mode, scenario, status, group), and applying one back.
    QString currentFilterQuery() const;
    void applyFilterQuery(const QString &query);
    // The service's groups (an admin may rename them); the group filter hides while there are none.
    void setGroups(const QList<PartnerGroup> &groups);
    void focusSearch();

Q_SIGNALS:
    // The search or a filter changed (a pause in typing, Enter, a choice, Clear filters).
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFiltersChanged();
    QList<FilterButton *> filters() const;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    FilterButton *m_modeFilter = nullptr;
    FilterButton *m_scenarioFilter = nullptr;
    FilterButton *m_statusFilter = nullptr;
    FilterButton *m_groupFilter = nullptr;
    QToolButton *m_clearFilters = nullptr;
    SavedFiltersButton *m_savedFilters = nullptr;
};

} // namespace Kepler
