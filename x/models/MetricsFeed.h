#pragma once

#include "api/ApiJob.h"
#include "api/MetricsTypes.h"

#include <QObject>
#include <QPointer>

namespace Kepler {

class ApiSession;

// One dashboard chart's data: asks the metrics API for a range and holds the answer. refresh() (auto
// refresh, the Refresh button) fetches only the tail since the last point held and merges it
// (MetricsTail), sliding a relative range forward; load() asks for the whole range (a new range or
// grouping). A newer question drops the answer to an older one, so a slow reply never overwrites a
// fresher one.
class MetricsFeed : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Orders, Availability };

    MetricsFeed(ApiSession *session, Kind kind, QObject *parent = nullptr);
    ~MetricsFeed() override;

    Kind kind() const { return m_kind; }
    // Grouping, filters and an optional fixed step; from/to come with load() and refresh().
    void setQuestion(const MetricsRequest &question);
    const MetricsRequest &question() const { return m_question; }

    void load(qint64 fromMs, qint64 toMs);
    // The tail only when the held answer can continue into [from, to); otherwise load().
    void refresh(qint64 fromMs, qint64 toMs);
    void cancel();
    void reload() { load(m_heldFrom, m_heldTo); } // the last range again, whole (Retry)

    bool isLoading() const { return m_job != nullptr; }
    bool hasData() const { return m_hasData; }
    const OrderMetrics &orders() const { return m_orders; }
    const AvailabilityMetrics &availability() const { return m_availability; }
    // What the last answer held: its first time and its points per series (the tests check a refresh
    // asked for a few points, not the whole range).
    qint64 lastAnswerFrom() const { return m_lastAnswerFrom; }
    int lastAnswerPoints() const { return m_lastAnswerPoints; }

Q_SIGNALS:
    void loading();
    void updated(bool tailOnly);
    void failed(const Kepler::ApiError &error);

private:
    void start(const MetricsRequest &request, bool tail, qint64 keepFrom);
    template<typename Answer>
    void accept(Answer *held, const Answer &answer, bool tail, qint64 keepFrom, quint64 generation);

    ApiSession *m_session;
    Kind m_kind;
    MetricsRequest m_question;
    OrderMetrics m_orders;
    AvailabilityMetrics m_availability;
    bool m_hasData = false;
    qint64 m_heldFrom = 0; // the range the held answer was asked for
    qint64 m_heldTo = 0;
    qint64 m_lastAnswerFrom = 0;
    int m_lastAnswerPoints = 0;
    quint64 m_generation = 0;
    QPointer<ApiJob> m_job;
};

} // namespace Kepler
