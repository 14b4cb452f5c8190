#include "SessionRepository.h"

#include "Sql.h"

#include <QSqlQuery>

namespace Kepler::Server::SessionRepository {

qint64 insert(const QSqlDatabase &db, const QString &tokenHash, qint64 userId, qint64 nowMs,
    qint64 expiresAtMs, const QString &userAgent, const QString &clientAddress)
{
    return Sql::scalar(db,
        u"INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, user_agent, "
        u"client_address) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs,
        {tokenHash, userId, nowMs, nowMs, expiresAtMs, userAgent, clientAddress});
}

namespace {

const QString kColumns
    = u"SELECT id, user_id, created_at, last_seen_at, expires_at, revoked_at, user_agent, client_address "
      u"FROM sessions "_qs;

SessionRecord read(const QSqlQuery &q)
{
    SessionRecord s;
    s.id = q.value(0).toLongLong();
    s.userId = q.value(1).toLongLong();
    s.createdAtMs = q.value(2).toLongLong();
    s.lastSeenAtMs = q.value(3).toLongLong();
    s.expiresAtMs = q.value(4).toLongLong();
    s.revoked = !q.value(5).isNull();
    s.userAgent = q.value(6).toString();
    s.clientAddress = q.value(7).toString();
    return s;
}

} // namespace

std::optional<SessionRecord> findByTokenHash(const QSqlDatabase &db, const QString &tokenHash)
{
    QSqlQuery q = Sql::exec(db, kColumns + u"WHERE token_hash = ?"_qs, {tokenHash});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<SessionRecord> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, kColumns + u"WHERE id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<SessionRecord> listLive(const QSqlDatabase &db, qint64 userId, qint64 nowMs)
{
    QSqlQuery q = Sql::exec(db,
        kColumns + u"WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY id DESC"_qs,
        {userId, nowMs});
    QList<SessionRecord> all;
    while (q.next())
        all.append(read(q));
    return all;
}

void touch(const QSqlDatabase &db, qint64 id, qint64 nowMs, qint64 expiresAtMs)
{
    Sql::exec(db,
        u"UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ? AND revoked_at IS NULL"_qs,
        {nowMs, expiresAtMs, id});
}

void revoke(const QSqlDatabase &db, qint64 id, qint64 nowMs)
{
    Sql::exec(db, u"UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_qs, {nowMs, id});
}

int revokeAllForUser(const QSqlDatabase &db, qint64 userId, qint64 nowMs)
{
    QSqlQuery q = Sql::exec(db,
        u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_qs, {nowMs, userId});
    return q.numRowsAffected();
}

} // namespace Kepler::Server::SessionRepository
