#include "ConnectionMonitor.h"

#include "ApiLogging.h"
#include "ApiSession.h"
#include "HealthJob.h"

namespace Kepler {

ConnectionMonitor::ConnectionMonitor(ApiSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    if (session)
        connect(session, &ApiSession::serverUnreachable, this, &ConnectionMonitor::probe);
}

void ConnectionMonitor::start()
{
    m_running = true;
    schedule();
}

void ConnectionMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

void ConnectionMonitor::setIntervals(int upMs, int downMs)
{
    m_upIntervalMs = qMax(1, upMs);
    m_downIntervalMs = qMax(1, downMs);
    if (m_running && !m_probing)
        schedule();
}

void ConnectionMonitor::schedule()
{
    if (m_running)
        m_timer.start(m_reachable ? m_upIntervalMs : m_downIntervalMs);
}

void ConnectionMonitor::probe()
{
    if (!m_running || m_probing || !m_session)
        return;
    m_timer.stop();
    m_probing = true;
    auto *job = new HealthJob(m_session);
    // One quick question, no retries: the monitor itself asks again, and a restart is what it
    // wants to notice, not to hide.
    job->setMaxAttempts(1);
    job->setTimeoutMs(ProbeTimeoutMs);
    connect(
        job, &HealthJob::finished, this, [this](const HealthStatus &health) { onAnswer(health.isOk(), {}); });
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) { onAnswer(false, error); });
    job->start();
}

void ConnectionMonitor::onAnswer(bool ok, const ApiError &error)
{
    m_probing = false;
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    // Only "no answer" means away: a 5xx or an odd health body still comes from a live server,
    // whose requests fail with their own messages.
    const bool reachable = ok
        || (error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout
            && error.kind != ApiError::Kind::Invalid);
    if (reachable != m_reachable) {
        m_reachable = reachable;
        if (reachable) {
            qCInfo(lcApi) << "the server answers again";
            Q_EMIT connectionRestored();
        } else {
            qCInfo(lcApi).noquote() << "the server does not answer:" << error.technicalDetails();
            Q_EMIT connectionLost(error);
        }
    }
    schedule();
}

} // namespace Kepler
