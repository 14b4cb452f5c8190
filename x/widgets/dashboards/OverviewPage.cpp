#include "OverviewPage.h"

#include "RankingBarDelegate.h"
#include "api/MetricsOrdersJob.h"
#include "api/SloJob.h"
#include "models/ChartValueFormat.h"
#include "models/DashboardSeries.h"
#include "models/MetricsFeed.h"
#include "models/PartnerRankingModel.h"
#include "widgets/charts/TimeSeriesChart.h"

#include "domain/MetricsRange.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

namespace Kepler {
namespace {

constexpr qint64 Day = MetricsRange::DayMs;
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xc6, 0x28, 0x28);
const QColor kWarn(0xb2, 0x6a, 0x00);

QString colored(const QString &text, const QColor &color)
{
    return u"<span style=\"color:%1\">%2</span>"_qs.arg(color.name(), text.toHtmlEscaped());
}

QString percent(double ratio, int decimals)
{
    return ChartValueFormat::percentOfRatio(decimals).text(ratio, QLocale());
}

} // namespace

OverviewPage::OverviewPage(ApiSession *session, QWidget *parent)
    : DashboardPage(session, u"dashboards/overview"_qs, parent)
    , m_availabilityTitle(new QLabel(this))
    , m_ordersTitle(new QLabel(this))
    , m_topTitle(new QLabel(this))
    , m_services(new QTableWidget(this))
    , m_orders(new TimeSeriesChart(this))
    , m_ordersFeed(new MetricsFeed(session, MetricsFeed::Kind::Orders, this))
    , m_rankingFeed(new MetricsFeed(session, MetricsFeed::Kind::Orders, this))
    , m_top(new PartnerRankingModel(this))
    , m_topTable(new QTableView(this))
{
    setObjectName(u"overviewPage"_qs);
    for (QLabel *title : {m_availabilityTitle, m_ordersTitle, m_topTitle}) {
        QFont f = title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        title->setFont(f);
    }
    auto *availability = new QGridLayout;
    addFigure(availability, 0, Figure::Availability);
    addFigure(availability, 1, Figure::BudgetLeft);
    addFigure(availability, 2, Figure::Alerts);
    auto *orders = new QGridLayout;
    addFigure(orders, 0, Figure::OrdersToday);
    addFigure(orders, 1, Figure::GmvToday);
    addFigure(orders, 2, Figure::ValidShareToday);

    m_services->setColumnCount(6);
    m_services->setObjectName(u"services"_qs);
    m_services->verticalHeader()->hide();
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setSelectionMode(QAbstractItemView::NoSelection);
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_services->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_services->setFixedHeight(m_services->verticalHeader()->defaultSectionSize() * 9 + 6);

    m_top->setTopN(5);
    m_topTable->setModel(m_top);
    m_topTable->setObjectName(u"topPartners"_qs);
    m_topTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move between partners
    m_topTable->verticalHeader()->hide();
    m_topTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (auto c : {PartnerRankingModel::Column::ValidOrders, PartnerRankingModel::Column::InvalidOrders})
        m_topTable->hideColumn(int(c));
    m_topTable->setItemDelegateForColumn(int(PartnerRankingModel::Column::Gmv),
        new RankingBarDelegate(PartnerRankingModel::BarRole, QColor(0x42, 0x85, 0xf4, 90), m_topTable));
    m_topTable->setMaximumHeight(200);
    m_orders->setMinimumHeight(260);

    body()->addWidget(m_availabilityTitle);
    body()->addLayout(availability);
    body()->addWidget(m_services);
    body()->addSpacing(8);
    body()->addWidget(m_ordersTitle);
    body()->addLayout(orders);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_orders, 3);
    auto *topBox = new QVBoxLayout;
    topBox->addWidget(m_topTitle);
    topBox->addWidget(m_topTable);
    topBox->addStretch();
    bottom->addLayout(topBox, 2);
    body()->addLayout(bottom);
    body()->addStretch();

    bindStates(m_ordersFeed, m_orders);
    connect(m_ordersFeed, &MetricsFeed::updated, this, [this] {
        m_orders->setTitle(ordersChartTitle());
        m_orders->setSeries(DashboardSeries::validInvalid(m_ordersFeed->orders()));
    });
    connect(m_rankingFeed, &MetricsFeed::updated, this, &OverviewPage::partnerNamesChanged);
    connect(m_topTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT partnerRequested(index.data(PartnerRankingModel::PartnerIdRole).toLongLong());
    });
    retranslate();
}

QLabel *OverviewPage::addFigure(QGridLayout *grid, int column, Figure figure)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *caption = new QLabel(frame);
    auto *value = new QLabel(tr("…"), frame);
    auto *comparison = new QLabel(frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    value->setFont(big);
    value->setTextFormat(Qt::RichText);
    comparison->setTextFormat(Qt::RichText);
    comparison->setWordWrap(true);
    value->setObjectName(u"figure%1"_qs.arg(int(figure)));
    comparison->setObjectName(u"comparison%1"_qs.arg(int(figure)));
    layout->addWidget(caption);
    layout->addWidget(value);
    layout->addWidget(comparison);
    layout->addStretch();
    grid->addWidget(frame, 0, column);
    m_captions.insert(int(figure), caption);
    m_values.insert(int(figure), value);
    m_comparisons.insert(int(figure), comparison);
    return value;
}

