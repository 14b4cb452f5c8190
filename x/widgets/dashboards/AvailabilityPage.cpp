#include "AvailabilityPage.h"

#include "api/ApiSession.h"
#include "api/CreateAnnotationJob.h"
#include "api/ListAnnotationsJob.h"
#include "api/SloJob.h"
#include "models/ChartValueFormat.h"
#include "models/DashboardSeries.h"
#include "models/DateTimeText.h"
#include "models/MetricsFeed.h"
#include "models/PartnerSloModel.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"

#include "domain/MetricsRange.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace Kepler {
namespace {

constexpr qint64 Day = MetricsRange::DayMs;

} // namespace

AvailabilityPage::AvailabilityPage(ApiSession *session, QWidget *parent)
    : DashboardPage(session, u"dashboards/availability"_qs, parent)
    , m_service(new QComboBox(this))
    , m_serviceLabel(new QLabel(this))
    , m_mark(new QPushButton(this))
    , m_partnerTitle(new QLabel(this))
    , m_note(new QLabel(this))
    , m_success(new TimeSeriesChart(this))
    , m_latency(new TimeSeriesChart(this))
    , m_rate(new TimeSeriesChart(this))
    , m_budget(new TimeSeriesChart(this))
    , m_byService(new MetricsFeed(session, MetricsFeed::Kind::Availability, this))
    , m_latencyFeed(new MetricsFeed(session, MetricsFeed::Kind::Availability, this))
    , m_budgetFeed(new MetricsFeed(session, MetricsFeed::Kind::Availability, this))
    , m_partnersShort(new MetricsFeed(session, MetricsFeed::Kind::Availability, this))
    , m_partnersLong(new MetricsFeed(session, MetricsFeed::Kind::Availability, this))
    , m_partnerSlo(new PartnerSloModel(this))
    , m_partnerTable(new QTableView(this))
{
    setObjectName(u"availabilityPage"_qs);
    m_service->addItem(QString(), QString());
    m_service->setObjectName(u"service"_qs);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mark->setObjectName(u"markMoment"_qs);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_serviceLabel);
    controls->addWidget(m_service);
    controls->addStretch();
    controls->addWidget(m_mark);
    body()->addLayout(controls);
    auto *grid = new QGridLayout;
    grid->addWidget(m_success, 0, 0);
    grid->addWidget(m_latency, 0, 1);
    grid->addWidget(m_rate, 1, 0);
    grid->addWidget(m_budget, 1, 1);
    for (TimeSeriesChart *c : {m_success, m_latency, m_rate, m_budget})
        c->setMinimumHeight(300);
    body()->addLayout(grid);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(m_note);
    QFont bold = m_partnerTitle->font();
    bold.setBold(true);
    m_partnerTitle->setFont(bold);
    body()->addWidget(m_partnerTitle);
    m_partnerTable->setModel(m_partnerSlo);
    m_partnerTable->setObjectName(u"partnerSlo"_qs);
    m_partnerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partnerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partnerTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move between partners
    m_partnerTable->verticalHeader()->hide();
    m_partnerTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_partnerTable->setMinimumHeight(300);
    body()->addWidget(m_partnerTable);

    m_success->setValueFormat(ChartValueFormat::percentOfRatio(3));
    m_latency->setValueFormat(ChartValueFormat::custom([](double v, const QLocale &l) -> QString {
        return l.toString(v, 'f', v < 10 ? 2 : 0) + u" ms"_qs;
    }));
    m_rate->setValueFormat(ChartValueFormat::number(1));
    m_budget->setValueFormat(ChartValueFormat::percentOfRatio(1));
    // A ratio tops out at 100 %; the budget goes below 0 when overspent, never above 100 %.
    m_success->setValueCeiling(1.0);
    m_budget->setValueCeiling(1.0);

    bindStates(m_byService, m_success);
    bindStates(m_byService, m_rate);
    bindStates(m_latencyFeed, m_latency);
    bindStates(m_budgetFeed, m_budget);
    connect(m_byService, &MetricsFeed::updated, this, &AvailabilityPage::showServices);
    connect(m_latencyFeed, &MetricsFeed::updated, this, &AvailabilityPage::showLatency);
    connect(m_budgetFeed, &MetricsFeed::updated, this, &AvailabilityPage::showBudget);
    connect(m_partnersShort, &MetricsFeed::updated, this, &AvailabilityPage::showPartners);
    connect(m_partnersLong, &MetricsFeed::updated, this, &AvailabilityPage::showPartners);
    for (MetricsFeed *f : {m_partnersShort, m_partnersLong})
        connect(f, &MetricsFeed::failed, this, [this](const ApiError &e) {
            m_partnerTitle->setText(tr("SLO per partner — could not be loaded: %1").arg(e.message()));
        });
    connect(m_service, &QComboBox::activated, this, [this] { fetch(rangeFrom(), rangeTo(), false); });
    connect(m_mark, &QPushButton::clicked, this, &AvailabilityPage::markMoment);
    connect(m_partnerTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(PartnerSloModel::PartnerIdRole).toLongLong();
        if (id > 0)
            Q_EMIT partnerRequested(id);
    });
    retranslate();
}

