#include "TrafficEngine.h"

#include "MiniProgramOnboarding.h"
#include "PartnerClient.h"
#include "Tally.h"
#include "TrafficShape.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace Kepler::Simulator {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Refusals that come before the platform knows which partner is calling count under partner 0.
bool beforePartnerKnown(const QString &code)
{
    return code == u"app_key_unknown" || code == u"signature_headers_missing"
        || code == u"signature_header_invalid" || code == u"signature_timestamp_stale";
}

int poisson(QRandomGenerator &rng, double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 40) // normal approximation: Knuth's loop would need e^-mean
        return qMax(0,
            int(std::lround(mean
                + std::sqrt(mean) * (rng.generateDouble() + rng.generateDouble() + rng.generateDouble() - 1.5)
                    * 2)));
    const double limit = std::exp(-mean);
    int k = 0;
    double p = rng.generateDouble();
    while (p > limit) {
        ++k;
        p *= rng.generateDouble();
    }
    return k;
}

QString randomHex(QRandomGenerator &rng, int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return QString::fromLatin1(b.toHex());
}

} // namespace

TrafficEngine::TrafficEngine(
    const TrafficOptions &options, Tally *tally, QList<PartnerPlay> plays, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tally(tally)
    , m_plays(std::move(plays))
    , m_burstNam(new QNetworkAccessManager(this))
    , m_rng(QRandomGenerator::securelySeeded())
    , m_runId(randomHex(m_rng, 4))
{
    // Qt opens at most 6 connections per host and manager: enough managers for the in-flight cap.
    for (int i = 0; i < qMax(1, (m_options.maxInFlight + 5) / 6); ++i)
        m_nams.append(new QNetworkAccessManager(this));
    m_tick.setInterval(10);
    connect(&m_tick, &QTimer::timeout, this, &TrafficEngine::pump);
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        m_tally->flush();
        report(false);
    });
    rebuildWeights();
    Q_EMIT partnersChanged();
}

TrafficEngine::~TrafficEngine()
{
    for (QThread *thread : {m_onboarding, m_refreshing})
        if (thread) {
            thread->wait();
            delete thread;
        }
}

void TrafficEngine::setRefresh(int intervalMs, Refresh fetch)
{
    m_refreshFetch = std::move(fetch);
    m_refresh.setInterval(intervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &TrafficEngine::refresh, Qt::UniqueConnection);
}

void TrafficEngine::refresh()
{
    if (m_refreshing || m_phase != Phase::Live || !m_refreshFetch)
        return;
    QHash<qint64, KeyStore::Key> known;
    for (const PartnerPlay &p : std::as_const(m_plays))
        if (!p.dead)
            known.insert(p.info.id, p.key);
    auto fetched = std::make_shared<QList<PartnerPlay>>();
    m_refreshing = QThread::create([fetch = m_refreshFetch, known, fetched] { *fetched = fetch(known); });
    connect(m_refreshing, &QThread::finished, this, [this, fetched] {
        m_refreshing->deleteLater();
        m_refreshing = nullptr;
        merge(*fetched);
        finishIfDone();
    });
    m_refreshing->start();
}

void TrafficEngine::merge(const QList<PartnerPlay> &fetched)
{
    for (const PartnerPlay &f : fetched) {
        const auto it = std::find_if(
            m_plays.begin(), m_plays.end(), [&](const PartnerPlay &p) { return p.info.id == f.info.id; });
        if (it == m_plays.end()) {
            m_plays.append(f); // activated since the run started
        } else {
            it->info = f.info; // quota or group edited in the console
            it->weight = f.weight;
            if (it->dead && it->key.appKey != f.key.appKey) { // a new key for a revoked one
                it->key = f.key;
                it->dead = false;
            }
        }
    }
    rebuildWeights();
    Q_EMIT partnersChanged();
}

void TrafficEngine::rebuildWeights()
{
    m_cumulative.clear();
    double sum = 0;
    for (const PartnerPlay &p : std::as_const(m_plays)) {
        sum += p.dead ? 0 : p.weight;
        m_cumulative.append(sum);
    }
}

QList<qint64> TrafficEngine::deadPartners() const
{
    QList<qint64> ids;
    for (const PartnerPlay &p : m_plays)
        if (p.dead)
            ids.append(p.info.id);
    return ids;
}

