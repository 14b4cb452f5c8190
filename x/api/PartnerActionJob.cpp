#include "PartnerActionJob.h"

#include "ApiDecode.h"

#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

namespace Kepler {

PartnerActionJob::PartnerActionJob(ApiSession *session, const Partner &partner, PartnerAction action,
    const QString &reasonCode, const QString &note)
    : ApiJob(session)
    , m_partner(partner)
    , m_action(action)
    , m_reasonCode(reasonCode)
    , m_note(note.trimmed())
{
}

QString PartnerActionJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_partner.id) + u'/' + toString(m_action);
}

QJsonObject PartnerActionJob::body() const
{
    QJsonObject body;
    if (!m_reasonCode.isEmpty())
        body.insert(u"reasonCode"_qs, m_reasonCode);
    if (!m_note.isEmpty())
        body.insert(u"note"_qs, m_note);
    return body;
}

ApiJob::Headers PartnerActionJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_partner.version)}};
}

bool PartnerActionJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partner.id <= 0 || m_partner.version < 1) {
        *why = tr("No partner is selected.");
        return false;
    }
    if (!PartnerLifecycle::target(m_partner.status, m_action)) {
        *why = tr("This step is not possible while the partner is %1.").arg(displayName(m_partner.status));
        return false;
    }
    if (m_reasonCode.isEmpty() && PartnerLifecycle::requiresReason(m_action)) {
        *why = tr("Choose a reason.");
        return false;
    }
    if (!m_reasonCode.isEmpty() && !PartnerReason::isAllowed(m_action, m_reasonCode)) {
        *why = tr("This reason does not fit this step.");
        return false;
    }
    if (m_note.isEmpty() && !m_reasonCode.isEmpty() && PartnerReason::requiresNote(m_reasonCode)) {
        *why = tr("Add a note that explains the reason.");
        return false;
    }
    if (m_note.size() > PartnerReason::MaxNoteLength) {
        *why = tr("The note is too long (at most %n character(s)).", nullptr, PartnerReason::MaxNoteLength);
        return false;
    }
    return true;
}

bool PartnerActionJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    Partner partner;
    if (!ApiDecode::partner(body.object(), headers, &partner, error))
        return false;
    Q_EMIT finished(partner);
    return true;
}

} // namespace Kepler
