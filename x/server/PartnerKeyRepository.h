#pragma once

#include "domain/PartnerKey.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Partner app keys (app_keys) and the nonces their signed requests used (used_nonces).
namespace PartnerKeyRepository {

struct StoredKey
{
    PartnerKey key;
    QString secret; // for HMAC verification only; never leaves the service after issuing
};

// A fresh app key ("kp_" + 24 hex digits) and secret ("ks_" + 43 base64url characters).
QString generateAppKey();
QString generateSecret();

qint64 insert(const QSqlDatabase &db, const PartnerKey &key, const QString &secret);
std::optional<PartnerKey> find(const QSqlDatabase &db, qint64 keyId);
std::optional<StoredKey> findByAppKey(const QSqlDatabase &db, const QString &appKey);
QList<PartnerKey> listForPartner(const QSqlDatabase &db, qint64 partnerId); // newest first
void setExpiry(const QSqlDatabase &db, qint64 keyId, qint64 expiresAtMs);
void revoke(const QSqlDatabase &db, qint64 keyId, qint64 atMs, const QString &by);
void touch(const QSqlDatabase &db, qint64 keyId, qint64 atMs);

// Records a nonce for the key; false when the key already used it (the unique constraint
// decides, so this holds across threads and processes).
bool recordNonce(const QSqlDatabase &db, const QString &appKey, const QString &nonce, qint64 atMs);
void purgeNonces(const QSqlDatabase &db, qint64 olderThanMs);

} // namespace PartnerKeyRepository

} // namespace Kepler::Server
