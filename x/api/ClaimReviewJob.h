#pragma once

#include "ApiJob.h"

#include "domain/ReviewQueueItem.h"

namespace Kepler {

// POST /api/v1/reviews/{id}/claim: "I am reviewing this" for 30 minutes (again: extends). Someone
// else's live claim is 409 review_claimed; ApiError::message() names them.
class ClaimReviewJob : public ApiJob
{
    Q_OBJECT

public:
    ClaimReviewJob(ApiSession *session, const QString &itemId);

    QString itemId() const { return m_itemId; }
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    // Claiming twice only extends one's own claim: safe to retry.
    bool isIdempotent() const override { return true; }

    // The claim in a 409 review_claimed answer (who holds the item, until when).
    static std::optional<ReviewClaim> heldClaim(const ApiError &error);

Q_SIGNALS:
    void finished(const Kepler::ReviewQueueItem &item);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_itemId;
};

} // namespace Kepler
