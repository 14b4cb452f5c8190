#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Kepler::Simulator {

// Fault injection, from --faults error=0.01,latency=200:0.05,badsig=0.01,badkey=0.005,burst=17
struct Faults
{
    double errorRate = 0; // share of requests sent with X-Kepler-Fault: error (→ 503)
    int latencyMs = 0; // X-Kepler-Fault: latency=MS …
    double latencyRate = 0; // … on this share of requests
    double badSignatureRate = 0; // signed with a wrong secret under the real app key (→ 401)
    double badKeyRate = 0; // an app key the platform never issued (→ 401, partner 0)
    QList<qint64> burstPartners; // partners that burst over their rate limit (→ 429, honoured)

    bool any() const;
    // nullopt and *error on a malformed list.
    static std::optional<Faults> parse(const QString &text, QString *error);
};

// Parses "20s", "5m", "2h", "30d", "1500ms" (a bare number is seconds); -1 when malformed.
qint64 parseDurationMs(const QString &text);

struct TrafficOptions
{
    QUrl url;
    QString user = u"admin"_qs;
    QString password = u"kepler-demo"_qs;
    // Live requests per second; 0: the backfill's density at the time of day, so the live traffic
    // continues the history at its level instead of towering over it on the charts.
    double rate = 0;
    qint64 durationMs = -1; // -1: until stopped
    qint64 backfillMs = 0;
    Faults faults;
    QString stateDir;
    bool verify = false;
    int maxInFlight = 16;
    qint64 refreshMs = 300'000; // live: how often to look for partners activated meanwhile
    double backfillDensity = 0.2; // requests per average simulated minute of a normal day (all partners)
    bool incidents = false; // play TrafficShape::incidentOn's incidents (the demo's)
};

} // namespace Kepler::Simulator
