#include "PlatformService.h"

#include "AllRoutes.h"
#include "ApiServer.h"
#include "CatalogMemoryIndex.h"
#include "Database.h"
#include "DemoSeeder.h"
#include "Logging.h"
#include "MetricsRecorder.h"
#include "Migrations.h"
#include "Router.h"
#include "Services.h"
#include "SignalWatcher.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

namespace Kepler::Server {
namespace {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "kepler-platform: " << message << Qt::endl;
    return code;
}

} // namespace

PlatformService::PlatformService(PlatformOptions options)
    : m_options(std::move(options))
{
}

int PlatformService::run()
{
    const DatabaseUrl store = m_options.database();
    if (!store.isPostgres() && !QDir().mkpath(m_options.dataDir))
        return fail(u"cannot create the data directory %1"_qs.arg(m_options.dataDir), 1);
    Database database(store);
    try {
        Migrations::migrate(database);
        if (m_options.demo && DemoSeeder::seedIfEmpty(database, m_options.demoPartners, m_options.demoSkus))
            qCInfo(lcServer) << "seeded demo data into" << database.describe();
        else if (m_options.demo)
            qCInfo(lcServer) << "the database" << database.describe() << "is not empty; no demo seed";
        if (UserRepository::count(database.connection()) == 0)
            return fail(
                u"no staff accounts exist in %1. Create an administrator first:\n"
                u"  kepler-platform user add NAME --role admin %2   (reads the password from stdin)\n"
                u"or start with --demo for demo data and accounts."_qs.arg(
                    store.isPostgres() ? store.display() : m_options.dataDir,
                    store.isPostgres() ? u"--db "_qs + store.display() : u"--data "_qs + m_options.dataDir),
                2);
    } catch (const std::exception &e) {
        return fail(u"cannot prepare the database: %1"_qs.arg(QString::fromUtf8(e.what())), 1);
    }
    // From here on the database is used on worker threads only.
    database.closeConnection();

    Services services;
    services.database = &database;
    // Keyword search from the in-memory n-gram index once loaded (docs/pricing.md), on either engine;
    // KEPLER_CATALOG_SEARCH=sql keeps it off (the SQL plans: FTS5 on SQLite, a scan on PostgreSQL),
    // as they answer while it loads.
    CatalogMemoryIndex catalogIndex;
    if (qEnvironmentVariable("KEPLER_CATALOG_SEARCH") != u"sql"_qs) {
        catalogIndex.startLoading(&database);
        services.catalogIndex = &catalogIndex;
    }
    services.version = QCoreApplication::applicationVersion();
    // Gateway samples are collected in memory; this writer adds them into the database every second
    // on its own connection, and once more after the workers have stopped (below).
    MetricsRecorder metrics(&database);
    services.metrics = &metrics;
    metrics.start();
    services.testHooks = m_options.testHooks;
    if (m_options.testHooks)
        qCWarning(lcServer) << "test hooks on: /open/v1 honours X-Kepler-Clock and X-Kepler-Fault";
    if (m_options.idleTimeoutMs > 0)
        services.sessions.idleMs = m_options.idleTimeoutMs;

    services.apiRateLimit = m_options.apiRateLimit;
    Router router;
    AllRoutes::registerAll(router, m_options.benchRoutes);

    ApiServer server(&router, &services, m_options.workerThreads);
    server.setClientTimeoutMs(m_options.clientTimeoutMs);
    server.setTrustedProxies(m_options.trustedProxies);
    if (!m_options.trustedProxies.isEmpty())
        qCInfo(lcServer).noquote() << "client addresses from X-Forwarded-For/Forwarded of trusted proxies"
                                   << m_options.trustedProxies.toStringList().join(u", "_qs);
    const quint16 port = server.listen(m_options.host, m_options.port);
    if (port == 0)
        return fail(u"cannot listen on %1:%2"_qs.arg(m_options.hostText).arg(m_options.port), 1);

    // The first line of stdout is the URL: the console and the tests read it to find the service.
    const QString url = u"http://%1:%2"_qs.arg(m_options.hostText).arg(port);
    std::fputs(url.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
    qCInfo(lcServer) << "listening on" << url << "database" << database.describe();

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "- shutting down";
        QCoreApplication::quit();
    });
    const int code = QCoreApplication::exec();
    server.shutdown();
    metrics.stop(); // the last flush: every answered request is counted
    return code;
}

} // namespace Kepler::Server
