#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// DELETE /api/v1/annotations/{id}: by its author or an admin.
class DeleteAnnotationJob : public ApiJob
{
    Q_OBJECT

public:
    DeleteAnnotationJob(ApiSession *session, qint64 id);

    QByteArray verb() const override { return "DELETE"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; } // a retry after success would say 404

Q_SIGNALS:
    void finished(qint64 id);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
};

} // namespace Kepler
