#include "OrdersPage.h"

#include "RankingBarDelegate.h"
#include "models/ChartValueFormat.h"
#include "models/DashboardSeries.h"
#include "models/MetricsFeed.h"
#include "models/PartnerRankingModel.h"
#include "widgets/BoundedSpinBox.h"
#include "widgets/charts/TimeSeriesChart.h"

#include "domain/PartnerMode.h"
#include "domain/Scenario.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace Kepler {
namespace {

// Ranking sums come from a handful of coarse points; the chart's grouped answer stays well under the
// service's 200,000-point cap.
constexpr qint64 RankingPoints = 32;
constexpr qint64 GroupedPointBudget = 150'000;

QTableView *rankingTable(PartnerRankingModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between partners
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setMinimumHeight(280);
    return table;
}

} // namespace

OrdersPage::OrdersPage(ApiSession *session, QWidget *parent)
    : DashboardPage(session, u"dashboards/orders"_qs, parent)
    , m_value(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_stacked(new QCheckBox(this))
    , m_valueLabel(new QLabel(this))
    , m_groupingLabel(new QLabel(this))
    , m_chart(new TimeSeriesChart(this))
    , m_chartFeed(new MetricsFeed(session, MetricsFeed::Kind::Orders, this))
    , m_rankingFeed(new MetricsFeed(session, MetricsFeed::Kind::Orders, this))
    , m_top(new PartnerRankingModel(this))
    , m_invalid(new PartnerRankingModel(this))
    , m_topTable(rankingTable(m_top, this))
    , m_invalidTable(rankingTable(m_invalid, this))
    , m_topTitle(new QLabel(this))
    , m_invalidTitle(new QLabel(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new BoundedDoubleSpinBox(this))
    , m_flagged(new QLabel(this))
{
    setObjectName(u"ordersPage"_qs);
    for (int i = 0; i < 4; ++i) {
        m_value->addItem(QString(), i);
        m_grouping->addItem(QString(), i);
    }
    m_value->setObjectName(u"value"_qs);
    m_grouping->setObjectName(u"grouping"_qs);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_valueLabel);
    controls->addWidget(m_value);
    controls->addSpacing(12);
    controls->addWidget(m_groupingLabel);
    controls->addWidget(m_grouping);
    controls->addSpacing(12);
    controls->addWidget(m_stacked);
    controls->addStretch();
    body()->addLayout(controls);
    m_chart->setMinimumHeight(340);
    body()->addWidget(m_chart);

    m_top->setTopN(TopRows);
    m_top->sort(int(PartnerRankingModel::Column::Gmv), Qt::DescendingOrder);
    m_topTable->horizontalHeader()->setSortIndicator(
        int(PartnerRankingModel::Column::Gmv), Qt::DescendingOrder);
    m_topTable->setItemDelegateForColumn(int(PartnerRankingModel::Column::Gmv),
        new RankingBarDelegate(PartnerRankingModel::BarRole, QColor(0x42, 0x85, 0xf4, 90), m_topTable));
    m_topTable->setObjectName(u"topPartners"_qs);
    for (auto c : {PartnerRankingModel::Column::ValidOrders, PartnerRankingModel::Column::InvalidOrders})
        m_topTable->hideColumn(int(c));
    // Most invalid orders first: a partner with 1 invalid order of 1 is not the one to look at.
    m_invalid->sort(int(PartnerRankingModel::Column::InvalidOrders), Qt::DescendingOrder);
    m_invalidTable->horizontalHeader()->setSortIndicator(
        int(PartnerRankingModel::Column::InvalidOrders), Qt::DescendingOrder);
    m_invalidTable->setItemDelegateForColumn(int(PartnerRankingModel::Column::InvalidShare),
        new RankingBarDelegate(PartnerRankingModel::BarRole, QColor(0xe5, 0x39, 0x35, 70), m_invalidTable));
    m_invalidTable->setObjectName(u"invalidShare"_qs);
    m_invalidTable->hideColumn(int(PartnerRankingModel::Column::Gmv));
    m_threshold->setRange(0.5, 100);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.5);
    m_threshold->setSuffix(u" %"_qs);
    m_threshold->setValue(m_invalid->threshold() * 100);
    m_threshold->setObjectName(u"threshold"_qs);

    auto *tables = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_topTitle);
    left->addWidget(m_topTable);
    auto *right = new QVBoxLayout;
    auto *rightTop = new QHBoxLayout;
    rightTop->addWidget(m_invalidTitle);
    rightTop->addStretch();
    rightTop->addWidget(m_thresholdLabel);
    rightTop->addWidget(m_threshold);
    right->addLayout(rightTop);
    // A share typed beyond 0.5–100 % stays as typed; the ranking keeps the last valid one.
    m_threshold->input()->messageLabel()->setAlignment(Qt::AlignRight);
    right->addWidget(m_threshold->input()->messageLabel());
    right->addWidget(m_invalidTable);
    right->addWidget(m_flagged);
    tables->addLayout(left, 1);
    tables->addLayout(right, 1);
    body()->addLayout(tables);
    for (QLabel *title : {m_topTitle, m_invalidTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    bindStates(m_chartFeed, m_chart);
    connect(m_chartFeed, &MetricsFeed::updated, this, &OrdersPage::showChart);
    connect(m_rankingFeed, &MetricsFeed::updated, this, [this] {
        showRanking();
        // Partner lines follow the ranking: a new order of partners redraws the chart.
        if (Grouping(m_grouping->currentData().toInt()) == Grouping::Partner)
            showChart();
    });
    connect(m_rankingFeed, &MetricsFeed::failed, this, [this](const ApiError &e) {
        m_flagged->setText(tr("The ranking could not be loaded: %1").arg(e.message()));
    });
    connect(m_value, &QComboBox::activated, this, [this] { showChart(); });
    connect(m_grouping, &QComboBox::activated, this, [this] {
        applyQuestion();
        m_chartFeed->load(rangeFrom(), rangeTo());
    });
    connect(m_stacked, &QCheckBox::toggled, this, [this](bool on) {
        m_chart->setMode(on ? TimeSeriesChart::Mode::StackedArea : TimeSeriesChart::Mode::Lines);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        m_invalid->setThreshold(percent / 100.0, m_invalid->minOrders());
        showRanking();
    });
    for (QTableView *t : {m_topTable, m_invalidTable})
        connect(t, &QTableView::activated, this, &OrdersPage::openPartnerAt);
    applyQuestion();
    retranslate();
}

void OrdersPage::setValue(Value value)
{
    m_value->setCurrentIndex(int(value));
    showChart();
}

void OrdersPage::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(int(grouping));
    applyQuestion();
    if (hasLoaded())
        m_chartFeed->load(rangeFrom(), rangeTo());
}

