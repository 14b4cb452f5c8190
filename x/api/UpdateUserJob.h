#pragma once

#include "ApiJob.h"

#include "domain/StaffUser.h"

namespace Kepler {

// PATCH /api/v1/users/{id} (admins): display name, roles, disabled — only what changed between
// `before` (as loaded, with its version) and `after`, with If-Match naming before's version.
class UpdateUserJob : public ApiJob
{
    Q_OBJECT

public:
    UpdateUserJob(ApiSession *session, const StaffUser &before, const StaffUser &after);

    QByteArray verb() const override { return "PATCH"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::StaffUser &user);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    StaffUser m_before;
    StaffUser m_after;
};

} // namespace Kepler
