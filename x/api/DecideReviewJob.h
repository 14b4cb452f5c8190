#pragma once

#include "ApiJob.h"
#include "ReviewDetail.h"

#include "domain/ReviewReason.h"

namespace Kepler {

// POST /api/v1/reviews/{id}/decision with If-Match: approve, reject or delay a mini-program
// submission (ReviewReason codes), or approve / reject a partner application (PartnerReason
// codes; no delay). The shared state machines and reason tables refuse what the service would
// before anything is sent. Never retried: two reviewers racing must see exactly one decision,
// and the loser gets 412 naming the winner (decidedBy()).
class DecideReviewJob : public ApiJob
{
    Q_OBJECT

public:
    DecideReviewJob(ApiSession *session, const ReviewQueueItem &item, ReviewDecision decision,
        const QString &reasonCode = {}, const QString &note = {});

    ReviewDecision decision() const { return m_decision; }
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; }

    // Who decided first, from a 412 answer; empty when the answer does not say.
    static QString decidedBy(const ApiError &error);

Q_SIGNALS:
    void finished(const Kepler::ReviewDetail &detail);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    bool checkMiniProgram(QString *why) const;
    bool checkPartnerApplication(QString *why) const;

    ReviewQueueItem m_item;
    ReviewDecision m_decision;
    QString m_reasonCode;
    QString m_note;
};

} // namespace Kepler
