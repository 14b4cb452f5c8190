#pragma once

#include "ApiJob.h"
#include "ReviewPage.h"
#include "ReviewQuery.h"

namespace Kepler {

// GET /api/v1/reviews?...: one page of the review queue, oldest first. With the ETag of the last
// answer as If-None-Match a poll costs the service almost nothing when nothing changed: the job
// then ends with notModified() instead of finished().
class ListReviewsJob : public ApiJob
{
    Q_OBJECT

public:
    ListReviewsJob(ApiSession *session, const ReviewQuery &query, const QByteArray &ifNoneMatch = {});

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::ReviewPage &page);
    void notModified();

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
    bool handleNotModified(const Headers &headers) override;

private:
    ReviewQuery m_query;
    QByteArray m_ifNoneMatch;
};

} // namespace Kepler
