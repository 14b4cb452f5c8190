#pragma once

#include "ApiJob.h"
#include "PartnerImportReport.h"

namespace Kepler {

// POST /api/v1/partners:import?dryRun=…: uploads a partner CSV. finished() carries the per-row
// report for a dry run, for a successful real run and also for a real run the service refused
// as a whole (422, report.rejected): nothing was written then. failed() is for everything else,
// e.g. 400 invalid_csv (a missing column) with the reason in ApiError::detail/fieldErrors.
class ImportPartnersJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 180000; // 50,000 rows take a while on a busy service

    ImportPartnersJob(ApiSession *session, const QByteArray &csv, bool dryRun);

    QByteArray verb() const override { return "POST"; }
    QString path() const override { return u"/api/v1/partners:import"_qs; }
    QUrlQuery query() const override;
    QByteArray contentType() const override { return "text/csv; charset=utf-8"; }
    QByteArray bodyBytes() const override { return m_csv; }
    bool canStart(QString *why) const override;
    bool dryRun() const { return m_dryRun; }
    // A real run carries an Idempotency-Key made once per job, so a retry of this job after a
    // timeout is answered with the first run's report instead of importing twice.
    QByteArray idempotencyKey() const { return m_key; }
    Headers extraHeaders() const override;

    static ImportReport decodeReport(const QJsonObject &json);

Q_SIGNALS:
    void finished(const Kepler::ImportReport &report);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
    bool handleErrorAnswer(int status, const Headers &headers, const QJsonDocument &body) override;

private:
    QByteArray m_csv;
    bool m_dryRun;
    QByteArray m_key;
};

} // namespace Kepler