void OrdersPage::setStacked(bool stacked)
{
    m_stacked->setChecked(stacked);
}

void OrdersPage::applyQuestion()
{
    MetricsRequest q;
    const qint64 range = std::max<qint64>(rangeTo() - rangeFrom(), 3'600'000);
    q.step = DashboardSeries::stepFor(range, DashboardSeries::CountChartPoints);
    switch (Grouping(m_grouping->currentData().toInt())) {
    case Grouping::None:
        break;
    case Grouping::Partner: {
        q.groupBy = u"partner"_qs;
        const qint64 partners = std::max<qint64>(m_top->totalRows(), 250);
        q.step = DashboardSeries::stepFor(
            range, std::min(DashboardSeries::CountChartPoints, GroupedPointBudget / partners));
        break;
    }
    case Grouping::Mode:
        q.groupBy = u"mode"_qs;
        break;
    case Grouping::Scenario:
        q.groupBy = u"scenario"_qs;
        break;
    }
    m_chartFeed->setQuestion(q);
}

void OrdersPage::fetch(qint64 fromMs, qint64 toMs, bool tailOnly)
{
    MetricsRequest ranking;
    ranking.groupBy = u"partner"_qs;
    ranking.step = DashboardSeries::stepFor(toMs - fromMs, RankingPoints);
    if (!tailOnly || ranking.step != m_rankingFeed->question().step)
        m_rankingFeed->setQuestion(ranking);
    if (!tailOnly)
        applyQuestion();
    if (tailOnly) {
        m_chartFeed->refresh(fromMs, toMs);
        m_rankingFeed->refresh(fromMs, toMs);
    } else {
        m_chartFeed->load(fromMs, toMs);
        m_rankingFeed->load(fromMs, toMs);
    }
    m_chart->setTimeRange(fromMs, toMs);
}

