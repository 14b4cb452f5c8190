#pragma once

#include "AuthSession.h"
#include "GatewayCaller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace Kepler::Server {

struct Services;

// Everything a route handler gets: the request, the path parameters, the caller and the services.
struct RequestContext
{
    const HttpRequest &request;
    QHash<QString, QString> params;
    std::optional<AuthSession> auth;
    Services &services;
    // Set on partner-signed routes (Access::signedByPartner()) once the signature checked out.
    std::optional<GatewayCaller> partner = std::nullopt;
    // When the request happens: now, or on /open/v1 the X-Kepler-Clock of a test-hooks platform.
    qint64 nowMs = 0;

    // Reads the body as a JSON object; on failure returns the 400 answer to send instead.
    std::optional<HttpResponse> readJsonObject(QJsonObject *out) const;
    // The version an If-Match header names; on failure the 428 answer to send instead. "*" means
    // "whatever is current" and yields 0.
    std::optional<HttpResponse> readIfMatch(int *version) const;
    // The {id} path parameter as a positive integer; nullopt when it is not one.
    std::optional<qint64> idParam() const;
    QString actor() const { return auth ? auth->user.username : QString(); }
};

} // namespace Kepler::Server
