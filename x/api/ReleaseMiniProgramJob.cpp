#include "ReleaseMiniProgramJob.h"

#include "ReviewDecode.h"

#include "domain/MiniProgramLifecycle.h"

namespace Kepler {

ReleaseMiniProgramJob::ReleaseMiniProgramJob(
    ApiSession *session, const MiniProgramVersion &version, int percent)
    : ApiJob(session)
    , m_version(version)
    , m_percent(percent)
{
}

QString ReleaseMiniProgramJob::path() const
{
    return u"/api/v1/reviews/"_qs + ReviewDecode::itemIdOf(m_version) + u"/release"_qs;
}

QJsonObject ReleaseMiniProgramJob::body() const
{
    return {{u"percent"_qs, m_percent}};
}

ApiJob::Headers ReleaseMiniProgramJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_version.version)}};
}

bool ReleaseMiniProgramJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_version.id <= 0 || m_version.version < 1) {
        *why = tr("No mini-program version is selected.");
        return false;
    }
    using MiniProgramLifecycle::ReleaseRefusal;
    const auto refusal
        = MiniProgramLifecycle::checkRelease(m_version.status, m_version.grayPercent, m_percent);
    if (!refusal)
        return true;
    switch (*refusal) {
    case ReleaseRefusal::InvalidState:
        *why = tr("Only an approved or released version can be released (this one is %1).")
                   .arg(displayName(m_version.status));
        break;
    case ReleaseRefusal::OutOfRange:
        *why = tr("The percentage must be between 1 and 100.");
        break;
    case ReleaseRefusal::AlreadyFull:
        *why = tr("This version is already released to everyone.");
        break;
    case ReleaseRefusal::NotIncreasing:
        *why = tr("A gray release can only grow: choose more than %1 %.")
                   .arg(m_version.grayPercent.value_or(0));
        break;
    }
    return false;
}

bool ReleaseMiniProgramJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    ReviewDetail detail;
    if (!ReviewDecode::detail(body.object(), headers, &detail, error))
        return false;
    Q_EMIT finished(detail);
    return true;
}

} // namespace Kepler