QLabel *OverviewPage::figureLabel(Figure figure) const
{
    return m_values.value(int(figure));
}

QLabel *OverviewPage::comparisonLabel(Figure figure) const
{
    return m_comparisons.value(int(figure));
}

void OverviewPage::fetch(qint64 fromMs, qint64 toMs, bool tailOnly)
{
    MetricsRequest ranking;
    ranking.groupBy = u"partner"_qs;
    ranking.step = DashboardSeries::stepFor(toMs - fromMs, 32);
    if (!tailOnly) {
        MetricsRequest orders;
        orders.step = DashboardSeries::stepFor(toMs - fromMs, DashboardSeries::CountChartPoints);
        m_ordersFeed->setQuestion(orders);
        m_rankingFeed->setQuestion(ranking);
    }
    for (MetricsFeed *f : {m_ordersFeed, m_rankingFeed})
        tailOnly ? f->refresh(fromMs, toMs) : f->load(fromMs, toMs);
    m_orders->setTimeRange(fromMs, toMs);
    ++m_generation; // answers to an older fetch are dropped
    loadSlo();
    loadDays();
}

void OverviewPage::loadSlo()
{
    const quint64 generation = m_generation;
    auto *job = new SloJob(session());
    connect(job, &SloJob::finished, this, [this, generation](const SloReport &report) {
        if (generation != m_generation)
            return;
        m_slo = report;
        m_sloReady = true;
        showSlo();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &e) {
        figureLabel(Figure::Availability)->setText(colored(tr("—"), kBad));
        comparisonLabel(Figure::Availability)->setText(e.message().toHtmlEscaped());
    });
    job->start();
}

void OverviewPage::loadDays()
{
    const quint64 generation = m_generation;
    m_daysReady = 0;
    // Days are Beijing days, as the platform counts them (and the daily order cap).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 dayStart = MetricsRange::dayOf(now);
    const std::pair<OrderPoint *, qint64> days[]
        = {{&m_today, 0}, {&m_yesterday, Day}, {&m_lastWeek, 7 * Day}};
    for (const auto &[target, back] : days) {
        MetricsRequest day;
        day.from = dayStart - back;
        day.to = std::max(now - back, day.from + 1);
        auto *job = new MetricsOrdersJob(session(), day);
        // clang 14 cannot capture a structured binding (C++20 allows it, clang 16 does): copy it.
        connect(
            job, &MetricsOrdersJob::finished, this, [this, generation, t = target](const OrderMetrics &m) {
                if (generation != m_generation)
                    return;
                *t = DashboardSeries::orderTotals(m, m.from, m.to);
                ++m_daysReady;
                if (m_daysReady == 3)
                    showDays();
            });
        connect(job, &ApiJob::failed, this, [this, generation](const ApiError &e) {
            if (generation != m_generation)
                return;
            comparisonLabel(Figure::OrdersToday)->setText(e.message().toHtmlEscaped());
        });
        job->start();
    }
}

