#pragma once

#include "DashboardPage.h"
#include "widgets/BoundedSpinBox.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;

namespace Kepler {

class PartnerRankingModel;

// Orders (Ctrl+0): orders, valid/invalid and GMV over time, overall or grouped by partner (the top 8
// and the rest), mode or scenario, as lines or stacked; the top partners as bars; the invalid-order
// share per partner with those over a threshold flagged for review (✦). A double click on a partner
// (or Enter) opens its detail and timeline.
class OrdersPage : public DashboardPage
{
    Q_OBJECT

public:
    enum class Value { Orders, ValidAndInvalid, InvalidOrders, Gmv };
    enum class Grouping { None, Partner, Mode, Scenario };
    static constexpr int TopSeries = 8;
    static constexpr int TopRows = 10;

    explicit OrdersPage(ApiSession *session, QWidget *parent = nullptr);

    TimeSeriesChart *chart() const { return m_chart; }
    PartnerRankingModel *topModel() const { return m_top; }
    PartnerRankingModel *invalidModel() const { return m_invalid; }
    QTableView *topTable() const { return m_topTable; }
    QTableView *invalidTable() const { return m_invalidTable; }
    MetricsFeed *chartFeed() const { return m_chartFeed; }
    MetricsFeed *rankingFeed() const { return m_rankingFeed; }
    void setValue(Value value);
    void setGrouping(Grouping grouping);
    void setStacked(bool stacked);

protected:
    void fetch(qint64 fromMs, qint64 toMs, bool tailOnly) override;
    void partnerNamesChanged() override;
    void retranslate() override;

private:
    void applyQuestion();
    void showChart();
    void showRanking();
    void openPartnerAt(const QModelIndex &index);

    QComboBox *m_value;
    QComboBox *m_grouping;
    QCheckBox *m_stacked;
    QLabel *m_valueLabel;
    QLabel *m_groupingLabel;
    TimeSeriesChart *m_chart;
    MetricsFeed *m_chartFeed;
    MetricsFeed *m_rankingFeed;
    PartnerRankingModel *m_top;
    PartnerRankingModel *m_invalid;
    QTableView *m_topTable;
    QTableView *m_invalidTable;
    QLabel *m_topTitle;
    QLabel *m_invalidTitle;
    QLabel *m_thresholdLabel;
    BoundedDoubleSpinBox *m_threshold;
    QLabel *m_flagged;
};

} // namespace Kepler
