#include "ReviewWorkloadJob.h"

#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler {

ReviewWorkloadJob::ReviewWorkloadJob(ApiSession *session)
    : ApiJob(session)
{
}

QString ReviewWorkloadJob::path() const
{
    return u"/api/v1/reviews/workload"_qs;
}

bool ReviewWorkloadJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject json = body.object();
    if (!json.value(u"reviewers"_qs).isArray()) {
        *error = ApiError::decode(u"workload without a reviewers array"_qs, status);
        return false;
    }
    ReviewWorkload workload;
    for (const QJsonValue &v : json.value(u"reviewers"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        ReviewerLoad load;
        load.reviewer = o.value(u"reviewer"_qs).toString();
        load.claimed = o.value(u"claimed"_qs).toInt();
        load.decidedToday = o.value(u"decidedToday"_qs).toInt();
        load.oldestClaimedAt = fromIsoUtc(o.value(u"oldestClaimedAt"_qs).toString());
        if (!load.reviewer.isEmpty())
            workload.reviewers.append(load);
    }
    const QJsonObject oldest = json.value(u"oldestWaiting"_qs).toObject();
    workload.oldestWaitingId = oldest.value(u"id"_qs).toString();
    workload.oldestWaitingSince = fromIsoUtc(oldest.value(u"enteredAt"_qs).toString());
    if (!oldest.isEmpty())
        workload.oldestWaiting = ReviewQueueItem::fromJson(oldest);
    workload.waiting = json.value(u"waiting"_qs).toInt();
    workload.overdue = json.value(u"overdue"_qs).toInt();
    Q_EMIT finished(workload);
    return true;
}

} // namespace Kepler
