#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Router.h"

namespace Kepler::Server {

struct Services;

// Runs one matched route: authentication, the role check, the handler, and the last line of
// defence that turns an exception into 503/500 problem+json. Called on a worker thread.
namespace RequestExecutor {
HttpResponse execute(Services &services, const Route &route, const QHash<QString, QString> &params,
    const HttpRequest &request);
}

} // namespace Kepler::Server
