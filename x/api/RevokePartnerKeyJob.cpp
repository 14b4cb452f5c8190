#include "RevokePartnerKeyJob.h"

#include "ApiDecode.h"

namespace Kepler {

RevokePartnerKeyJob::RevokePartnerKeyJob(
    ApiSession *session, qint64 partnerId, qint64 keyId, const QString &note)
    : ApiJob(session)
    , m_partnerId(partnerId)
    , m_keyId(keyId)
    , m_note(note.trimmed())
{
}

QString RevokePartnerKeyJob::path() const
{
    return u"/api/v1/partners/%1/keys/%2/revoke"_qs.arg(m_partnerId).arg(m_keyId);
}

QJsonObject RevokePartnerKeyJob::body() const
{
    QJsonObject body;
    if (!m_note.isEmpty())
        body.insert(u"note"_qs, m_note);
    return body;
}

bool RevokePartnerKeyJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0 || m_keyId <= 0) {
        *why = tr("No key is selected.");
        return false;
    }
    if (m_note.size() > MaxNoteLength) {
        *why = tr("The note is too long (at most %n character(s)).", nullptr, MaxNoteLength);
        return false;
    }
    return true;
}

bool RevokePartnerKeyJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PartnerKey key;
    if (!ApiDecode::partnerKey(body.object(), &key, error))
        return false;
    Q_EMIT finished(key);
    return true;
}

} // namespace Kepler
