#pragma once

#include "ApiJob.h"

#include "domain/StaffUser.h"

namespace Kepler {

// GET /api/v1/users/{id} (admins): one staff account and its version (ETag), e.g. to find out
// whether a save whose answer was lost went through.
class GetUserJob : public ApiJob
{
    Q_OBJECT

public:
    GetUserJob(ApiSession *session, qint64 userId);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::StaffUser &user);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
};

} // namespace Kepler