void OrdersPage::showChart()
{
    if (!m_chartFeed->hasData())
        return;
    const Grouping grouping = Grouping(m_grouping->currentData().toInt());
    const Value value = Value(m_value->currentData().toInt());
    OrderMetrics metrics = m_chartFeed->orders();
    DashboardSeries::KeyName name;
    switch (grouping) {
    case Grouping::None:
        name = [this](const QString &) {
            return m_value->currentText();
        };
        break;
    case Grouping::Partner: {
        QStringList order;
        for (int r = 0; r < m_top->totalRows(); ++r)
            order.append(QString::number(m_top->rowAt(r).partnerId));
        metrics = DashboardSeries::topSeries(metrics, order, TopSeries, u"others"_qs);
        name = [this](const QString &key) {
            return key == u"others"_qs ? tr("Other partners") : partnerName(key);
        };
        break;
    }
    case Grouping::Mode:
        name = [](const QString &key) {
            const auto mode = partnerModeFromString(key);
            return mode ? displayName(*mode) : key;
        };
        break;
    case Grouping::Scenario:
        name = [](const QString &key) {
            return scenarioDisplayName(key);
        };
        break;
    }
    QList<TimeSeries> series;
    switch (value) {
    case Value::Orders:
        series = DashboardSeries::orders(metrics, DashboardSeries::OrderValue::Orders, name);
        break;
    case Value::ValidAndInvalid:
        // Valid and invalid of everything: two layers that add up to all orders.
        metrics.series = {DashboardSeries::topSeries(metrics, {}, 0, u"all"_qs).series.value(0)};
        series = DashboardSeries::validInvalid(metrics);
        break;
    case Value::InvalidOrders:
        series = DashboardSeries::orders(metrics, DashboardSeries::OrderValue::InvalidOrders, name);
        break;
    case Value::Gmv:
        series = DashboardSeries::orders(metrics, DashboardSeries::OrderValue::GmvFen, name);
        break;
    }
    m_chart->setValueFormat(
        value == Value::Gmv ? ChartValueFormat::yuanFromFen() : ChartValueFormat::number());
    m_chart->setTitle(perStepTitle(m_value->currentText(), metrics.stepMs));
    m_chart->setSeries(series);
}

void OrdersPage::showRanking()
{
    if (!m_rankingFeed->hasData())
        return;
    const auto name = [this](const QString &key) {
        return partnerName(key);
    };
    m_top->setMetrics(m_rankingFeed->orders(), name);
    m_invalid->setMetrics(m_rankingFeed->orders(), name);
    const int flagged = m_invalid->flaggedCount();
    m_flagged->setText(flagged == 0
            ? tr("No partner is over the threshold.")
            : tr("%n partner(s) over the threshold (in red): review their orders.", nullptr, flagged));
}

void OrdersPage::partnerNamesChanged()
{
    showRanking();
    showChart();
}

void OrdersPage::openPartnerAt(const QModelIndex &index)
{
    const qint64 id = index.data(PartnerRankingModel::PartnerIdRole).toLongLong();
    if (id > 0)
        Q_EMIT partnerRequested(id);
}

void OrdersPage::retranslate()
{
    setHeading(tr("Orders"));
    m_valueLabel->setText(tr("Show:"));
    m_groupingLabel->setText(tr("Group by:"));
    const QString values[] = {tr("Orders"), tr("Valid and invalid orders"), tr("Invalid orders"), tr("GMV")};
    const QString groupings[]
        = {tr("Nothing"), tr("Partner (top %1)").arg(TopSeries), tr("Mode"), tr("Scenario")};
    for (int i = 0; i < 4; ++i) {
        m_value->setItemText(i, values[i]);
        m_grouping->setItemText(i, groupings[i]);
    }
    m_stacked->setText(tr("Stacked"));
    m_topTitle->setText(tr("Top partners by GMV (double-click to open)"));
    m_invalidTitle->setText(tr("Invalid-order share per partner"));
    m_thresholdLabel->setText(tr("Flag above:"));
    // Screen readers name the tables and the field by the titles shown beside them.
    m_topTable->setAccessibleName(m_topTitle->text());
    m_invalidTable->setAccessibleName(m_invalidTitle->text());
    m_threshold->setAccessibleName(m_thresholdLabel->text());
    //: %1 is the limit, e.g. "0.5 %"
    m_threshold->input()->setLimitMessages(
        tr("Enter a share of at least %1."), tr("Enter a share of at most %1."));
    m_threshold->setToolTip(
        tr("Partners with at least %n order(s) whose share of invalid orders is above this "
           "are flagged for review.",
            nullptr, int(m_invalid->minOrders())));
    showChart();
    showRanking();
}

} // namespace Kepler
