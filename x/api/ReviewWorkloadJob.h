#pragma once

#include "ApiJob.h"
#include "ReviewWorkload.h"

namespace Kepler {

// GET /api/v1/reviews/workload: items claimed and decided today per reviewer, the oldest waiting item.
class ReviewWorkloadJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ReviewWorkloadJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

Q_SIGNALS:
    void finished(const Kepler::ReviewWorkload &workload);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
