#pragma once

#include "ApiJob.h"
#include "PartnerPage.h"

#include "domain/PartnerQuery.h"

namespace Kepler {

// GET /api/v1/partners?...: one page of partners, filtered and sorted by the service.
class ListPartnersJob : public ApiJob
{
    Q_OBJECT

public:
    ListPartnersJob(ApiSession *session, const PartnerQuery &query);

    PartnerQuery partnerQuery() const { return m_query; }

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::PartnerPage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PartnerQuery m_query;
};

} // namespace Kepler
