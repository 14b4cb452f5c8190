#include "IdempotencyStore.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <optional>

namespace Kepler::Server::IdempotencyStore {

QByteArray requestHash(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData("\n");
    hash.addData(request.path.toUtf8());
    hash.addData("\n");
    hash.addData(request.body);
    return hash.result().toHex();
}

namespace {

// What an existing row says about a new request with its key; nullopt: no (live) row, claim it.
std::optional<Claim> decide(QSqlQuery &q, const QByteArray &hash, qint64 now)
{
    if (!q.next() || q.value(4).toLongLong() < now - LifetimeMs)
        return std::nullopt;
    if (q.value(0).toString().toLatin1() != hash)
        return Claim {Claim::Kind::Reused, 0, {}};
    if (q.value(1).toString() == u"done"_qs)
        return Claim {Claim::Kind::Replay, q.value(2).toInt(), q.value(3).toString().toUtf8()};
    if (q.value(4).toLongLong() >= now - AbandonedAfterMs)
        return Claim {Claim::Kind::InProgress, 0, {}};
    return std::nullopt; // abandoned by a crashed process: its work never committed
}

QSqlQuery findRow(const QSqlDatabase &db, const QString &actor, const QString &key)
{
    return Sql::exec(db,
        u"SELECT request_hash, status, response_status, response_body, created_at FROM idempotency_keys "
        u"WHERE actor = ? AND idempotency_key = ?"_qs,
        {actor, key});
}

} // namespace

Claim claim(Database &database, const QString &actor, const QString &key, const QByteArray &hash)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Read first, without the write lock: a duplicate of a running request must not queue behind
    // it on SQLite's single writer (holding a worker thread) only to learn it should replay.
    {
        QSqlQuery q = findRow(database.connection(), actor, key);
        if (const auto known = decide(q, hash, now))
            return *known;
    }
    try {
        Transaction tx(database, Transaction::Kind::Write);
        QSqlQuery q = findRow(tx.db(), actor, key);
        if (const auto known = decide(q, hash, now))
            return *known; // someone claimed it between the read and the write lock
        q.finish();
        Sql::exec(tx.db(),
            u"DELETE FROM idempotency_keys WHERE created_at < ? OR (actor = ? AND idempotency_key = ?)"_qs,
            {now - LifetimeMs, actor, key});
        Sql::exec(tx.db(),
            u"INSERT INTO idempotency_keys (actor, idempotency_key, request_hash, status, created_at) "
            u"VALUES (?, ?, ?, 'in_progress', ?)"_qs,
            {actor, key, QString::fromLatin1(hash), now});
        tx.commit();
        return {Claim::Kind::Claimed, 0, {}};
    } catch (const DatabaseError &e) {
        // PostgreSQL: a concurrent claim of the same key won the UNIQUE constraint.
        if (e.unavailable() || database.isSqlite())
            throw;
        return {Claim::Kind::InProgress, 0, {}};
    }
}

void complete(
    const QSqlDatabase &db, const QString &actor, const QString &key, int status, const QByteArray &body)
{
    Sql::exec(db,
        u"UPDATE idempotency_keys SET status = 'done', response_status = ?, response_body = ? "
        u"WHERE actor = ? AND idempotency_key = ?"_qs,
        {status, QString::fromUtf8(body), actor, key});
}

void release(Database &database, const QString &actor, const QString &key)
{
    Transaction tx(database, Transaction::Kind::Write);
    Sql::exec(tx.db(),
        u"DELETE FROM idempotency_keys WHERE actor = ? AND idempotency_key = ? AND status = 'in_progress'"_qs,
        {actor, key});
    tx.commit();
}

} // namespace Kepler::Server::IdempotencyStore
