#pragma once

#include "PartnerPlay.h"
#include "TrafficOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>

class QNetworkReply;

namespace Kepler::Simulator {

class Tally;

// Plays the partners over real HTTP: a bounded number of signed requests in flight, each answer
// counted in the tally under the platform's minute (X-Kepler-Time). Backfill first (an
// accelerated X-Kepler-Clock walking through the past, so many per simulated minute as the
// rhythm says), then live at --rate until the deadline or stop().
class TrafficEngine : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        qint64 sent = 0;
        qint64 answered = 0;
        qint64 lost = 0; // no HTTP answer (not counted in the tally)
        qint64 ok2xx = 0, client4xx = 0, server5xx = 0;
        qint64 rateLimited = 0, notActive = 0, badSignature = 0, badKey = 0;
        qint64 orders = 0, validOrders = 0, replays = 0, gmvFen = 0;
        qint64 onboardings = 0;
    };

    // A stretch of the past to fill; `reached` and `done` say how far the run got.
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
        qint64 reached = 0;
        bool done = false;
    };

    TrafficEngine(
        const TrafficOptions &options, Tally *tally, QList<PartnerPlay> plays, QObject *parent = nullptr);
    ~TrafficEngine() override;

    // The spans simulated (in order), then live until liveUntilMs (real time; -1: until stop(),
    // 0 or less than now: no live phase). finished() when everything sent was answered.
    void start(const QList<Span> &backfill, qint64 liveUntilMs);
    void stop();
    const Stats &stats() const { return m_stats; }
    const QList<PartnerPlay> &plays() const { return m_plays; }
    // Say what is happening on stderr every couple of seconds.
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }
    const QList<Span> &spans() const { return m_spans; }
    bool wentLive() const { return m_wentLive; }
    // Partners whose key stopped working (401 for an app key we were issued).
    QList<qint64> deadPartners() const;

    // Live, every `intervalMs`: `fetch` (run on a worker thread, blocking) answers the active
    // partners with keys (reusing `known`, issuing the others); new ones join the traffic.
    using Refresh = std::function<QList<PartnerPlay>(const QHash<qint64, KeyStore::Key> &known)>;
    void setRefresh(int intervalMs, Refresh fetch);

Q_SIGNALS:
    void finished();
    void partnersChanged(); // a refresh added partners or keys: worth saving the keys now

private:
    void pump();
    void pumpBackfill();
    void pumpLive();
    void pumpBursts();
    void maybeOnboard();
    int pickPartner(qint64 nowMs);
    // Whether r is one of the failed calls of the incident under way at its time (--incidents).
    bool failsInIncident(const PlannedRequest &r);
    void send(PlannedRequest request);
    void onReply(QNetworkReply *reply, const PlannedRequest &request);
    void apply(const PlannedRequest &request, int status, const QJsonObject &json, int retryAfter,
        qint64 atMs, bool replayed);
    void rebuildWeights();
    void report(bool final);
    void finishIfDone();

    TrafficOptions m_options;
    Tally *m_tally;
    QList<PartnerPlay> m_plays;
    QList<double> m_cumulative;
    QList<QNetworkAccessManager *> m_nams; // each keeps up to 6 connections
    QNetworkAccessManager *m_burstNam;
    int m_namTurn = 0;
    QRandomGenerator m_rng;
    QString m_runId;
    qint64 m_sequence = 0;
    int m_inFlight = 0;
    int m_burstInFlight = 0;

    enum class Phase { Idle, Backfill, Live, Draining, Done } m_phase = Phase::Idle;
    QList<Span> m_spans;
    int m_span = 0; // the span being filled
    qint64 m_spansTotalMs = 0;
    qint64 m_liveUntilMs = -1;
    qint64 m_simMinute = 0; // the simulated minute being filled
    bool m_wentLive = false;
    std::deque<qint64> m_minuteQueue; // clock values still to send in that minute
    double m_credit = 0;
    QElapsedTimer m_liveClock;
    qint64 m_lastLiveMs = 0;
    qint64 m_nextBurstMs = 0;
    qint64 m_nextOnboardMs = 0;
    QThread *m_onboarding = nullptr;
    void refresh();
    void merge(const QList<PartnerPlay> &fetched);
    Refresh m_refreshFetch;
    QTimer m_refresh;
    QThread *m_refreshing = nullptr;

    QTimer m_tick;
    QTimer m_flush;
    QElapsedTimer m_since;
    qint64 m_lastReportMs = 0;
    qint64 m_lastReportAnswered = 0;
    std::function<void(const QString &)> m_progress;
    Stats m_stats;
    QHash<qint64, int> m_incidentFailures; // by incident start: the calls failed so far
};

} // namespace Kepler::Simulator
