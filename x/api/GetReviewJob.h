#pragma once

#include "ApiJob.h"
#include "ReviewDetail.h"

namespace Kepler {

// GET /api/v1/reviews/{id}: one item with its partner, and for a mini-program the submission,
// the live release to compare against and the app's other versions.
class GetReviewJob : public ApiJob
{
    Q_OBJECT

public:
    GetReviewJob(ApiSession *session, const QString &itemId);

    QString itemId() const { return m_itemId; }
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::ReviewDetail &detail);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_itemId;
};

} // namespace Kepler
