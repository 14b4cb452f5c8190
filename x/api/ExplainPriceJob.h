#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// GET /api/v1/pricing/explain?partner=&sku=&at=: the price the gateway would charge this partner
// for this SKU at that moment, and the rule trail that produced it.
class ExplainPriceJob : public ApiJob
{
    Q_OBJECT

public:
    ExplainPriceJob(ApiSession *session, qint64 partnerId, qint64 skuId, const QDateTime &at = {});

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;

    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::PriceExplainResult &result);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
    qint64 m_skuId;
    QDateTime m_at;
};

} // namespace Kepler