void TrafficEngine::start(const QList<Span> &backfill, qint64 liveUntilMs)
{
    m_spans.clear();
    m_spansTotalMs = 0;
    for (const Span &span : backfill)
        if (span.to > span.from) {
            m_spans.append({span.from, span.to, span.from, false});
            m_spansTotalMs += span.to - span.from;
        }
    m_span = 0;
    m_simMinute = m_spans.isEmpty() ? 0 : TrafficShape::minuteStart(m_spans.first().from);
    m_liveUntilMs = liveUntilMs;
    m_since.start();
    m_phase = m_spans.isEmpty() ? Phase::Live : Phase::Backfill;
    if (m_phase == Phase::Live && liveUntilMs >= 0 && liveUntilMs <= nowMs())
        m_phase = Phase::Draining;
    m_wentLive = m_phase == Phase::Live;
    m_liveClock.start();
    m_nextOnboardMs = nowMs() + 20'000;
    m_tick.start();
    m_flush.start();
    if (m_refreshFetch)
        m_refresh.start();
    pump();
}

void TrafficEngine::stop()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Draining;
    finishIfDone();
}

void TrafficEngine::pump()
{
    if (m_phase == Phase::Backfill)
        pumpBackfill();
    if (m_phase == Phase::Live) {
        if (m_liveUntilMs >= 0 && nowMs() >= m_liveUntilMs) {
            m_phase = Phase::Draining;
        } else {
            pumpLive();
            pumpBursts();
            maybeOnboard();
        }
    }
    finishIfDone();
}

