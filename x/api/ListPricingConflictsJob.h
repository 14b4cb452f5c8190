#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// GET /api/v1/pricing/conflicts: pairs of active rules of one priority that claim the same
// prices, with how many SKUs and partners they really collide on.
class ListPricingConflictsJob : public ApiJob
{
    Q_OBJECT

public:
    ListPricingConflictsJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

Q_SIGNALS:
    void finished(const QList<Kepler::PricingConflictEntry> &conflicts);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
};

} // namespace Kepler
