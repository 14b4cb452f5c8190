#include "ListAnnotationsJob.h"

#include "MetricsDecode.h"

#include <QJsonArray>

namespace Kepler {

ListAnnotationsJob::ListAnnotationsJob(ApiSession *session, qint64 fromMs, qint64 toMs, const QString &scope)
    : ApiJob(session)
    , m_from(fromMs)
    , m_to(toMs)
    , m_scope(scope)
{
}

QString ListAnnotationsJob::path() const
{
    return u"/api/v1/annotations"_qs;
}

QUrlQuery ListAnnotationsJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"from"_qs, QString::number(m_from));
    q.addQueryItem(u"to"_qs, QString::number(m_to));
    if (!m_scope.isNull())
        q.addQueryItem(u"scope"_qs, m_scope);
    return q;
}

bool ListAnnotationsJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_from >= m_to) {
        *why = tr("The end of the time range must be later than its start.");
        return false;
    }
    return true;
}

bool ListAnnotationsJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<Annotation> out;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        Annotation a;
        if (!MetricsDecode::annotation(v.toObject(), &a, error))
            return false;
        out.append(a);
    }
    Q_EMIT finished(out, body.object().value(u"truncated"_qs).toBool());
    return true;
}

} // namespace Kepler
