#pragma once

#include "DashboardPage.h"

class QGridLayout;
class QLabel;
class QTableWidget;
class QTableView;

namespace Kepler {

class PartnerRankingModel;

// Overview (Ctrl+8, first for managers): what a manager reads in the morning. Availability over the
// 30-day budget — overall against 99.99 %, each service against 99.999 %, the error budget left and
// the burn-rate alerts now; orders, GMV and the valid-order share today against the same time
// yesterday and last week; orders over the chosen range and the top partners in it.
class OverviewPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Figure { Availability, BudgetLeft, Alerts, OrdersToday, GmvToday, ValidShareToday };

    explicit OverviewPage(ApiSession *session, QWidget *parent = nullptr);

    QLabel *figureLabel(Figure figure) const;
    QLabel *comparisonLabel(Figure figure) const;
    QTableWidget *servicesTable() const { return m_services; }
    TimeSeriesChart *ordersChart() const { return m_orders; }
    PartnerRankingModel *topModel() const { return m_top; }
    // The answers shown (the end-to-end test compares them with the API's).
    const SloReport &slo() const { return m_slo; }
    OrderPoint today() const { return m_today; }
    bool figuresReady() const { return m_sloReady && m_daysReady == 3; }

protected:
    void fetch(qint64 fromMs, qint64 toMs, bool tailOnly) override;
    void partnerNamesChanged() override;
    void retranslate() override;

private:
    QString ordersChartTitle() const;
    QLabel *addFigure(QGridLayout *grid, int column, Figure figure);
    void loadSlo();
    void loadDays();
    void showSlo();
    void showDays();

    QLabel *m_availabilityTitle;
    QLabel *m_ordersTitle;
    QLabel *m_topTitle;
    QHash<int, QLabel *> m_captions;
    QHash<int, QLabel *> m_values;
    QHash<int, QLabel *> m_comparisons;
    QTableWidget *m_services;
    TimeSeriesChart *m_orders;
    MetricsFeed *m_ordersFeed;
    MetricsFeed *m_rankingFeed;
    PartnerRankingModel *m_top;
    QTableView *m_topTable;
    SloReport m_slo;
    bool m_sloReady = false;
    OrderPoint m_today, m_yesterday, m_lastWeek;
    int m_daysReady = 0;
    quint64 m_generation = 0;
};

} // namespace Kepler
