#include "IdempotencyStore.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>

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

Claim claim(Database &database, const QString &actor, const QString &key, const QByteArray &hash)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    try {
        Transaction tx(database, Transaction::Kind::Write);
        Sql::exec(tx.db(), u"DELETE FROM idempotency_keys WHERE created_at < ?"_qs, {now - LifetimeMs});
        QSqlQuery q = Sql::exec(tx.db(),
            u"SELECT request_hash, status, response_status, response_body, created_at FROM idempotency_keys "
            u"WHERE actor = ? AND idempotency_key = ?"_qs,
            {actor, key});
        if (q.next()) {
            if (q.value(0).toString().toLatin1() != hash)
                return {Claim::Kind::Reused, 0, {}};
            if (q.value(1).toString() == u"done"_qs)
                return {Claim::Kind::Replay, q.value(2).toInt(), q.value(3).toString().toUtf8()};
            if (q.value(4).toLongLong() >= now - AbandonedAfterMs)
                return {Claim::Kind::InProgress, 0, {}};
            q.finish();
            Sql::exec(tx.db(),
                u"UPDATE idempotency_keys SET created_at = ? WHERE actor = ? AND idempotency_key = ?"_qs,
                {now, actor, key});
        } else {
            q.finish();
            Sql::exec(tx.db(),
                u"INSERT INTO idempotency_keys (actor, idempotency_key, request_hash, status, created_at) "
                u"VALUES (?, ?, ?, 'in_progress', ?)"_qs,
                {actor, key, QString::fromLatin1(hash), now});
        }
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