QString AvailabilityPage::serviceFilter() const
{
    return m_service->currentData().toString();
}

void AvailabilityPage::fetch(qint64 fromMs, qint64 toMs, bool tailOnly)
{
    const QString service = serviceFilter();
    MetricsRequest byService;
    byService.groupBy = service.isEmpty() ? u"service"_qs : QString();
    byService.service = service;
    MetricsRequest one;
    one.service = service;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    MetricsRequest budget = one;
    budget.step = u"1h"_qs;
    MetricsRequest partnersShort {0, 0, u"5m"_qs, u"partner"_qs, std::nullopt, service};
    MetricsRequest partnersLong {0, 0, u"1d"_qs, u"partner"_qs, std::nullopt, service};
    if (!tailOnly) {
        m_byService->setQuestion(byService);
        m_latencyFeed->setQuestion(one);
        m_budgetFeed->setQuestion(budget);
        m_partnersShort->setQuestion(partnersShort);
        m_partnersLong->setQuestion(partnersLong);
    }
    // Charts of the chosen range; the burn-down and the partner SLO cover their own windows up to now.
    for (MetricsFeed *f : {m_byService, m_latencyFeed})
        tailOnly ? f->refresh(fromMs, toMs) : f->load(fromMs, toMs);
    const std::pair<MetricsFeed *, qint64> windows[]
        = {{m_budgetFeed, 30 * Day}, {m_partnersShort, 6 * MetricsRange::HourMs}, {m_partnersLong, 30 * Day}};
    for (const auto &[feed, length] : windows)
        tailOnly ? feed->refresh(now - length, now) : feed->load(now - length, now);
    for (TimeSeriesChart *c : {m_success, m_latency, m_rate})
        c->setTimeRange(fromMs, toMs);
    if (!tailOnly)
        loadTargets();
    loadAnnotations();
}

void AvailabilityPage::loadTargets()
{
    auto *job = new SloJob(session());
    connect(job, &SloJob::finished, this, [this](const SloReport &report) {
        m_overallTarget = report.overallTarget;
        m_serviceTarget = report.serviceTarget;
        // The services seen in 30 days fill the chooser; the choice stays.
        const QString current = serviceFilter();
        for (const SloItem &item : report.items)
            if (item.service != u"all"_qs && m_service->findData(item.service) < 0)
                m_service->addItem(item.service, item.service);
        m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
        showBudget();
        showPartners();
        showMarkers();
    });
    job->start();
}

void AvailabilityPage::showServices()
{
    const AvailabilityMetrics &m = m_byService->availability();
    auto name = [this](const QString &key) {
        return key == u"all"_qs ? m_service->currentText() : key;
    };
    m_success->setSeries(DashboardSeries::requests(m, DashboardSeries::RequestValue::SuccessRatio, name));
    m_rate->setSeries(DashboardSeries::requests(m, DashboardSeries::RequestValue::RequestsPerMinute, name));
    showMarkers();
}

void AvailabilityPage::showLatency()
{
    m_latency->setSeries(DashboardSeries::latency(m_latencyFeed->availability()));
    // Incidents: where the overall (or the chosen service's) burn-rate alerts fired in the range.
    const double target = serviceFilter().isEmpty() ? m_overallTarget : m_serviceTarget;
    m_incidents = DashboardSeries::incidentStarts(m_latencyFeed->availability(), target);
    showMarkers();
}

void AvailabilityPage::showBudget()
{
    if (!m_budgetFeed->hasData())
        return;
    const double target = serviceFilter().isEmpty() ? m_overallTarget : m_serviceTarget;
    m_budget->setSeries({DashboardSeries::budgetBurnDown(m_budgetFeed->availability(), target)});
}