void OverviewPage::showSlo()
{
    if (!m_sloReady)
        return;
    const QLocale l;
    QStringList alerts;
    m_services->setRowCount(0);
    for (const SloItem &item : std::as_const(m_slo.items)) {
        const bool met = !item.sli || *item.sli >= item.target;
        if (item.alert != u"ok"_qs)
            alerts.append(tr("%1: %2").arg(item.service == u"all"_qs ? tr("overall") : item.service,
                item.alert == u"page"_qs ? tr("page") : tr("ticket")));
        if (item.service == u"all"_qs) {
            figureLabel(Figure::Availability)
                ->setText(colored(item.sli ? percent(*item.sli, 4) : tr("no traffic"), met ? kGood : kBad));
            comparisonLabel(Figure::Availability)
                ->setText(tr("target %1 · %2 requests in 30 days")
                              .arg(percent(item.target, 2), l.toString(item.total))
                              .toHtmlEscaped());
            figureLabel(Figure::BudgetLeft)
                ->setText(colored(percent(item.errorBudgetRemaining, 1),
                    item.errorBudgetRemaining < 0          ? kBad
                        : item.errorBudgetRemaining < 0.25 ? kWarn
                                                           : kGood));
            comparisonLabel(Figure::BudgetLeft)
                ->setText(tr("burn rate 1 h %1×, 6 h %2×, 3 d %3×")
                              .arg(l.toString(item.burn1h, 'f', 1), l.toString(item.burn6h, 'f', 1),
                                  l.toString(item.burn3d, 'f', 1))
                              .toHtmlEscaped());
            continue;
        }
        const int row = m_services->rowCount();
        m_services->insertRow(row);
        const QString cells[]
            = {item.service, item.sli ? percent(*item.sli, 4) : tr("—"), percent(item.target, 3),
                percent(item.errorBudgetRemaining, 1), l.toString(item.burn1h, 'f', 1) + u'×',
                item.alert == u"page"_qs         ? tr("Page")
                    : item.alert == u"ticket"_qs ? tr("Ticket")
                                                 : tr("OK")};
        for (int c = 0; c < 6; ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setTextAlignment(
                c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            if ((c == 1 && !met) || (c == 3 && item.errorBudgetRemaining < 0)
                || (c == 5 && item.alert == u"page"_qs))
                cell->setForeground(kBad);
            else if (c == 5 && item.alert == u"ticket"_qs)
                cell->setForeground(kWarn);
            else if (c == 1)
                cell->setForeground(kGood);
            m_services->setItem(row, c, cell);
        }
    }
    figureLabel(Figure::Alerts)
        ->setText(
            alerts.isEmpty() ? colored(tr("None"), kGood) : colored(QString::number(alerts.size()), kBad));
    comparisonLabel(Figure::Alerts)
        ->setText(
            alerts.isEmpty() ? tr("No burn-rate alert is firing.") : alerts.join(u", "_qs).toHtmlEscaped());
}

void OverviewPage::showDays()
{
    const QLocale l;
    auto change = [&l](double now, double before) -> QString {
        if (before <= 0)
            return tr("no data");
        const double delta = (now - before) / before;
        const QString text = (delta >= 0 ? u"+"_qs : QString()) + percent(delta, 1);
        return colored(text, delta >= 0 ? kGood : kBad);
    };
    auto compare = [&](double now, double yesterday, double lastWeek, const QString &yesterdayText,
                       const QString &lastWeekText) {
        return tr("vs same time yesterday %1 (%2)<br>vs same time last week %3 (%4)")
            .arg(change(now, yesterday), yesterdayText.toHtmlEscaped(), change(now, lastWeek),
                lastWeekText.toHtmlEscaped());
    };
    const auto yuan = ChartValueFormat::yuanFromFen();
    figureLabel(Figure::OrdersToday)->setText(l.toString(m_today.orders));
    comparisonLabel(Figure::OrdersToday)
        ->setText(compare(double(m_today.orders), double(m_yesterday.orders), double(m_lastWeek.orders),
            l.toString(m_yesterday.orders), l.toString(m_lastWeek.orders)));
    figureLabel(Figure::GmvToday)->setText(yuan.text(double(m_today.gmvFen), l).toHtmlEscaped());
    comparisonLabel(Figure::GmvToday)
        ->setText(compare(double(m_today.gmvFen), double(m_yesterday.gmvFen), double(m_lastWeek.gmvFen),
            yuan.text(double(m_yesterday.gmvFen), l), yuan.text(double(m_lastWeek.gmvFen), l)));
    auto share = [](const OrderPoint &p) {
        return p.orders > 0 ? double(p.validOrders) / double(p.orders) : 0.0;
    };
    figureLabel(Figure::ValidShareToday)->setText(m_today.orders > 0 ? percent(share(m_today), 1) : tr("—"));
    comparisonLabel(Figure::ValidShareToday)
        ->setText(tr("same time yesterday %1<br>same time last week %2")
                      .arg(m_yesterday.orders > 0 ? percent(share(m_yesterday), 1) : tr("no data"),
                          m_lastWeek.orders > 0 ? percent(share(m_lastWeek), 1) : tr("no data")));
}

void OverviewPage::partnerNamesChanged()
{
    if (m_rankingFeed->hasData())
        m_top->setMetrics(m_rankingFeed->orders(), [this](const QString &key) { return partnerName(key); });
}

QString OverviewPage::ordersChartTitle() const
{
    return perStepTitle(
        tr("Valid and invalid orders"), m_ordersFeed->hasData() ? m_ordersFeed->orders().stepMs : 0);
}

void OverviewPage::retranslate()
{
    setHeading(tr("Overview"));
    m_availabilityTitle->setText(tr("Availability — the last 30 days"));
    m_ordersTitle->setText(tr("Orders today (Beijing time)"));
    m_topTitle->setText(tr("Top partners in the range (double-click to open)"));
    const std::pair<Figure, QString> captions[]
        = {{Figure::Availability, tr("Overall success ratio")}, {Figure::BudgetLeft, tr("Error budget left")},
            {Figure::Alerts, tr("Burn-rate alerts now")}, {Figure::OrdersToday, tr("Orders")},
            {Figure::GmvToday, tr("GMV")}, {Figure::ValidShareToday, tr("Valid-order share")}};
    for (const auto &[figure, text] : captions)
        m_captions.value(int(figure))->setText(text);
    m_services->setHorizontalHeaderLabels(
        {tr("Service"), tr("Success 30 d"), tr("Target"), tr("Budget left"), tr("Burn 1 h"), tr("Alert")});
    m_orders->setTitle(ordersChartTitle());
    // Screen readers name the tables by the titles shown above them.
    m_services->setAccessibleName(m_availabilityTitle->text());
    m_topTable->setAccessibleName(m_topTitle->text());
    showSlo();
    if (m_daysReady == 3)
        showDays();
}

} // namespace Kepler
