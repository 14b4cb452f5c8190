#include "ListSessionsJob.h"

#include "ApiDecode.h"

namespace Kepler {

ListSessionsJob::ListSessionsJob(ApiSession *session, qint64 userId)
    : ApiJob(session)
    , m_userId(userId)
{
}

QString ListSessionsJob::path() const
{
    return m_userId > 0 ? u"/api/v1/users/%1/sessions"_qs.arg(m_userId) : u"/api/v1/sessions"_qs;
}

bool ListSessionsJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_userId < 0) {
        *why = tr("Choose an account.");
        return false;
    }
    return true;
}

bool ListSessionsJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<QJsonObject> items;
    QString nextCursor;
    int total = 0;
    if (!ApiDecode::page(body.object(), &items, &nextCursor, &total, error))
        return false;
    QList<StaffSession> sessions;
    sessions.reserve(items.size());
    for (const QJsonObject &item : std::as_const(items)) {
        StaffSession s;
        s.id = item.value(u"id"_qs).toInteger();
        s.userId = item.value(u"userId"_qs).toInteger();
        s.createdAt = QDateTime::fromString(item.value(u"createdAt"_qs).toString(), Qt::ISODateWithMs);
        s.lastSeenAt = QDateTime::fromString(item.value(u"lastSeenAt"_qs).toString(), Qt::ISODateWithMs);
        s.expiresAt = QDateTime::fromString(item.value(u"expiresAt"_qs).toString(), Qt::ISODateWithMs);
        s.current = item.value(u"current"_qs).toBool();
        s.userAgent = item.value(u"userAgent"_qs).toString();
        s.address = item.value(u"address"_qs).toString();
        if (s.id <= 0 || !s.expiresAt.isValid()) {
            *error = ApiError::decode(u"session without id or expiresAt"_qs);
            return false;
        }
        sessions.append(s);
    }
    Q_EMIT finished(sessions);
    return true;
}

} // namespace Kepler
