#pragma once

#include "DashboardPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kepler {

class PartnerSloModel;

// Availability (Ctrl+9): per service the success ratio, p50/p95/p99 latency and request rate over the
// range, with the annotations everyone has made and markers where burn-rate alerts fired; the error
// budget's burn-down over its 30 days; and the SLO per partner, worst burn first (✦). "Mark a
// moment…" adds an annotation.
class AvailabilityPage : public DashboardPage
{
    Q_OBJECT

public:
    explicit AvailabilityPage(ApiSession *session, QWidget *parent = nullptr);

    TimeSeriesChart *successChart() const { return m_success; }
    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *rateChart() const { return m_rate; }
    TimeSeriesChart *budgetChart() const { return m_budget; }
    PartnerSloModel *partnerSlo() const { return m_partnerSlo; }
    QTableView *partnerTable() const { return m_partnerTable; }
    const QList<Annotation> &annotations() const { return m_annotations; }
    // Adds an annotation without the dialog (the dialog calls this too).
    void addAnnotation(qint64 atMs, const QString &note);

protected:
    void fetch(qint64 fromMs, qint64 toMs, bool tailOnly) override;
    void partnerNamesChanged() override;
    void retranslate() override;

private:
    void showServices();
    void showLatency();
    void showBudget();
    void showPartners();
    void loadAnnotations();
    void showMarkers();
    void loadTargets();
    void markMoment();
    QString serviceFilter() const;

    QComboBox *m_service;
    QLabel *m_serviceLabel;
    QPushButton *m_mark;
    QLabel *m_partnerTitle;
    QLabel *m_note;
    TimeSeriesChart *m_success;
    TimeSeriesChart *m_latency;
    TimeSeriesChart *m_rate;
    TimeSeriesChart *m_budget;
    MetricsFeed *m_byService;
    MetricsFeed *m_latencyFeed;
    MetricsFeed *m_budgetFeed;
    MetricsFeed *m_partnersShort;
    MetricsFeed *m_partnersLong;
    PartnerSloModel *m_partnerSlo;
    QTableView *m_partnerTable;
    QList<Annotation> m_annotations;
    QList<qint64> m_incidents;
    double m_overallTarget = 0.9999;
    double m_serviceTarget = 0.99999;
    quint64 m_annotationGeneration = 0;
};

} // namespace Kepler