void TrafficEngine::pumpBackfill()
{
    while (m_inFlight < m_options.maxInFlight) {
        if (m_minuteQueue.empty()) {
            Span &span = m_spans[m_span];
            if (m_simMinute >= span.to) {
                span.done = true;
                span.reached = span.to;
                if (++m_span < m_spans.size()) {
                    m_simMinute = TrafficShape::minuteStart(m_spans[m_span].from);
                    continue;
                }
                report(false);
                const bool live = m_liveUntilMs < 0 || m_liveUntilMs > nowMs();
                m_phase = live ? Phase::Live : Phase::Draining;
                m_wentLive = live;
                m_liveClock.restart();
                m_lastLiveMs = 0;
                return;
            }
            const double mean = m_options.backfillDensity * TrafficShape::intensity(m_simMinute + 30'000);
            QList<qint64> at;
            for (int k = poisson(m_rng, mean); k > 0; --k)
                at.append(m_simMinute + m_rng.bounded(60'000));
            std::sort(at.begin(), at.end());
            for (qint64 t : at)
                if (t >= span.from && t < span.to)
                    m_minuteQueue.push_back(t);
            m_simMinute += TrafficShape::MinuteMs;
            continue;
        }
        const qint64 clock = m_minuteQueue.front();
        m_minuteQueue.pop_front();
        m_spans[m_span].reached = clock;
        const int partner = pickPartner(nowMs());
        if (partner < 0)
            continue;
        PlannedRequest r = m_plays[partner].plan(m_rng, m_runId, ++m_sequence, clock);
        r.partner = partner;
        r.clockMs = clock;
        send(std::move(r));
    }
}

void TrafficEngine::pumpLive()
{
    const qint64 elapsed = m_liveClock.elapsed();
    const double rate = m_options.rate > 0
        ? m_options.rate
        : m_options.backfillDensity * TrafficShape::intensity(nowMs()) / 60.0;
    m_credit = qMin(m_credit + rate * double(elapsed - m_lastLiveMs) / 1000.0, qMax(1.0, rate));
    m_lastLiveMs = elapsed;
    while (m_credit >= 1 && m_inFlight < m_options.maxInFlight) {
        const int partner = pickPartner(nowMs());
        if (partner < 0)
            return;
        m_credit -= 1;
        PlannedRequest r = m_plays[partner].plan(m_rng, m_runId, ++m_sequence, 0);
        r.partner = partner;
        send(std::move(r));
    }
}

void TrafficEngine::pumpBursts()
{
    const qint64 now = nowMs();
    if (m_options.faults.burstPartners.isEmpty() || m_burstInFlight > 0 || now < m_nextBurstMs)
        return;
    m_nextBurstMs = now + 3000;
    for (int i = 0; i < m_plays.size(); ++i) {
        const PartnerPlay &p = m_plays[i];
        if (!m_options.faults.burstPartners.contains(p.info.id) || p.dead || p.pausedUntilMs > now)
            continue;
        // Twice a second's worth at once: the bucket holds one second's worth, so some get 429.
        // They all carry the burst's instant as X-Kepler-Clock (ignored without test hooks): a
        // loaded machine answering slowly would otherwise refill the bucket while they queue.
        const int n = qMin(2 * p.info.rateLimit + 10, 400);
        for (int k = 0; k < n; ++k) {
            PlannedRequest r;
            r.partner = i;
            r.path = u"/open/v1/ping"_qs;
            r.service = u"ping"_qs;
            r.burst = true;
            r.clockMs = now;
            send(std::move(r));
        }
    }
}

void TrafficEngine::maybeOnboard()
{
    const qint64 now = nowMs();
    if (m_onboarding || now < m_nextOnboardMs)
        return;
    m_nextOnboardMs = now + 60'000 + m_rng.bounded(60'000);
    const int i = pickPartner(now);
    if (i < 0)
        return;
    const PartnerPlay &p = m_plays[i];
    OnboardingRequest request;
    request.appId = u"wxsim"_qs
        + QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(p.info.id), QCryptographicHash::Sha256)
                .toHex()
                .left(12));
    request.appName = p.info.name.left(40) + u"商城"_qs;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    request.codeVersion = u"%1.%2.%3"_qs.arg(t.date().year() % 100)
                              .arg(t.date().dayOfYear())
                              .arg(t.time().msecsSinceStartOfDay() / 1000);
    request.description
        = u"%1 %2：在小程序内浏览京东自营商品，领券并一键下单。"_qs.arg(request.appName, request.codeVersion);
    request.accentRgb = quint32(m_rng.bounded(0x1000000));
    auto ok = std::make_shared<bool>(false);
    const QUrl url = m_options.url;
    const PartnerInfo info = p.info;
    const KeyStore::Key key = p.key;
    Tally *tally = m_tally;
    m_onboarding = QThread::create([url, info, key, request, tally, ok] {
        PartnerClient client(url, key.appKey, key.secret);
        client.setObserver([&](const QByteArray &, const QString &, const PartnerClient::Answer &a) {
            if (a.status == 0)
                return;
            const qint64 partner = beforePartnerKnown(a.json.value(u"code"_qs).toString()) ? 0 : info.id;
            tally->recordRequest(
                partner, u"miniprogram"_qs, a.keplerTimeMs ? a.keplerTimeMs : nowMs(), a.status);
        });
        *ok = onboard(client, request).ok;
    });
    connect(m_onboarding, &QThread::finished, this, [this, ok, i, appId = request.appId] {
        m_onboarding->deleteLater();
        m_onboarding = nullptr;
        m_stats.onboardings += *ok;
        if (*ok && !m_plays[i].apps.contains(appId))
            m_plays[i].apps.append(appId);
        finishIfDone();
    });
    m_onboarding->start();
}

bool TrafficEngine::failsInIncident(const PlannedRequest &r)
{
    const qint64 at = r.clockMs ? r.clockMs : nowMs();
    const auto incident = TrafficShape::incidentOn(at);
    if (!incident || at < incident->startMs || r.service != incident->service)
        return false;
    int &failed = m_incidentFailures[incident->startMs];
    if (failed >= incident->failures)
        return false;
    ++failed;
    return true;
}

int TrafficEngine::pickPartner(qint64 now)
{
    if (m_cumulative.isEmpty() || m_cumulative.last() <= 0)
        return -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double x = m_rng.generateDouble() * m_cumulative.last();
        const int i
            = int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
        // A partner bursting sends nothing else meanwhile: its burst's clock must not go backwards.
        if (i < m_plays.size() && !m_plays[i].dead && m_plays[i].pausedUntilMs <= now
            && !(m_burstInFlight > 0 && m_options.faults.burstPartners.contains(m_plays[i].info.id)))
            return i;
    }
    return -1;
}

