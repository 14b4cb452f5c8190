#include "UpdateUserJob.h"

#include "ApiDecode.h"
#include "UserInput.h"

#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler {

UpdateUserJob::UpdateUserJob(ApiSession *session, const StaffUser &before, const StaffUser &after)
    : ApiJob(session)
    , m_before(before)
    , m_after(after)
{
}

QString UpdateUserJob::path() const
{
    return u"/api/v1/users/"_qs + QString::number(m_before.id);
}

QJsonObject UpdateUserJob::body() const
{
    QJsonObject patch;
    if (m_after.displayName != m_before.displayName)
        patch.insert(u"displayName"_qs, m_after.displayName);
    if (m_after.roles != m_before.roles)
        patch.insert(u"roles"_qs, QJsonArray::fromStringList(rolesToStrings(m_after.roles)));
    if (m_after.disabled != m_before.disabled)
        patch.insert(u"disabled"_qs, m_after.disabled);
    return patch;
}

ApiJob::Headers UpdateUserJob::extraHeaders() const
{
    // Same entity-tag form as partners: the quoted version.
    return {{"If-Match", partnerEtag(m_before.version)}};
}

bool UpdateUserJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_before.id <= 0 || m_after.id != m_before.id) {
        *why = tr("No account is selected.");
        return false;
    }
    if (m_before.version < 1) {
        *why = tr("The record's version is missing. Reload it and try again.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    if (body().isEmpty()) {
        *why = tr("Nothing has changed.");
        return false;
    }
    return true;
}

FieldErrors UpdateUserJob::inputErrors() const
{
    return UserInput::checkDisplayName(m_after.displayName) + UserInput::checkRoles(m_after.roles);
}

bool UpdateUserJob::handleSuccess(
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
