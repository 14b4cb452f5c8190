#include "RollbackMiniProgramJob.h"

#include "ReviewDecode.h"

#include "domain/MiniProgramLifecycle.h"
#include "domain/ReviewReason.h"

namespace Kepler {

RollbackMiniProgramJob::RollbackMiniProgramJob(
    ApiSession *session, const MiniProgramVersion &version, const QString &note)
    : ApiJob(session)
    , m_version(version)
    , m_note(note.trimmed())
{
}

QString RollbackMiniProgramJob::path() const
{
    return u"/api/v1/reviews/"_qs + ReviewDecode::itemIdOf(m_version) + u"/rollback"_qs;
}

QJsonObject RollbackMiniProgramJob::body() const
{
    QJsonObject body;
    if (!m_note.isEmpty())
        body.insert(u"note"_qs, m_note);
    return body;
}

ApiJob::Headers RollbackMiniProgramJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_version.version)}};
}

bool RollbackMiniProgramJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_version.id <= 0 || m_version.version < 1) {
        *why = tr("No mini-program version is selected.");
        return false;
    }
    if (!MiniProgramLifecycle::target(m_version.status, MiniProgramAction::Rollback)) {
        *why = tr("Only a released version can be rolled back (this one is %1).")
                   .arg(displayName(m_version.status));
        return false;
    }
    if (m_note.size() > ReviewReason::MaxNoteLength) {
        *why = tr("The note is too long (at most %n character(s)).", nullptr, ReviewReason::MaxNoteLength);
        return false;
    }
    return true;
}

bool RollbackMiniProgramJob::handleSuccess(
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
