#pragma once

#include "ApiJob.h"
#include "ReviewDetail.h"

namespace Kepler {

// POST /api/v1/reviews/{id}/rollback {note} with If-Match: takes a released version back; the
// release before it is live again at 100 % (409 no_previous_release when there is none). Not retried.
class RollbackMiniProgramJob : public ApiJob
{
    Q_OBJECT

public:
    RollbackMiniProgramJob(ApiSession *session, const MiniProgramVersion &version, const QString &note = {});

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::ReviewDetail &detail);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    MiniProgramVersion m_version;
    QString m_note;
};

} // namespace Kepler
