#include "UpdatePartnerGroupJob.h"

#include "ApiDecode.h"

#include "domain/Partner.h"

namespace Kepler {

UpdatePartnerGroupJob::UpdatePartnerGroupJob(
    ApiSession *session, const PartnerGroup &before, const PartnerGroup &after)
    : ApiJob(session)
    , m_before(before)
    , m_after(after)
{
}

QString UpdatePartnerGroupJob::path() const
{
    return u"/api/v1/partner-groups/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(m_before.code));
}

QJsonObject UpdatePartnerGroupJob::body() const
{
    const QJsonObject a = m_before.toJson();
    const QJsonObject b = m_after.toJson();
    QJsonObject patch;
    for (const QString &key : {u"name"_qs, u"nameEn"_qs, u"rateLimit"_qs, u"dailyOrderCap"_qs})
        if (a.value(key) != b.value(key))
            patch.insert(key, b.value(key));
    return patch;
}

ApiJob::Headers UpdatePartnerGroupJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_before.version)}};
}

FieldErrors UpdatePartnerGroupJob::inputErrors() const
{
    PartnerGroup probe = m_before;
    return applyPartnerGroupPatch(body(), &probe);
}

bool UpdatePartnerGroupJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_before.code.isEmpty()) {
        *why = tr("No partner group is selected.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

bool UpdatePartnerGroupJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const auto group = PartnerGroup::fromJson(body.object());
    if (!group) {
        *error = ApiError::decode(u"partner group"_qs, status);
        return false;
    }
    PartnerGroup g = *group;
    g.version = ApiDecode::versionFrom(headers, g.version);
    Q_EMIT finished(g);
    return true;
}

} // namespace Kepler
