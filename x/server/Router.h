#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RequestContext.h"

#include "domain/Role.h"

#include <QByteArrayList>
#include <QHash>
#include <QStringList>
#include <functional>
#include <vector>

namespace Kepler::Server {

using Handler = std::function<HttpResponse(RequestContext &)>;

// Who may call a route: nobody needs to sign in (Public), any signed-in user (no roles), a
// signed-in user holding at least one of `roles`, or a partner whose request carries a valid
// signature (the /open/v1/… gateway; no staff session is looked at, see GatewayAuthenticator).
struct Access
{
    bool requiresLogin = true;
    Roles roles;
    bool partnerSigned = false;

    static Access publicRoute() { return {false, {}, false}; }
    static Access anyUser() { return {true, {}, false}; }
    static Access anyOf(Roles roles) { return {true, roles, false}; }
    static Access signedByPartner() { return {false, {}, true}; }
};

struct Route
{
    QByteArray method;
    QString pattern; // "/api/v1/partners/{id}"
    Access access;
    Handler handler;
    // Media types the body may have ("text/csv"); empty means JSON, as most routes take.
    QByteArrayList bodyTypes;
    // The body cap for this route; 0 means ApiServer::MaxBodyBytes (1 MiB). Raised per route
    // only where a use needs it (CSV import), so every other route keeps the small cap.
    qsizetype maxBodyBytes = 0;
    // Partner-signed routes: the service label in the gateway's metrics ("search", "order", ...);
    // empty means the first path segment after /open/v1/.
    QString metricsService;
    // Bench only: answers on the server thread instead of the worker pool (the naive baseline).
    std::function<bool(const HttpRequest &)> runOnLoop;
};

// Matches method + path against patterns with {name} segments. Qt's QHttpServerRouter cannot tell
// "wrong method" from "no such path"; this one can, so the server answers 405 with Allow.
class Router
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // non-empty when the path exists but not for this method
    };

    void add(Route route);
    void add(QByteArray method, QString pattern, Access access, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;
    // Every route in registration order: for tests and tools that walk the whole API (the security
    // suite's route × role table).
    QList<const Route *> routes() const;

private:
    struct Entry
    {
        Route route;
        QStringList segments;
    };
    static bool matchSegments(
        const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params);

    std::vector<Entry> m_entries;
};

} // namespace Kepler::Server
