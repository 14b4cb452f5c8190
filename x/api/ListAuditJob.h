#pragma once

#include "ApiJob.h"
#include "AuditRecord.h"

#include "domain/AuditQuery.h"

namespace Kepler {

// GET /api/v1/audit?...: one page of the audit log, newest first, filtered by the service.
class ListAuditJob : public ApiJob
{
    Q_OBJECT

public:
    ListAuditJob(ApiSession *session, const AuditQuery &query);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::AuditRecordPage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    AuditQuery m_query;
};

} // namespace Kepler
