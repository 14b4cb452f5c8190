#pragma once

#include "ApiJob.h"
#include "PartnerTimeline.h"

namespace Kepler {

// GET /api/v1/partners/{id}/timeline: the partner's history, newest first.
class PartnerTimelineJob : public ApiJob
{
    Q_OBJECT

public:
    PartnerTimelineJob(ApiSession *session, qint64 partnerId, int limit = 50, const QString &cursor = {});

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::TimelinePage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
    int m_limit;
    QString m_cursor;
};

} // namespace Kepler
