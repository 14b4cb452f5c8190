#include "GatewayAuthenticator.h"

#include "Database.h"
#include "PartnerKeyRepository.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Services.h"

#include "domain/ErrorCode.h"
#include "domain/RequestSignature.h"

#include <QMutex>
#include <QRegularExpression>
#include <atomic>

namespace Kepler::Server {
namespace {

namespace Sig = RequestSignature;

GatewayAuthenticator::Result fail(const HttpRequest &request, const char *code, const QString &detail)
{
    return {std::nullopt,
        Problem(401, code, detail)
            .header("WWW-Authenticate", "Kepler-HMAC-SHA256")
            .response(request.requestId)};
}

// Purging on the request path keeps the table small without a timer thread; at most one request
// a minute per process pays for it (any process may purge: the rows are shared).
void purgeNoncesNowAndThen(const QSqlDatabase &db, qint64 nowMs)
{
    static std::atomic<qint64> lastPurgeMs {0};
    qint64 last = lastPurgeMs.load();
    if (nowMs - last < GatewayAuthenticator::PurgeIntervalMs
        || !lastPurgeMs.compare_exchange_strong(last, nowMs))
        return;
    PartnerKeyRepository::purgeNonces(db, nowMs - GatewayAuthenticator::NonceRetentionMs);
}

// Nonces live in the ephemeral store (no fsync per request). In one process the writers take turns
// on a mutex rather than in SQLite's busy handler; other processes still meet at SQLite's lock.
bool spendNonce(Database &database, const QString &appKey, const QString &nonce, qint64 nowMs)
{
    QSqlDatabase db = database.ephemeralConnection();
    QMutexLocker lock(database.ephemeralWriteLock());
    purgeNoncesNowAndThen(db, nowMs);
    return PartnerKeyRepository::recordNonce(db, appKey, nonce, nowMs);
}

} // namespace

GatewayAuthenticator::Result GatewayAuthenticator::authenticate(
    Services &services, const HttpRequest &request)
{
    const QByteArray appKey = request.header(QByteArray(Sig::AppKeyHeader).toLower()).trimmed();
    const QByteArray timestamp = request.header(QByteArray(Sig::TimestampHeader).toLower()).trimmed();
    const QByteArray nonce = request.header(QByteArray(Sig::NonceHeader).toLower()).trimmed();
    const QByteArray signature = request.header(QByteArray(Sig::SignatureHeader).toLower()).trimmed();

    QStringList missing;
    const std::pair<const char *, const QByteArray *> required[] = {{Sig::AppKeyHeader, &appKey},
        {Sig::TimestampHeader, &timestamp}, {Sig::NonceHeader, &nonce}, {Sig::SignatureHeader, &signature}};
    for (const auto &[name, value] : required)
        if (value->isEmpty())
            missing << QString::fromLatin1(name);
    if (!missing.isEmpty())
        return fail(request, ErrorCode::SignatureHeadersMissing,
            u"Sign the request (docs/signing.md); missing: %1"_qs.arg(missing.join(u", "_qs)));

    static const QRegularExpression digits(u"^[0-9]{1,12}$"_qs);
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_qs);
    if (!digits.match(QString::fromLatin1(timestamp)).hasMatch())
        return fail(request, ErrorCode::SignatureHeaderInvalid,
            u"X-Kepler-Timestamp must be Unix time in seconds, digits only"_qs);
    if (!Sig::isValidNonce(nonce))
        return fail(request, ErrorCode::SignatureHeaderInvalid,
            u"X-Kepler-Nonce must be %1 to %2 characters of A-Z a-z 0-9 . _ ~ -"_qs.arg(Sig::MinNonceLength)
                .arg(Sig::MaxNonceLength));
    if (!hex64.match(QString::fromLatin1(signature)).hasMatch())
        return fail(request, ErrorCode::SignatureHeaderInvalid,
            u"X-Kepler-Signature must be 64 lowercase hexadecimal digits"_qs);

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 skew = timestamp.toLongLong() - nowMs / 1000;
    if (skew > Sig::MaxClockSkewSeconds || skew < -Sig::MaxClockSkewSeconds)
        return fail(request, ErrorCode::SignatureTimestampStale,
            u"X-Kepler-Timestamp is %1 s off the server clock (%2); at most %3 s is accepted"_qs.arg(skew)
                .arg(nowMs / 1000)
                .arg(Sig::MaxClockSkewSeconds));

    QSqlDatabase db = services.database->connection();
    const auto stored = PartnerKeyRepository::findByAppKey(db, QString::fromLatin1(appKey));
    if (!stored)
        return fail(request, ErrorCode::AppKeyUnknown, u"No such app key"_qs);
    const auto attributed = [&](Result result) {
        result.partnerId = stored->key.partnerId;
        return result;
    };
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    switch (stored->key.stateAt(now)) {
    case PartnerKeyState::Revoked:
        return attributed(fail(request, ErrorCode::AppKeyRevoked, u"This app key was revoked"_qs));
    case PartnerKeyState::Expired:
        return attributed(
            fail(request, ErrorCode::AppKeyExpired, u"This app key expired after it was rotated"_qs));
    case PartnerKeyState::Active:
    case PartnerKeyState::Expiring:
        break;
    }

    const QByteArray expected = Sig::sign(stored->secret.toUtf8(),
        Sig::stringToSign(
            request.method, request.path, Sig::queryItems(request.query), timestamp, nonce, request.body));
    if (!Sig::constantTimeEquals(expected, signature))
        return attributed(fail(request, ErrorCode::SignatureMismatch,
            u"The signature does not match; check the string-to-sign in docs/signing.md"_qs));

    // Only a correctly signed request spends its nonce, so nobody can burn a partner's nonces.
    if (!spendNonce(*services.database, stored->key.appKey, QString::fromLatin1(nonce), nowMs))
        return attributed(fail(
            request, ErrorCode::SignatureNonceReused, u"This nonce was already used with this app key"_qs));

    if (!stored->key.lastUsedAt.isValid()
        || nowMs - stored->key.lastUsedAt.toMSecsSinceEpoch() >= TouchIntervalMs)
        PartnerKeyRepository::touch(db, stored->key.id, nowMs);

    const auto partner = PartnerRepository::find(db, stored->key.partnerId);
    if (!partner || partner->status != PartnerStatus::Active)
        return attributed({std::nullopt,
            Problem(403, ErrorCode::PartnerNotActive,
                u"The partner is %1; only active partners may call the gateway"_qs.arg(
                    partner ? toString(partner->status) : u"gone"_qs))
                .response(request.requestId)});

    const EffectiveQuota quota = partner->effectiveQuota.value_or(EffectiveQuota {});
    GatewayCaller caller {stored->key.partnerId, stored->key.id, stored->key.appKey, partner->mode,
        partner->scenario, quota.rateLimit, quota.dailyOrderCap};
    return {std::move(caller), std::nullopt, stored->key.partnerId};
}

} // namespace Kepler::Server
