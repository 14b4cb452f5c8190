#include "GetPricingPolicyJob.h"

#include "PricingDecode.h"

namespace Kepler {

GetPricingPolicyJob::GetPricingPolicyJob(ApiSession *session)
    : ApiJob(session)

{
}

QString GetPricingPolicyJob::path() const
{
    return u"/api/v1/pricing/policy"_qs;
}

bool GetPricingPolicyJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonValue bps = body.object().value(u"minMarginBps"_qs);
    if (!bps.isDouble()) {
        *error = ApiError::decode(u"policy without minMarginBps"_qs, status);
        return false;
    }
    Q_EMIT finished(bps.toInt());
    return true;
}

} // namespace Kepler
