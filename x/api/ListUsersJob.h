#pragma once

#include "ApiJob.h"
#include "UserPage.h"

namespace Kepler {

// GET /api/v1/users?limit=&cursor=: staff accounts (admins only).
class ListUsersJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;

    explicit ListUsersJob(ApiSession *session, int limit = DefaultLimit, const QString &cursor = {});

    int limit() const { return m_limit; }
    QString cursor() const { return m_cursor; }

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::UserPage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    int m_limit = DefaultLimit;
    QString m_cursor;
};

} // namespace Kepler
