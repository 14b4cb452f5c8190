#include "IdempotentRequest.h"

#include "IdempotencyStore.h"
#include "Problem.h"
#include "RequestContext.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"

namespace Kepler::Server::IdempotentRequest {

std::optional<HttpResponse> readKey(const RequestContext &ctx, const QString &missingHint, QString *key)
{
    const QByteArray &requestId = ctx.request.requestId;
    *key = QString::fromUtf8(ctx.request.header("idempotency-key")).trimmed();
    if (key->isEmpty())
        return Problem(400, ErrorCode::IdempotencyKeyMissing,
            u"Send an Idempotency-Key header (e.g. a UUID)%1"_qs.arg(missingHint))
            .response(requestId);
    if (key->size() > IdempotencyStore::KeyMaxLength)
        return Problem(400, ErrorCode::IdempotencyKeyInvalid,
            u"An Idempotency-Key has 1 to %1 characters"_qs.arg(IdempotencyStore::KeyMaxLength))
            .response(requestId);
    return std::nullopt;
}

std::optional<HttpResponse> claim(RequestContext &ctx, const QString &key)
{
    using Kind = IdempotencyStore::Claim::Kind;
    const IdempotencyStore::Claim claim = IdempotencyStore::claim(
        *ctx.services.database, ctx.actor(), key, IdempotencyStore::requestHash(ctx.request));
    switch (claim.kind) {
    case Kind::Replay:
        return HttpResponse::json(claim.status, claim.body).withHeader("Idempotent-Replayed", "true");
    case Kind::Reused:
        return Problem(422, ErrorCode::IdempotencyKeyReused,
            u"This Idempotency-Key was used for a different request; use a new key for a new request"_qs)
            .response(ctx.request.requestId);
    case Kind::InProgress:
        return Problem(409, ErrorCode::IdempotencyInProgress,
            u"A request with this Idempotency-Key is still running; retry shortly for its answer"_qs)
            .header("Retry-After", "1")
            .response(ctx.request.requestId);
    case Kind::Claimed:
        break;
    }
    return std::nullopt;
}

std::optional<HttpResponse> claimIfPresent(RequestContext &ctx, QString *key)
{
    key->clear();
    if (ctx.request.header("idempotency-key").isEmpty())
        return std::nullopt;
    if (auto bad = readKey(ctx, {}, key))
        return bad;
    return claim(ctx, *key);
}

void releaseQuietly(RequestContext &ctx, const QString &key)
{
    if (key.isEmpty())
        return; // an optional key the request did not carry: nothing was claimed
    try {
        IdempotencyStore::release(*ctx.services.database, ctx.actor(), key);
    } catch (...) {
    }
}

HttpResponse createOnce(RequestContext &ctx, const std::function<HttpResponse(Transaction &tx)> &work)
{
    QString key;
    if (auto answer = claimIfPresent(ctx, &key))
        return *answer;
    HttpResponse answer;
    try {
        Transaction tx(*ctx.services.database, Transaction::Kind::Write);
        answer = work(tx);
        if (answer.status >= 200 && answer.status < 300) {
            if (!key.isEmpty())
                IdempotencyStore::complete(tx.db(), ctx.actor(), key, answer.status, answer.body);
            tx.commit();
            return answer;
        }
    } catch (...) {
        releaseQuietly(ctx, key); // rolled back: nothing was written under the key
        throw;
    }
    releaseQuietly(ctx, key); // refused and rolled back: the key is free for the corrected request
    return answer;
}

} // namespace Kepler::Server::IdempotentRequest
