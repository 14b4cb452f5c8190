// The command line of `kepler-traffic --url …` (main.cpp keeps the miniprogram scenario).
#include "simulator/TrafficRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Kepler::Simulator;

int runTraffic(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulated Kepler partners: browse, order and submit over the signed gateway, with a tally "
        "that --verify compares with the platform's metrics. `kepler-traffic miniprogram --help` for "
        "one partner's mini-program onboarding."_qs);
    parser.addHelpOption();
    const QCommandLineOption url({u"url"_qs}, u"Platform URL, e.g. http://127.0.0.1:8470"_qs, u"url"_qs);
    const QCommandLineOption user(
        {u"user"_qs}, u"Staff account that issues the keys (operator or admin)"_qs, u"name"_qs, u"admin"_qs);
    const QCommandLineOption password({u"password"_qs}, u"Its password (default: the demo accounts')"_qs,
        u"password"_qs, u"kepler-demo"_qs);
    const QCommandLineOption rate({u"rate"_qs},
        u"Live requests per second (default: the backfill density at the time of day, so the live "
        "traffic continues the history at its level)"_qs,
        u"n"_qs);
    const QCommandLineOption duration({u"duration"_qs},
        u"Stop after this long, backfill included (20s, 5m, 2h); default: until Ctrl+C"_qs, u"time"_qs);
    const QCommandLineOption backfill({u"backfill"_qs},
        u"First write this much history (e.g. 30d) with an accelerated clock; needs kepler-platform "
        "--allow-test-hooks"_qs,
        u"time"_qs);
    const QCommandLineOption faults({u"faults"_qs},
        u"Fault injection: error=SHARE, latency=MS:SHARE, badsig=SHARE, badkey=SHARE, burst=PARTNER_ID "
        "(comma-separated)"_qs,
        u"list"_qs);
    const QCommandLineOption state({u"state"_qs},
        u"Folder for keys and the tally (default: %1)"_qs.arg(TrafficRun::defaultStateDir()), u"dir"_qs);
    const QCommandLineOption verify({u"verify"_qs},
        u"Compare the tally with the platform's metrics; exit 1 on any difference (after the traffic, "
        "when --duration or --backfill is given too)"_qs);
    const QCommandLineOption inFlight({u"in-flight"_qs}, u"Requests in flight at most"_qs, u"n"_qs, u"16"_qs);
    const QCommandLineOption density({u"backfill-density"_qs},
        u"Backfill requests per simulated minute of an average normal day"_qs, u"n"_qs, u"0.2"_qs);
    const QCommandLineOption incidents({u"incidents"_qs},
        u"Play the demo's incidents: every tenth Beijing day a call of one service fails (search at "
        "10:20 or detail at 20:40), in the history and live"_qs);
    const QCommandLineOption refresh({u"refresh"_qs},
        u"Live: look for partners activated meanwhile this often (default 5m)"_qs, u"time"_qs, u"5m"_qs);
    parser.addOptions({url, user, password, rate, duration, backfill, faults, state, verify, inFlight,
        density, refresh, incidents});
    parser.process(arguments);
    const auto usage = [&err](const QString &why) {
        err << why
            << "\nusage: kepler-traffic --url URL [--rate N] [--duration 20s] [--backfill 30d] "
               "[--faults …] [--state DIR] [--verify]  (--help for more)\n";
        return 2;
    };
    TrafficOptions o;
    o.url = QUrl(parser.value(url));
    if (!parser.isSet(url) || !o.url.isValid() || o.url.scheme().isEmpty())
        return usage(u"--url is required (http://HOST:PORT)"_qs);
    o.user = parser.value(user);
    o.password = parser.value(password);
    bool ok = false;
    if (parser.isSet(rate)) {
        o.rate = parser.value(rate).toDouble(&ok);
        if (!ok || o.rate <= 0 || o.rate > 100000)
            return usage(u"--rate: a number of requests per second was expected"_qs);
    }
    if (parser.isSet(duration) && (o.durationMs = parseDurationMs(parser.value(duration))) < 0)
        return usage(u"--duration: e.g. 20s, 5m, 2h"_qs);
    if (parser.isSet(backfill) && (o.backfillMs = parseDurationMs(parser.value(backfill))) < 0)
        return usage(u"--backfill: e.g. 30d, 12h"_qs);
    QString error;
    const auto f = Faults::parse(parser.value(faults), &error);
    if (!f)
        return usage(u"--faults: "_qs + error);
    o.faults = *f;
    if ((o.refreshMs = parseDurationMs(parser.value(refresh))) < 1000 || o.refreshMs > 86'400'000)
        return usage(u"--refresh: e.g. 30s, 5m"_qs);
    o.stateDir = parser.value(state);
    o.verify = parser.isSet(verify);
    o.maxInFlight = qBound(1, parser.value(inFlight).toInt(), 256);
    o.backfillDensity = qMax(0.0, parser.value(density).toDouble());
    o.incidents = parser.isSet(incidents);
    return TrafficRun(o, out, err).exec();
}
