#pragma once

#include "ClientAddress.h"
#include "DatabaseUrl.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace Kepler::Server {

// The command line of kepler-platform:
//   kepler-platform [--data DIR] [--listen HOST:PORT] [--demo] [--db URL]
//   kepler-platform user add NAME --role ROLE [--role ...] [--display-name X] [--data DIR] [--db URL]
struct PlatformOptions
{
    enum class Command { Serve, UserAdd };

    Command command = Command::Serve;
    QString dataDir;
    // --db URL, else $KEPLER_DB, else the SQLite file in dataDir (DatabaseUrl says the forms).
    QString dbUrl;
    QHostAddress host = QHostAddress::LocalHost;
    QString hostText = u"127.0.0.1"_qs;
    quint16 port = 8470;
    bool demo = false;
    int demoPartners = 240; // --demo-partners N: how many partners the demo seed makes (1..10000)
    int demoSkus = 100000; // --demo-skus N: catalog SKUs the demo seed makes (0..1000000)
    bool benchRoutes = false;
    bool testHooks = false; // --allow-test-hooks: X-Kepler-Clock / X-Kepler-Fault (docs/gateway.md)
    qint64 idleTimeoutMs = 0; // 0: the default of docs/api.md
    int workerThreads = 4;
    // --client-timeout SECONDS: a connection must deliver a complete request within this time
    // (ApiServer::setClientTimeoutMs; slow clients); 0 turns it off.
    qint64 clientTimeoutMs = 30'000;
    // --api-rate-limit N: requests a second one session (bearer token) may make on /api/v1, with
    // bursts of 4 N; 0 turns it off (docs/api.md "Rate limits").
    int apiRateLimit = 50;
    // --trusted-proxy ADDR[/BITS][,…] (repeatable), else $KEPLER_TRUSTED_PROXIES: the reverse
    // proxies whose X-Forwarded-For / Forwarded name the client (docs/operations.md); none by default.
    TrustedProxies trustedProxies;
    QString userName;
    QStringList roles;
    QString displayName;

    // Where the data lives, as --db / $KEPLER_DB / --data say (already checked by parse()).
    DatabaseUrl database() const;

    // nullopt after printing help/version or an error (*exitCode tells which).
    static std::optional<PlatformOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace Kepler::Server
