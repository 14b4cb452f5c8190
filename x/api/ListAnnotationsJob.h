#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// GET /api/v1/annotations?from&to[&scope]: the marks inside a dashboard's range, oldest first.
class ListAnnotationsJob : public ApiJob
{
    Q_OBJECT

public:
    // A null scope asks for every annotation; a scope for that scope's plus those for every chart.
    ListAnnotationsJob(ApiSession *session, qint64 fromMs, qint64 toMs, const QString &scope = {});

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    // `truncated`: the service had more than it sends in one answer (1,000).
    void finished(const QList<Kepler::Annotation> &annotations, bool truncated);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_from;
    qint64 m_to;
    QString m_scope;
};

} // namespace Kepler
