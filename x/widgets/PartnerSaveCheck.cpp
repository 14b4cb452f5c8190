#include "PartnerSaveCheck.h"

#include "api/ApiError.h"
#include "api/GetPartnerJob.h"
#include "domain/PartnerValidator.h"

namespace Kepler {

PartnerSaveCheck::PartnerSaveCheck(
    ApiSession *session, const Partner &before, const Partner &sent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_before(before)
    , m_sent(sent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PartnerSaveCheck::checkNow);
}

PartnerSaveCheck::~PartnerSaveCheck()
{
    if (m_job)
        m_job->abort();
}

bool PartnerSaveCheck::carries(const Partner &current, const Partner &before, const Partner &sent)
{
    Partner withDraft = current;
    if (!applyPartnerPatch(partnerPatch(before, sent), &withDraft).isEmpty())
        return false;
    return partnerPatch(current, withDraft).isEmpty();
}

void PartnerSaveCheck::checkNow()
{
    if (m_done)
        return;
    m_retry.stop();
    if (m_job)
        m_job->abort();
    auto *job = new GetPartnerJob(m_session, m_before.id);
    // One attempt per read: the loop here retries, and "the platform is back" starts a fresh one.
    job->setMaxAttempts(1);
    connect(job, &GetPartnerJob::finished, this, &PartnerSaveCheck::onAnswer);
    connect(job, &ApiJob::failed, this, [this](const ApiError &error) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        if (error.kind == ApiError::Kind::Http && error.httpStatus < 500 && error.httpStatus != 429) {
            // Answered, but not with the partner (gone, no longer allowed): the edit is not on it.
            m_done = true;
            Q_EMIT resolved(Outcome::NotSaved, m_before);
            return;
        }
        m_retry.start(RetryMs);
    });
    m_job = job;
    job->start();
}

void PartnerSaveCheck::onAnswer(const Partner &current)
{
    if (current.version > m_before.version) {
        m_done = true;
        Q_EMIT resolved(carries(current, m_before, m_sent) ? Outcome::Saved : Outcome::Conflict, current);
        return;
    }
    // Unchanged: the service may not have reached the write yet (it was paused with the request
    // in its queue). Ask a few more times before calling it lost.
    if (++m_unchangedAnswers < UnchangedAnswersForNotSaved) {
        m_retry.start(UnchangedRetryMs);
        return;
    }
    m_done = true;
    Q_EMIT resolved(Outcome::NotSaved, current);
}

} // namespace Kepler
