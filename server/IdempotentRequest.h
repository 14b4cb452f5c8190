#pragma once

#include "HttpResponse.h"

#include <QString>
#include <functional>
#include <optional>

namespace Kepler::Server {

struct RequestContext;
class Transaction;

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

// A create under the request's optional Idempotency-Key (every POST of /api/v1 that creates one
// resource): claims the key first (answering a replay, a reuse or a duplicate still running
// instead), then runs `work` in a write transaction it must not commit. A 2xx answer is stored
// under the key in that transaction and committed with the work, so a retry after a lost answer
// gets the same answer and no second resource. Any other answer rolls the work back and frees the
// key once the transaction has ended (freeing it inside would wait for the write lock it holds).
HttpResponse createOnce(RequestContext &ctx, const std::function<HttpResponse(Transaction &tx)> &work);

} // namespace IdempotentRequest

} // namespace Kepler::Server
