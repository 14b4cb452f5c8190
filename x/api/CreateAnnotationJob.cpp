#include "CreateAnnotationJob.h"

#include "MetricsDecode.h"

namespace Kepler {

CreateAnnotationJob::CreateAnnotationJob(
    ApiSession *session, qint64 atMs, const QString &note, const QString &scope)
    : ApiJob(session)
    , m_at(atMs)
    , m_note(note.trimmed())
    , m_scope(scope)
{
}

QString CreateAnnotationJob::path() const
{
    return u"/api/v1/annotations"_qs;
}

QJsonObject CreateAnnotationJob::body() const
{
    QJsonObject o {{u"at"_qs, m_at}, {u"note"_qs, m_note}};
    if (!m_scope.isEmpty())
        o.insert(u"scope"_qs, m_scope);
    return o;
}

FieldErrors CreateAnnotationJob::inputErrors() const
{
    FieldErrors errors;
    if (m_note.isEmpty())
        errors.append({u"note"_qs, u"required"_qs, tr("Write a note.")});
    else if (m_note.size() > MaxNoteLength)
        errors.append(
            {u"note"_qs, u"too_long"_qs, tr("A note has at most %n character(s).", nullptr, MaxNoteLength)});
    if (m_at <= 0)
        errors.append({u"at"_qs, u"required"_qs, tr("Choose a time.")});
    return errors;
}

bool CreateAnnotationJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    const FieldErrors errors = inputErrors();
    if (!errors.isEmpty())
        *why = errors.first().message;
    return errors.isEmpty();
}

bool CreateAnnotationJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    Annotation a;
    if (!MetricsDecode::annotation(body.object(), &a, error))
        return false;
    Q_EMIT finished(a);
    return true;
}

} // namespace Kepler
