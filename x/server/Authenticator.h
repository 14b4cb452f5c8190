#pragma once

#include "AuthSession.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <optional>

namespace Kepler::Server {

struct Services;

// Resolves the bearer token of a request into a session (on a worker thread: it reads the
// database), sliding the idle expiry. Answers 401 unauthenticated for a missing or unknown token,
// 401 session_expired for a revoked or expired one or a disabled account.
class Authenticator
{
public:
    struct Result
    {
        std::optional<AuthSession> session;
        std::optional<HttpResponse> failure;
    };

    static Result authenticate(Services &services, const HttpRequest &request);
};

} // namespace Kepler::Server
