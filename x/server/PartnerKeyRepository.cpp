#include "PartnerKeyRepository.h"

#include "SessionToken.h"
#include "Sql.h"

#include <QSqlQuery>

#include <sodium.h>

namespace Kepler::Server::PartnerKeyRepository {
namespace {

const QString kColumns = u"id, partner_id, app_key, created_by, created_at, last_used_at, expires_at, "
                         u"revoked_at, revoked_by, secret"_qs;

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

StoredKey read(const QSqlQuery &q)
{
    StoredKey s;
    PartnerKey &k = s.key;
    k.id = q.value(0).toLongLong();
    k.partnerId = q.value(1).toLongLong();
    k.appKey = q.value(2).toString();
    k.createdBy = q.value(3).toString();
    k.createdAt = timeOrInvalid(q.value(4));
    k.lastUsedAt = timeOrInvalid(q.value(5));
    k.expiresAt = timeOrInvalid(q.value(6));
    k.revokedAt = timeOrInvalid(q.value(7));
    k.revokedBy = q.value(8).toString();
    s.secret = q.value(9).toString();
    return s;
}

std::optional<StoredKey> findWhere(const QSqlDatabase &db, const QString &where, const QVariant &value)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM app_keys WHERE "_qs + where, {value});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace

QString generateAppKey()
{
    // 12 random bytes as hex: short enough to read out on the phone, far too many to guess.
    QByteArray raw(12, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return u"kp_"_qs + QString::fromLatin1(raw.toHex());
}

QString generateSecret()
{
    return u"ks_"_qs + QString::fromLatin1(SessionToken::randomId(32));
}

qint64 insert(const QSqlDatabase &db, const PartnerKey &key, const QString &secret)
{
    return Sql::scalar(db,
        u"INSERT INTO app_keys (partner_id, app_key, secret, created_by, created_at) "
        u"VALUES (?, ?, ?, ?, ?) RETURNING id"_qs,
        {key.partnerId, key.appKey, secret, key.createdBy, key.createdAt.toMSecsSinceEpoch()});
}

std::optional<PartnerKey> find(const QSqlDatabase &db, qint64 keyId)
{
    if (auto stored = findWhere(db, u"id = ?"_qs, keyId))
        return stored->key;
    return std::nullopt;
}

std::optional<StoredKey> findByAppKey(const QSqlDatabase &db, const QString &appKey)
{
    return findWhere(db, u"app_key = ?"_qs, appKey);
}

QList<PartnerKey> listForPartner(const QSqlDatabase &db, qint64 partnerId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns
            + u" FROM app_keys WHERE partner_id = ? ORDER BY created_at DESC, id DESC"_qs,
        {partnerId});
    QList<PartnerKey> keys;
    while (q.next())
        keys.append(read(q).key);
    return keys;
}

void setExpiry(const QSqlDatabase &db, qint64 keyId, qint64 expiresAtMs)
{
    Sql::exec(db, u"UPDATE app_keys SET expires_at = ? WHERE id = ?"_qs, {expiresAtMs, keyId});
}

void revoke(const QSqlDatabase &db, qint64 keyId, qint64 atMs, const QString &by)
{
    Sql::exec(db, u"UPDATE app_keys SET revoked_at = ?, revoked_by = ? WHERE id = ?"_qs, {atMs, by, keyId});
}

void touch(const QSqlDatabase &db, qint64 keyId, qint64 atMs)
{
    Sql::exec(db, u"UPDATE app_keys SET last_used_at = ? WHERE id = ?"_qs, {atMs, keyId});
}

bool recordNonce(const QSqlDatabase &db, const QString &appKey, const QString &nonce, qint64 atMs)
{
    // ON CONFLICT DO NOTHING (SQLite ≥ 3.24 and PostgreSQL) reports a replay as "no row written"
    // instead of an error, so a replay is not logged as a database failure.
    const QSqlQuery q = Sql::exec(db,
        u"INSERT INTO used_nonces (app_key, nonce, seen_at) VALUES (?, ?, ?) "
        u"ON CONFLICT (app_key, nonce) DO NOTHING"_qs,
        {appKey, nonce, atMs});
    return q.numRowsAffected() == 1;
}

void purgeNonces(const QSqlDatabase &db, qint64 olderThanMs)
{
    Sql::exec(db, u"DELETE FROM used_nonces WHERE seen_at < ?"_qs, {olderThanMs});
}

} // namespace Kepler::Server::PartnerKeyRepository
