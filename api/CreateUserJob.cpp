#include "CreateUserJob.h"

#include "ApiDecode.h"
#include "UserInput.h"

#include <QJsonArray>
#include <QUuid>

namespace Kepler {

CreateUserJob::CreateUserJob(ApiSession *session, const QString &username, const QString &displayName,
    const QString &password, Roles roles, const QByteArray &idempotencyKey)
    : ApiJob(session)
    , m_username(username.trimmed())
    , m_displayName(displayName.trimmed())
    , m_password(password)
    , m_roles(roles)
    , m_idempotencyKey(
          idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
}

QString CreateUserJob::path() const
{
    return u"/api/v1/users"_qs;
}

QJsonObject CreateUserJob::body() const
{
    return {
        {u"username"_qs, m_username},
        {u"displayName"_qs, m_displayName},
        {u"password"_qs, m_password},
        {u"roles"_qs, QJsonArray::fromStringList(rolesToStrings(m_roles))},
    };
}

ApiJob::Headers CreateUserJob::extraHeaders() const
{
    return {{"Idempotency-Key", m_idempotencyKey}};
}

bool CreateUserJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors CreateUserJob::inputErrors() const
{
    return UserInput::checkUsername(m_username) + UserInput::checkDisplayName(m_displayName)
        + UserInput::checkPassword(m_password) + UserInput::checkRoles(m_roles);
}

bool CreateUserJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    StaffUser user;
    if (!ApiDecode::user(body.object(), headers, &user, error))
        return false;
    Q_EMIT finished(user);
    return true;
}

} // namespace Kepler