void TrafficEngine::send(PlannedRequest r)
{
    using Fault = PlannedRequest::Fault;
    const Faults &f = m_options.faults;
    if (!r.burst) {
        const double u = m_rng.generateDouble();
        double edge = f.errorRate;
        if (u < edge)
            r.fault = Fault::Error;
        else if (u < (edge += f.latencyRate))
            r.fault = Fault::Latency;
        else if (u < (edge += f.badSignatureRate))
            r.fault = Fault::BadSignature;
        else if (u < (edge += f.badKeyRate))
            r.fault = Fault::BadKey;
    }
    if (m_options.incidents && !r.burst && r.fault == Fault::None && failsInIncident(r))
        r.fault = Fault::Error;
    const PartnerPlay &p = m_plays[r.partner];
    QString appKey = p.key.appKey;
    QString secret = p.key.secret;
    if (r.fault == Fault::BadKey) {
        appKey = u"kp_"_qs + randomHex(m_rng, 12);
        secret = u"ks_"_qs + randomHex(m_rng, 16);
    } else if (r.fault == Fault::BadSignature) {
        secret += u"-wrong"_qs;
    }
    PartnerClient::Headers extra;
    if (r.clockMs)
        extra.append({"X-Kepler-Clock", QByteArray::number(r.clockMs)});
    if (r.fault == Fault::Error)
        extra.append({QByteArray("X-Kepler-Fault"), QByteArray("error")});
    else if (r.fault == Fault::Latency)
        extra.append({"X-Kepler-Fault", "latency=" + QByteArray::number(f.latencyMs)});
    const QByteArray contentType
        = r.body.isEmpty() && r.method == "GET" ? QByteArray() : QByteArray("application/json");
    const QNetworkRequest request = PartnerClient::signedRequest(
        m_options.url, appKey, secret, r.method, r.path, r.body, contentType, extra);
    QNetworkAccessManager *nam = r.burst ? m_burstNam : m_nams[m_namTurn++ % m_nams.size()];
    QNetworkReply *reply = nam->sendCustomRequest(request, r.method, r.body);
    (r.burst ? m_burstInFlight : m_inFlight) += 1;
    ++m_stats.sent;
    connect(reply, &QNetworkReply::finished, this, [this, reply, r] { onReply(reply, r); });
}

void TrafficEngine::onReply(QNetworkReply *reply, const PlannedRequest &r)
{
    reply->deleteLater();
    (r.burst ? m_burstInFlight : m_inFlight) -= 1;
    const PartnerClient::Answer a = PartnerClient::answerOf(reply);
    if (a.status == 0) {
        ++m_stats.lost;
    } else {
        ++m_stats.answered;
        const QString code = a.json.value(u"code"_qs).toString();
        const qint64 partner = beforePartnerKnown(code) ? 0 : m_plays[r.partner].info.id;
        const qint64 at = a.keplerTimeMs ? a.keplerTimeMs : r.clockMs ? r.clockMs : nowMs();
        m_tally->recordRequest(partner, r.service, at, a.status);
        apply(
            r, a.status, a.json, a.retryAfterSeconds, at, reply->rawHeader("Idempotent-Replayed") == "true");
    }
    pump();
}

