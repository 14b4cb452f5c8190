#pragma once

#include "LatencyStats.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace Kepler::Bench {

// Drives N keep-alive connections against a running kepler-platform, all in this thread.
class ApiBench
{
public:
    struct Load
    {
        QByteArray path; // "/api/v1/partners?limit=50"
        int connections = 32;
        double ratePerSecond = 0; // 0: closed loop, as fast as answers come
        int durationMs = 3000;
        int maxRequests = 200000;
        QByteArray slowPath; // when set, one more connection sends a request to it every second
        // When set, connection i sends makeRequest(i)() each time instead of a GET of `path`.
        std::function<std::function<QByteArray()>(int)> makeRequest = {};
    };
    struct Result
    {
        LatencyStats latency;
        qint64 answered = 0;
        int errors = 0;
        QHash<int, int> errorStatuses; // non-2xx status -> count
        double seconds = 0;
        double perSecond() const { return seconds > 0 ? double(answered) / seconds : 0; }
    };

    ApiBench(QUrl url, QByteArray token);
    Result run(const Load &load);

private:
    QByteArray request(const QByteArray &path) const;

    QUrl m_url;
    QByteArray m_token;
};

} // namespace Kepler::Bench
