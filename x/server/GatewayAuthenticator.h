#pragma once

#include "GatewayCaller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <optional>

namespace Kepler::Server {

struct Services;

// The one place partner-signed requests (/open/v1/…) are verified, per docs/signing.md. Runs on a
// worker thread (it reads the database). Every refusal is 401 problem+json with its own code —
// missing or malformed headers, a timestamp more than 300 s off, an unknown, revoked or expired
// app key, a wrong signature, a nonce the key already used — except a correctly signed request of
// a partner that is not active, which is 403 partner_not_active.
class GatewayAuthenticator
{
public:
    struct Result
    {
        std::optional<GatewayCaller> caller;
        std::optional<HttpResponse> failure;
        // Known once the app key was found, even when the request is refused after that: the
        // metrics count a partner's badly signed requests as that partner's.
        qint64 partnerId = 0;
    };

    static Result authenticate(Services &services, const HttpRequest &request);

    // Writing last_used_at on every call would make every partner read a write.
    static constexpr qint64 TouchIntervalMs = 60 * 1000;
    // A nonce must be remembered as long as a request carrying it could still be accepted: its
    // timestamp may be up to 300 s ahead of the clock and is accepted until 300 s behind it.
    // A timestamp is good for ±300 s and "now" is whole seconds, so a request can be accepted up to
    // 601 s after its nonce was first seen: keep nonces a little longer than that.
    static constexpr qint64 NonceRetentionMs = (2 * 300 + 5) * 1000;
    static constexpr qint64 PurgeIntervalMs = 60 * 1000;
};

} // namespace Kepler::Server
