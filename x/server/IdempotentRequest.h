#pragma once

#include "HttpResponse.h"

#include <QString>
#include <optional>

namespace Kepler::Server {

struct RequestContext;

// The HTTP side of IdempotencyStore, shared by every route that needs an Idempotency-Key (bulk
// actions, a real CSV import): the key's checks and the answers a claim can end in.
namespace IdempotentRequest {

// Reads the Idempotency-Key header into *key; an answer (400) when it is missing or too long.
// `missingHint` finishes the sentence "Send an Idempotency-Key header (e.g. a UUID)…".
std::optional<HttpResponse> readKey(const RequestContext &ctx, const QString &missingHint, QString *key);

// Claims the key for this request: nothing when the caller may go on and do the work; otherwise
// the answer to give (the stored one replayed, 422 for a key reused with another request, 409 while
// the first one still runs).
std::optional<HttpResponse> claim(RequestContext &ctx, const QString &key);

// For a route where the key is optional (creating one partner or one account): reads and claims
// the key when the request carries one. An answer to give (a bad key, a replay, a reuse, still
// running) or nothing, with *key empty when the request had none.
std::optional<HttpResponse> claimIfPresent(RequestContext &ctx, QString *key);

// Forgets the claim after work that wrote nothing (nothing to do for an empty key); a failure to
// forget is swallowed (the caller is already reporting the original error, and the claim expires
// by itself).
void releaseQuietly(RequestContext &ctx, const QString &key);

} // namespace IdempotentRequest

} // namespace Kepler::Server