void TrafficEngine::apply(
    const PlannedRequest &r, int status, const QJsonObject &json, int retryAfter, qint64 atMs, bool replayed)
{
    using Kind = PlannedRequest::Kind;
    using Fault = PlannedRequest::Fault;
    PartnerPlay &p = m_plays[r.partner];
    const QString code = json.value(u"code"_qs).toString();
    if (status >= 500)
        ++m_stats.server5xx;
    else if (status >= 400)
        ++m_stats.client4xx;
    else
        ++m_stats.ok2xx;

    if (status == 201 && r.service == u"order" && !replayed) {
        const QString validity = json.value(u"validity"_qs).toString();
        const bool valid = validity == u"paid" || validity == u"completed";
        const qint64 gmv = valid ? json.value(u"totalFen"_qs).toInteger() : 0;
        m_tally->recordOrder(p.info.id, atMs, valid, gmv);
        ++m_stats.orders;
        m_stats.validOrders += valid;
        m_stats.gmvFen += gmv;
        p.placed(r.orderRef, r.body);
        return;
    }
    if (replayed) {
        ++m_stats.replays;
        return;
    }
    if (status == 200 && r.kind == Kind::Search) {
        QList<qint64> found;
        for (const QJsonValue &v : json.value(u"items"_qs).toArray())
            if (v[u"stock"_qs].toInteger(1) > 0)
                found.append(v[u"skuId"_qs].toInteger());
        p.learnSkus(found);
    } else if (status == 200 && r.kind == Kind::Apps) {
        for (const QJsonValue &v : json.value(u"items"_qs).toArray())
            if (v[u"status"_qs].toString() == u"authorised" && !p.apps.contains(v[u"appId"_qs].toString()))
                p.apps.append(v[u"appId"_qs].toString());
    } else if (status == 429) {
        if (code == u"daily_order_cap_reached") {
            p.capDayMs = TrafficShape::beijingDayStart(atMs);
        } else {
            ++m_stats.rateLimited; // honour Retry-After: this partner waits
            p.pausedUntilMs = qMax(p.pausedUntilMs, nowMs() + 1000 * qMax(1, retryAfter));
        }
    } else if (status == 403 && code == u"partner_not_active") {
        ++m_stats.notActive; // suspended meanwhile: look again later, it may be resumed
        p.pausedUntilMs = nowMs() + 30'000;
    } else if (status == 401) {
        if (r.fault == Fault::BadSignature && code == u"signature_mismatch") {
            ++m_stats.badSignature;
        } else if (r.fault == Fault::BadKey && code == u"app_key_unknown") {
            ++m_stats.badKey;
        } else if (code.startsWith(u"app_key_") || code == u"signature_mismatch") {
            p.dead = true; // revoked, expired or unknown here: a later run issues a new key
            rebuildWeights();
        }
    } else if ((status == 404 && code == u"sku_not_in_pool") || (status == 409 && code == u"out_of_stock")) {
        if (r.kind == Kind::Detail)
            p.forgetSku(r.path.section(u'/', -1).toLongLong());
        else
            for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(u"items"_qs).toArray())
                p.forgetSku(v[u"skuId"_qs].toInteger());
    }
}

void TrafficEngine::report(bool final)
{
    if (!m_progress)
        return;
    const qint64 elapsed = m_since.elapsed();
    // Backfill every second; a long live run (the console's) every 10 s, so its log stays small.
    if (!final && m_phase != Phase::Backfill && elapsed - m_lastReportMs < 10'000)
        return;
    const double rate = elapsed > m_lastReportMs
        ? double(m_stats.answered - m_lastReportAnswered) * 1000.0 / double(elapsed - m_lastReportMs)
        : 0;
    m_lastReportMs = elapsed;
    m_lastReportAnswered = m_stats.answered;
    QString what;
    if (m_phase == Phase::Backfill) {
        qint64 filled = 0;
        for (int i = 0; i < m_spans.size(); ++i)
            filled += i < m_span ? m_spans[i].to - m_spans[i].from
                : i == m_span    ? qMax<qint64>(0, m_simMinute - m_spans[i].from)
                                 : 0;
        const double done = double(filled) / double(qMax<qint64>(1, m_spansTotalMs));
        what = u"backfill %1% (%2)"_qs.arg(qRound(qMin(1.0, done) * 100))
                   .arg(TrafficShape::beijingDate(m_simMinute));
    } else {
        what = final ? u"done"_qs : m_phase == Phase::Live ? u"live"_qs : u"finishing"_qs;
    }
    m_progress(u"%1: %2 req/s, %3 answered (%4 2xx, %5 4xx, %6 5xx), %7 orders, %8 in flight"_qs.arg(what)
                   .arg(rate, 0, 'f', 0)
                   .arg(m_stats.answered)
                   .arg(m_stats.ok2xx)
                   .arg(m_stats.client4xx)
                   .arg(m_stats.server5xx)
                   .arg(m_stats.orders)
                   .arg(m_inFlight + m_burstInFlight));
}

void TrafficEngine::finishIfDone()
{
    if (m_phase != Phase::Draining || m_inFlight > 0 || m_burstInFlight > 0 || m_onboarding || m_refreshing)
        return;
    m_phase = Phase::Done;
    m_tick.stop();
    m_flush.stop();
    m_refresh.stop();
    m_tally->flush();
    Q_EMIT finished();
}

} // namespace Kepler::Simulator
