#include "ListUsersJob.h"

#include "ApiDecode.h"

namespace Kepler {

ListUsersJob::ListUsersJob(ApiSession *session, int limit, const QString &cursor)
    : ApiJob(session)
    , m_limit(limit)
    , m_cursor(cursor)
{
}

QString ListUsersJob::path() const
{
    return u"/api/v1/users"_qs;
}

QUrlQuery ListUsersJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(m_limit));
    if (!m_cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, m_cursor);
    return q;
}

bool ListUsersJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_limit < 1 || m_limit > MaxLimit) {
        *why = tr("A page must hold between 1 and %1 accounts.").arg(MaxLimit);
        return false;
    }
    return true;
}

bool ListUsersJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<QJsonObject> items;
    UserPage page;
    if (!ApiDecode::page(body.object(), &items, &page.nextCursor, &page.total, error))
        return false;
    page.items.reserve(items.size());
    for (const QJsonObject &item : std::as_const(items)) {
        StaffUser user;
        if (!ApiDecode::user(item, {}, &user, error))
            return false;
        page.items.append(user);
    }
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
