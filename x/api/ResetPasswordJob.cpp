#include "ResetPasswordJob.h"

#include "UserInput.h"

#include "domain/StaffUser.h"

namespace Kepler {

ResetPasswordJob::ResetPasswordJob(ApiSession *session, qint64 userId, const QString &newPassword)
    : ApiJob(session)
    , m_userId(userId)
    , m_password(newPassword)
{
}

QString ResetPasswordJob::path() const
{
    return u"/api/v1/users/"_qs % QString::number(m_userId) % u"/password"_qs;
}

QJsonObject ResetPasswordJob::body() const
{
    return {{u"password"_qs, m_password}};
}

bool ResetPasswordJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_userId <= 0) {
        *why = tr("No account is selected.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("The password must have between %1 and %2 characters.")
                   .arg(UserLimits::PasswordMin)
                   .arg(UserLimits::PasswordMax);
        return false;
    }
    return true;
}

FieldErrors ResetPasswordJob::inputErrors() const
{
    return UserInput::checkPassword(m_password);
}

bool ResetPasswordJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    Q_EMIT finished();
    return true;
}

} // namespace Kepler
