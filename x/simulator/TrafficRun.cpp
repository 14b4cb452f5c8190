#include "TrafficRun.h"

#include "PartnerClient.h"
#include "TrafficEngine.h"
#include "TrafficShape.h"
#include "Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Kepler::Simulator {
namespace {

std::atomic<bool> g_stopRequested {false};

extern "C" void onStopSignal(int)
{
    g_stopRequested = true;
}

constexpr auto BackfilledFrom = "backfilledFrom";
constexpr auto BackfilledUntil = "backfilledUntil";

QString yuan(qint64 fen)
{
    return u"%1.%2"_qs.arg(fen / 100).arg(qAbs(fen % 100), 2, 10, QLatin1Char('0'));
}

} // namespace

TrafficRun::TrafficRun(TrafficOptions options, QTextStream &out, QTextStream &err)
    : m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_operator(m_options.url)
    , m_keys(QDir(m_options.stateDir.isEmpty() ? defaultStateDir() : m_options.stateDir)
                 .filePath(u"keys.json"_qs))
{
    if (m_options.stateDir.isEmpty())
        m_options.stateDir = defaultStateDir();
}

QString TrafficRun::defaultStateDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"state"_qs);
}

bool TrafficRun::openState()
{
    QString error;
    if (!QDir().mkpath(m_options.stateDir)) {
        m_err << "Cannot create the state folder " << m_options.stateDir << Qt::endl;
        return false;
    }
    QFile::setPermissions(
        m_options.stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!m_tally.open(QDir(m_options.stateDir).filePath(u"tally.db"_qs), &error) || !m_keys.load(&error)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

int TrafficRun::exec()
{
    if (!openState())
        return 2;
    QString error;
    if (!m_operator.signIn(m_options.user, m_options.password, &error)) {
        m_err << error << Qt::endl;
        return 3;
    }
    const bool traffic = !m_options.verify || m_options.backfillMs > 0 || m_options.durationMs >= 0;
    if (traffic) {
        if (const int code = runTraffic(); code != 0)
            return code;
    }
    return m_options.verify ? runVerify() : 0;
}

bool TrafficRun::obtainKeys(QList<PartnerPlay> *plays)
{
    QString error;
    const auto partners = m_operator.activePartners(&error);
    if (!partners) {
        m_err << error << Qt::endl;
        return false;
    }
    int reused = 0, issued = 0;
    for (const PartnerInfo &info : *partners) {
        PartnerPlay play;
        play.info = info;
        play.weight = TrafficShape::partnerWeight(info.group, info.mode, info.scenario);
        bool working = false;
        if (m_keys.contains(info.id)) {
            // A key we keep may have been revoked in the console, or belong to another platform.
            const auto states = m_operator.keyStates(info.id, &error);
            const QString state = states ? states->value(m_keys.key(info.id).appKey) : QString();
            working = state == u"active" || state == u"expiring";
        }
        if (!working) {
            const auto key = m_operator.issueKey(info.id, &error);
            if (!key) {
                // e.g. suspended between the list and now: not fatal, it just does not play.
                m_err << error << Qt::endl;
                m_keys.remove(info.id);
                continue;
            }
            m_keys.set(info.id, {key->first, key->second});
            ++issued;
        } else {
            ++reused;
        }
        play.key = m_keys.key(info.id);
        plays->append(play);
    }
    if (!m_keys.save(&error)) {
        m_err << error << Qt::endl;
        return false;
    }
    m_err << "partners: " << plays->size() << " active, keys reused " << reused << ", issued " << issued
          << " (" << m_keys.path() << ")" << Qt::endl;
    return true;
}

bool TrafficRun::probeClock(const PartnerPlay &play, qint64 clockMs)
{
    PartnerClient client(m_options.url, play.key.appKey, play.key.secret);
    client.setExtraHeaders({{"X-Kepler-Clock", QByteArray::number(clockMs)}});
    const PartnerClient::Answer a = client.call("GET", u"/open/v1/ping"_qs);
    if (a.status != 0)
        m_tally.recordRequest(play.info.id, u"ping"_qs, a.keplerTimeMs ? a.keplerTimeMs : clockMs, a.status);
    m_tally.flush();
    if (a.status == 0 || a.keplerTimeMs == 0 || qAbs(a.keplerTimeMs - clockMs) > 60'000) {
        m_err << "The platform did not take the simulated clock (X-Kepler-Clock): --backfill needs "
                 "kepler-platform started with --allow-test-hooks (demo mode and tests only). Ping: "
              << (a.status ? QString::number(a.status) : a.error) << ", X-Kepler-Time "
              << (a.keplerTimeMs ? QString::number(a.keplerTimeMs) : u"absent"_qs) << Qt::endl;
        return false;
    }
    return true;
}

int TrafficRun::runTraffic()
{
    QList<PartnerPlay> plays;
    if (!obtainKeys(&plays))
        return 3;
    if (plays.isEmpty()) {
        m_err << "No active partner to play." << Qt::endl;
        return 3;
    }
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    // History is written once: what earlier backfills wrote ([from, until), extended by the live
    // runs that followed them without a gap) is left out, so a state folder's history has no holes
    // and nothing twice.
    const qint64 doneFrom = m_tally.meta(QString::fromLatin1(BackfilledFrom)).toLongLong();
    const qint64 doneUntil = m_tally.meta(QString::fromLatin1(BackfilledUntil)).toLongLong();
    QList<TrafficEngine::Span> spans;
    const qint64 wantFrom = started - m_options.backfillMs;
    if (m_options.backfillMs > 0) {
        if (doneFrom == 0) {
            spans.append({wantFrom, started});
        } else {
            if (wantFrom < doneFrom)
                spans.append({wantFrom, qMin(doneFrom, started)});
            if (doneUntil < started)
                spans.append({qMax(doneUntil, wantFrom), started});
        }
        if (spans.isEmpty())
            m_err << "backfill: the tally already holds that history" << Qt::endl;
        else if (!probeClock(plays.first(), spans.first().from))
            return 3;
    }
    const qint64 liveUntil = m_options.durationMs >= 0 ? started + m_options.durationMs : -1;
    TrafficEngine engine(m_options, &m_tally, plays);
    engine.setProgress([this](const QString &line) { m_err << line << Qt::endl; });
    // Partners activated (or keys revoked) in the console while it runs join within --refresh.
    engine.setRefresh(int(m_options.refreshMs),
        [options = m_options, token = m_operator.token()](const QHash<qint64, KeyStore::Key> &known) {
            QList<PartnerPlay> plays;
            OperatorClient op(options.url);
            op.setToken(token);
            QString error;
            auto partners = op.activePartners(&error);
            if (!partners && op.signIn(options.user, options.password, &error))
                partners = op.activePartners(&error);
            for (const PartnerInfo &info : partners.value_or(QList<PartnerInfo> {})) {
                PartnerPlay play;
                play.info = info;
                play.weight = TrafficShape::partnerWeight(info.group, info.mode, info.scenario);
                if (known.contains(info.id))
                    play.key = known.value(info.id);
                else if (const auto key = op.issueKey(info.id, &error))
                    play.key = {key->first, key->second};
                else
                    continue;
                plays.append(play);
            }
            return plays;
        });
    QObject::connect(
        &engine, &TrafficEngine::partnersChanged, &engine, [this, &engine] { saveKeys(engine.plays()); });
    QEventLoop loop;
    QObject::connect(&engine, &TrafficEngine::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &engine, [&engine] {
        if (g_stopRequested)
            engine.stop();
    });
    stopWatch.start(100);
    engine.start(spans, liveUntil);
    loop.exec();
    qint64 newFrom = doneFrom, newUntil = doneUntil;
    const qint64 ended = QDateTime::currentMSecsSinceEpoch();
    for (const TrafficEngine::Span &span : engine.spans()) {
        if (doneFrom == 0 || span.to <= doneFrom) { // the history before what was there
            if (span.done || doneFrom == 0)
                newFrom = doneFrom == 0 ? span.from : qMin(newFrom, span.from);
            if (doneFrom == 0)
                newUntil = span.reached;
        } else { // the gap after it
            newUntil = qMax(newUntil, span.reached);
        }
    }
    // Live traffic right after the history continues it.
    if (newFrom != 0 && engine.wentLive() && newUntil >= started - TrafficShape::MinuteMs)
        newUntil = qMax(newUntil, ended);
    if (newFrom != 0) {
        m_tally.setMeta(QString::fromLatin1(BackfilledFrom), QString::number(newFrom));
        m_tally.setMeta(QString::fromLatin1(BackfilledUntil), QString::number(newUntil));
    }
    saveKeys(engine.plays());
    const TrafficEngine::Stats &s = engine.stats();
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - started) / 1000.0;
    m_err << u"summary: %1 requests in %2 s (%3/s): %4 2xx, %5 4xx, %6 5xx, %7 without answer; "
             "%8 orders (%9 valid, GMV ¥%10), %11 replays; %12 rate-limited, %13 bad signatures, "
             "%14 unknown keys, %15 refused as not active; %16 mini-program submissions"_qs.arg(s.answered)
                 .arg(seconds, 0, 'f', 1)
                 .arg(seconds > 0 ? double(s.answered) / seconds : 0, 0, 'f', 0)
                 .arg(s.ok2xx)
                 .arg(s.client4xx)
                 .arg(s.server5xx)
                 .arg(s.lost)
                 .arg(s.orders)
                 .arg(s.validOrders)
                 .arg(yuan(s.gmvFen))
                 .arg(s.replays)
                 .arg(s.rateLimited)
                 .arg(s.badSignature)
                 .arg(s.badKey)
                 .arg(s.notActive)
                 .arg(s.onboardings)
          << Qt::endl;
    return 0;
}

void TrafficRun::saveKeys(const QList<PartnerPlay> &plays)
{
    for (const PartnerPlay &p : plays) {
        if (p.dead)
            m_keys.remove(p.info.id); // revoked or expired: the next run issues a fresh key
        else
            m_keys.set(p.info.id, p.key);
    }
    QString error;
    if (!m_keys.save(&error))
        m_err << error << Qt::endl;
}

int TrafficRun::runVerify()
{
    Verifier verifier(m_operator, m_tally);
    const Verifier::Result r = verifier.run(m_out);
    if (!r.fetched) {
        m_err << "verify: " << r.error << Qt::endl;
        return 3;
    }
    m_out << u"verify: %1 partner-days, %2 requests, %3 orders, GMV ¥%4 in the tally; %5 partner-days "
             "differ%6 → %7"_qs.arg(r.dayRows)
                 .arg(r.tally.requests)
                 .arg(r.tally.orders)
                 .arg(yuan(r.tally.gmvFen))
                 .arg(r.dayDiffs)
                 .arg(r.minutesChecked ? u", %1 partner-minutes differ"_qs.arg(r.minuteDiffs) : QString())
                 .arg(r.differences() == 0 ? u"0 difference"_qs : u"DIFFERENT"_qs)
          << Qt::endl;
    return r.differences() == 0 ? 0 : 1;
}

} // namespace Kepler::Simulator
