#include "PlatformOptions.h"

#include "DemoSeeder.h"
#include "DemoSkus.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

namespace Kepler::Server {
namespace {

bool parseListen(const QString &text, PlatformOptions *out)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address
        = host == u"localhost"_qs ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return false;
    out->host = address;
    out->hostText = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                        : address.toString();
    out->port = quint16(port);
    return true;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "kepler-platform: " << message << Qt::endl;
    return 2;
}

} // namespace

std::optional<PlatformOptions> PlatformOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Kepler platform service: management API, storage, auth and audit.\n"
        u"  kepler-platform user add NAME --role admin   (password from stdin)"_qs);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(u"data"_qs, u"Data directory (holds kepler.db)."_qs, u"DIR"_qs);
    const QCommandLineOption listen(u"listen"_qs, u"Address to listen on; port 0 picks a free port."_qs,
        u"HOST:PORT"_qs, u"127.0.0.1:8470"_qs);
    const QCommandLineOption demo(u"demo"_qs, u"Seed demo data and accounts into an empty database."_qs);
    const QCommandLineOption demoPartners(u"demo-partners"_qs,
        u"With --demo: how many partners to seed (default %1, at most %2)."_qs.arg(DemoSeeder::PartnerCount)
            .arg(DemoSeeder::MaxPartnerCount),
        u"N"_qs, QString::number(DemoSeeder::PartnerCount));
    const QCommandLineOption demoSkus(u"demo-skus"_qs,
        u"With --demo: how many catalog SKUs to seed (default %1, at most %2)."_qs.arg(DemoSkus::DefaultCount)
            .arg(DemoSkus::MaxCount),
        u"N"_qs, QString::number(DemoSkus::DefaultCount));
    const QCommandLineOption db(u"db"_qs,
        u"Database: postgresql://user@host:port/database, or sqlite:FILE (default: $KEPLER_DB, else "
        u"kepler.db in --data)."_qs,
        u"URL"_qs);
    const QCommandLineOption role(
        u"role"_qs, u"user add: a role (operator, reviewer, manager, admin)."_qs, u"ROLE"_qs);
    const QCommandLineOption displayName(
        u"display-name"_qs, u"user add: the name shown in the console."_qs, u"NAME"_qs);
    QCommandLineOption bench(u"bench-routes"_qs, u"Enable /api/v1/_bench routes (benchmarks only)."_qs);
    bench.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption testHooks(u"allow-test-hooks"_qs,
        u"Honour X-Kepler-Clock and X-Kepler-Fault on /open/v1 (demo, simulator backfill, tests)."_qs);
    QCommandLineOption idle(
        u"idle-timeout"_qs, u"Session idle timeout in seconds (tests only)."_qs, u"SECONDS"_qs);
    idle.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption workers(u"workers"_qs, u"Worker threads for handlers."_qs, u"N"_qs, u"4"_qs);
    const QCommandLineOption apiRateLimit(u"api-rate-limit"_qs,
        u"Requests a second one session may make on /api/v1, bursts of four times that (default 50; 0: no limit)."_qs,
        u"N"_qs, u"50"_qs);
    const QCommandLineOption clientTimeout(u"client-timeout"_qs,
        u"Close a connection that has not sent a complete request within this many seconds (default 30; 0: never)."_qs,
        u"SECONDS"_qs, u"30"_qs);
    const QCommandLineOption trustedProxy(u"trusted-proxy"_qs,
        u"A reverse proxy whose X-Forwarded-For or Forwarded header names the client: an address or "
        u"subnet (127.0.0.1, 10.0.0.0/8, ::1); repeat it or separate with commas (default: "
        u"$KEPLER_TRUSTED_PROXIES, else none)."_qs,
        u"ADDR[/BITS]"_qs);
    for (const auto &o : {data, listen, demo, demoPartners, demoSkus, db, role, displayName, bench, testHooks,
             idle, workers, clientTimeout, apiRateLimit, trustedProxy})
        parser.addOption(o);
    parser.addPositionalArgument(u"command"_qs, u"Optional: user add NAME"_qs, u"[user add NAME]"_qs);
    parser.process(arguments); // exits for --help/--version and unknown options

    PlatformOptions o;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.size() != 3 || positional.at(0) != u"user"_qs || positional.at(1) != u"add"_qs) {
            *exitCode = fail(u"unknown command '%1'; try --help"_qs.arg(positional.join(u' ')));
            return std::nullopt;
        }
        o.command = Command::UserAdd;
        o.userName = positional.at(2);
        o.roles = parser.values(role);
        o.displayName = parser.value(displayName);
    }
    o.dataDir = parser.isSet(data) ? parser.value(data)
                                   : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!parseListen(parser.value(listen), &o)) {
        *exitCode = fail(u"--listen wants HOST:PORT, e.g. 127.0.0.1:8470"_qs);
        return std::nullopt;
    }
    o.dbUrl = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("KEPLER_DB");
    QString dbError;
    DatabaseUrl::parse(o.dbUrl, o.dataDir, &dbError);
    if (!dbError.isEmpty()) {
        *exitCode = fail(dbError);
        return std::nullopt;
    }
    QString proxyError;
    const auto proxies = TrustedProxies::parse(parser.isSet(trustedProxy)
            ? parser.values(trustedProxy)
            : QStringList {qEnvironmentVariable("KEPLER_TRUSTED_PROXIES")},
        &proxyError);
    if (!proxies) {
        *exitCode = fail((parser.isSet(trustedProxy) ? u"--trusted-proxy "_qs : u"KEPLER_TRUSTED_PROXIES "_qs)
            + proxyError);
        return std::nullopt;
    }
    o.trustedProxies = *proxies;
    o.demo = parser.isSet(demo);
    o.testHooks = parser.isSet(testHooks);
    if (parser.isSet(demoPartners)) {
        bool ok = false;
        o.demoPartners = parser.value(demoPartners).toInt(&ok);
        if (!ok || o.demoPartners < 1 || o.demoPartners > DemoSeeder::MaxPartnerCount) {
            *exitCode = fail(
                u"--demo-partners wants a number from 1 to %1, not '%2'"_qs.arg(DemoSeeder::MaxPartnerCount)
                    .arg(parser.value(demoPartners)));
            return std::nullopt;
        }
        if (!o.demo) {
            *exitCode = fail(u"--demo-partners only makes sense with --demo"_qs);
            return std::nullopt;
        }
    }
    if (parser.isSet(demoSkus)) {
        bool ok = false;
        o.demoSkus = parser.value(demoSkus).toInt(&ok);
        if (!ok || o.demoSkus < 0 || o.demoSkus > DemoSkus::MaxCount || !o.demo) {
            *exitCode = fail(
                u"--demo-skus wants --demo and a number from 0 to %1, not '%2'"_qs.arg(DemoSkus::MaxCount)
                    .arg(parser.value(demoSkus)));
            return std::nullopt;
        }
    }
    o.benchRoutes = parser.isSet(bench);
    if (parser.isSet(idle)) {
        // Range-checked before the cast: a double such as 1e300 (or nan) converted to an integer is
        // undefined behaviour.
        bool idleOk = false;
        const double idleSeconds = parser.value(idle).toDouble(&idleOk);
        if (!idleOk || !(idleSeconds >= 0 && idleSeconds <= 366.0 * 24 * 3600)) {
            *exitCode = fail(
                u"--idle-timeout wants seconds from 0 to one year, not '%1'"_qs.arg(parser.value(idle)));
            return std::nullopt;
        }
        o.idleTimeoutMs = qint64(idleSeconds * 1000);
    }
    o.workerThreads = std::clamp(parser.value(workers).toInt(), 1, 64);
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(clientTimeout).toDouble(&timeoutOk);
    if (!timeoutOk || !(timeoutSeconds >= 0 && timeoutSeconds <= 3600)) { // NaN too
        *exitCode = fail(
            u"--client-timeout wants seconds from 0 to 3600, not '%1'"_qs.arg(parser.value(clientTimeout)));
        return std::nullopt;
    }
    o.clientTimeoutMs = qint64(timeoutSeconds * 1000);
    bool rateOk = false;
    o.apiRateLimit = parser.value(apiRateLimit).toInt(&rateOk);
    if (!rateOk || o.apiRateLimit < 0 || o.apiRateLimit > 100'000) {
        *exitCode = fail(u"--api-rate-limit wants requests a second from 0 to 100000, not '%1'"_qs.arg(
            parser.value(apiRateLimit)));
        return std::nullopt;
    }
    return o;
}

DatabaseUrl PlatformOptions::database() const
{
    QString ignored;
    return DatabaseUrl::parse(dbUrl, dataDir, &ignored);
}

} // namespace Kepler::Server