void AvailabilityPage::showPartners()
{
    if (!m_partnersShort->hasData() || !m_partnersLong->hasData())
        return;
    const double target = serviceFilter().isEmpty() ? m_overallTarget : m_serviceTarget;
    m_partnerSlo->setMetrics(m_partnersShort->availability(), m_partnersLong->availability(), target,
        [this](const QString &key) { return partnerName(key); });
    m_partnerTitle->setText(tr("SLO per partner, worst burn first — target %1 (double-click to open)")
                                .arg(ChartValueFormat::percentOfRatio(3).text(target, locale())));
}

void AvailabilityPage::loadAnnotations()
{
    const quint64 generation = ++m_annotationGeneration;
    const QString service = serviceFilter();
    auto *job
        = new ListAnnotationsJob(session(), rangeFrom(), rangeTo(), service.isEmpty() ? QString() : service);
    connect(
        job, &ListAnnotationsJob::finished, this, [this, generation](const QList<Annotation> &annotations) {
            if (generation != m_annotationGeneration)
                return;
            m_annotations = annotations;
            showMarkers();
        });
    job->start();
}

void AvailabilityPage::showMarkers()
{
    // Notes people wrote go on every chart; where alerts fired only on the success ratio, which is
    // what they are about (on all three, a bad week turns every chart into a fence).
    QList<ChartAnnotation> notes;
    for (const Annotation &a : std::as_const(m_annotations))
        notes.append({a.at, tr("%1 — %2").arg(a.note, a.createdBy)});
    QList<ChartAnnotation> withIncidents = notes;
    for (qint64 t : std::as_const(m_incidents))
        withIncidents.append({t, tr("Burn-rate alert fired")});
    std::sort(
        withIncidents.begin(), withIncidents.end(), [](const auto &a, const auto &b) { return a.ms < b.ms; });
    m_success->setAnnotations(withIncidents);
    for (TimeSeriesChart *c : {m_latency, m_rate})
        c->setAnnotations(notes);
    m_note->setText(m_incidents.isEmpty()
            ? tr("No burn-rate alert fired in this range.")
            : tr("Burn-rate alerts fired %n time(s) in this range (dashed markers on the success ratio).",
                nullptr, int(m_incidents.size())));
}

void AvailabilityPage::addAnnotation(qint64 atMs, const QString &note)
{
    auto *job = new CreateAnnotationJob(session(), atMs, note, serviceFilter());
    connect(job, &CreateAnnotationJob::finished, this, [this](const Annotation &created) {
        // On the charts at once: a list already on its way was asked before this one existed.
        ++m_annotationGeneration;
        m_annotations.append(created);
        showMarkers();
        // "Now" is past the end of a range that was loaded a while ago: the charts move on to it,
        // as Refresh would do (a custom range ending earlier stays; the note is outside it).
        if (created.at > rangeTo())
            Q_EMIT rangeBar()->refreshRequested();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiError &e) { m_note->setText(e.message()); });
    job->start();
}

void AvailabilityPage::markMoment()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Mark a moment"),
        tr("Note for now (%1), shown to everyone:").arg(DateTimeText::text(QDateTime::currentDateTime())),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !note.trimmed().isEmpty())
        addAnnotation(QDateTime::currentMSecsSinceEpoch(), note);
}

void AvailabilityPage::partnerNamesChanged()
{
    showPartners();
}

void AvailabilityPage::retranslate()
{
    setHeading(tr("Availability"));
    m_serviceLabel->setText(tr("Service:"));
    m_service->setItemText(0, tr("All services"));
    m_mark->setText(tr("Mark a moment…"));
    m_mark->setToolTip(
        tr("Add a note at the current time (a release, an incident); everyone sees it on these charts."));
    m_success->setTitle(tr("Success ratio"));
    m_latency->setTitle(tr("Latency p50 / p95 / p99"));
    m_rate->setTitle(tr("Requests per minute"));
    m_budget->setTitle(tr("Error budget left (30 days)"));
    m_partnerTitle->setText(tr("SLO per partner, worst burn first (double-click to open)"));
    m_partnerTable->setAccessibleName(m_partnerTitle->text()); // what a screen reader announces
    showPartners();
    showMarkers();
}

} // namespace Kepler
