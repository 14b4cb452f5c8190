#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace Kepler::Server {

class Database;

// Idempotency-Key bookkeeping (table idempotency_keys, one row per actor and key).
//
// claim() first reads the row without the write lock, so a duplicate of a running request is
// answered at once instead of queueing behind SQLite's single writer. The row is the lock: claim() inserts an
// "in_progress" row in its own short write transaction before any work starts, so of two requests with the
// same key only one can claim it (SQLite serialises write transactions; on PostgreSQL the UNIQUE (actor, key)
// constraint refuses the second insert). The work then runs in one write transaction that ends with
// complete(), so the effect and the stored answer commit together. A duplicate that arrives meanwhile gets
// 409 idempotency_in_progress (+ Retry-After) at once rather than holding a worker thread while it waits; one
// that arrives later gets the stored answer again. If the work fails, release() forgets the claim so the
// client can retry; a claim left by a crashed process is taken over after AbandonedAfterMs (its work never
// committed, the transaction being atomic).
namespace IdempotencyStore {

inline constexpr qint64 LifetimeMs = 24 * 3600 * 1000; // keys are forgotten after 24 h
inline constexpr qint64 AbandonedAfterMs = 5 * 60 * 1000;
inline constexpr int KeyMaxLength = 200;

struct Claim
{
    enum class Kind {
        Claimed, // go ahead, then complete() or release()
        Replay, // done before with the same request: send status + body again
        Reused, // the key was used for a different request
        InProgress, // the same request is running right now
    };
    Kind kind = Kind::Claimed;
    int status = 0;
    QByteArray body;
};

// SHA-256 (hex) of method, path and body: what "the same request" means.
QByteArray requestHash(const HttpRequest &request);

Claim claim(Database &database, const QString &actor, const QString &key, const QByteArray &hash);
// In the caller's write transaction, next to the work it records.
void complete(
    const QSqlDatabase &db, const QString &actor, const QString &key, int status, const QByteArray &body);
void release(Database &database, const QString &actor, const QString &key);

} // namespace IdempotencyStore

} // namespace Kepler::Server
