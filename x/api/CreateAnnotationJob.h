#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// POST /api/v1/annotations: marks a moment with a note (operators, managers, admins).
class CreateAnnotationJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int MaxNoteLength = 500;

    CreateAnnotationJob(ApiSession *session, qint64 atMs, const QString &note, const QString &scope = {});

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::Annotation &annotation);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_at;
    QString m_note;
    QString m_scope;
};

} // namespace Kepler
