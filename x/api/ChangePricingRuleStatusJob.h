#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// POST /api/v1/pricing/rules/{id}/activate or /deactivate with If-Match (deactivating makes the
// rule a draft again). Never retried: a lost race is 412 naming who saved.
class ChangePricingRuleStatusJob : public ApiJob
{
    Q_OBJECT

public:
    ChangePricingRuleStatusJob(ApiSession *session, qint64 ruleId, int version, bool activate);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;

    bool isIdempotent() const override { return false; }
    bool activates() const { return m_activate; }

Q_SIGNALS:
    void finished(const Kepler::PricingRuleEntry &rule);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
    int m_version;
    bool m_activate;
};

} // namespace Kepler
