#include "MetricsFeed.h"

#include "MetricsTail.h"
#include "api/MetricsAvailabilityJob.h"
#include "api/MetricsOrdersJob.h"

namespace Kepler {

MetricsFeed::MetricsFeed(ApiSession *session, Kind kind, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
{
}

MetricsFeed::~MetricsFeed()
{
    cancel();
}

void MetricsFeed::setQuestion(const MetricsRequest &question)
{
    m_question = question;
    m_hasData = false;
}

void MetricsFeed::cancel()
{
    ++m_generation;
    if (m_job)
        m_job->deleteLater(); // deleting a running job aborts it without a signal
    m_job = nullptr;
}

void MetricsFeed::load(qint64 fromMs, qint64 toMs)
{
    MetricsRequest r = m_question;
    r.from = fromMs;
    r.to = toMs;
    m_heldFrom = fromMs;
    m_heldTo = toMs;
    start(r, false, fromMs);
}

void MetricsFeed::refresh(qint64 fromMs, qint64 toMs)
{
    // A sliding range of the same length that still overlaps what is held: only the tail.
    const bool continues
        = m_hasData && toMs - fromMs == m_heldTo - m_heldFrom && toMs >= m_heldTo && fromMs <= m_heldTo;
    if (!continues) {
        load(fromMs, toMs);
        return;
    }
    const MetricsRequest tail = m_kind == Kind::Orders
        ? MetricsTail::request(m_question, m_orders, toMs)
        : MetricsTail::request(m_question, m_availability, toMs);
    m_heldFrom = fromMs;
    m_heldTo = toMs;
    start(tail, true, fromMs);
}

void MetricsFeed::start(const MetricsRequest &request, bool tail, qint64 keepFrom)
{
    cancel();
    const quint64 generation = m_generation;
    Q_EMIT loading();
    if (m_kind == Kind::Orders) {
        auto *job = new MetricsOrdersJob(m_session, request);
        connect(job, &MetricsOrdersJob::finished, this,
            [=, this](const OrderMetrics &answer) { accept(&m_orders, answer, tail, keepFrom, generation); });
        m_job = job;
    } else {
        auto *job = new MetricsAvailabilityJob(m_session, request);
        connect(job, &MetricsAvailabilityJob::finished, this, [=, this](const AvailabilityMetrics &answer) {
            accept(&m_availability, answer, tail, keepFrom, generation);
        });
        m_job = job;
    }
    connect(m_job, &ApiJob::failed, this, [this, generation](const ApiError &error) {
        if (generation != m_generation || error.kind == ApiError::Kind::Cancelled)
            return;
        m_job = nullptr;
        Q_EMIT failed(error);
    });
    m_job->start();
}

template<typename Answer>
void MetricsFeed::accept(Answer *held, const Answer &answer, bool tail, qint64 keepFrom, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_job = nullptr;
    m_lastAnswerFrom = answer.from;
    m_lastAnswerPoints = answer.series.isEmpty() ? 0 : int(answer.series.first().points.size());
    if (tail && MetricsTail::merge(held, answer, keepFrom)) {
        Q_EMIT updated(true);
        return;
    }
    if (tail) { // the tail did not fit (another step): ask for the whole range
        load(m_heldFrom, m_heldTo);
        return;
    }
    *held = answer;
    m_hasData = true;
    Q_EMIT updated(false);
}

} // namespace Kepler
