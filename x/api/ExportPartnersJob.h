#pragma once

#include "ApiJob.h"

#include "domain/PartnerQuery.h"

namespace Kepler {

// GET /api/v1/partners:export?<filters and sort of the list>: every matching partner as CSV
// (UTF-8 with BOM, CRLF; see domain/PartnerCsv.h). The cursor and page size do not apply.
class ExportPartnersJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 120000;

    ExportPartnersJob(ApiSession *session, const PartnerQuery &query);

    QByteArray verb() const override { return "GET"; }
    QString path() const override { return u"/api/v1/partners:export"_qs; }
    QUrlQuery query() const override;
    QByteArray accept() const override { return "text/csv, application/problem+json"; }
    bool expectsJsonAnswer() const override { return false; }

    // The file name in a Content-Disposition header ("partners-20261125.csv"), or "partners.csv".
    static QString fileNameFrom(const QByteArray &contentDisposition);

Q_SIGNALS:
    // The file as the service sent it and the name it suggests.
    void finished(const QByteArray &csv, const QString &suggestedFileName);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
    bool handleRawSuccess(
        int status, const Headers &headers, const QByteArray &body, ApiError *error) override;

private:
    PartnerQuery m_query;
};

} // namespace Kepler
