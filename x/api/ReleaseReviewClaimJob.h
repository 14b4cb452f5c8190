#pragma once

#include "ApiJob.h"

namespace Kepler {

// DELETE /api/v1/reviews/{id}/claim: gives one's claim back (admins: anyone's) → 204.
class ReleaseReviewClaimJob : public ApiJob
{
    Q_OBJECT

public:
    ReleaseReviewClaimJob(ApiSession *session, const QString &itemId);

    QString itemId() const { return m_itemId; }
    QByteArray verb() const override { return "DELETE"; }
    QString path() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished();

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_itemId;
};

} // namespace Kepler
