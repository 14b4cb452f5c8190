#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Kepler {

// Where a partner's app key stands at a moment: usable (active), usable until expiresAt because
// it was rotated (expiring), revoked by staff, or past its rotation overlap (expired).
enum class PartnerKeyState { Active, Expiring, Revoked, Expired };

QString toString(PartnerKeyState state); // "active", "expiring", "revoked", "expired"
std::optional<PartnerKeyState> partnerKeyStateFromString(const QString &value);
QString displayName(PartnerKeyState state); // translated, context "PartnerKeyState"

// A partner's app credential as staff see it: the public app key and who did what when. The
// secret is not part of it: the service hands that out once, in the answer that created it.
struct PartnerKey
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString appKey; // "kp_" + 24 hex digits
    QString createdBy;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used
    QDateTime expiresAt; // invalid: does not expire (set when the key is rotated)
    QDateTime revokedAt; // invalid: not revoked
    QString revokedBy;

    PartnerKeyState stateAt(const QDateTime &now) const;
    bool isUsableAt(const QDateTime &now) const;

    // {keyId, appKey, createdAt, createdBy, lastUsedAt, expiresAt, revokedAt, revokedBy, state}
    QJsonObject toJson(const QDateTime &now) const;
    // The state in the JSON is recomputed from the times, so it is not read back.
    static std::optional<PartnerKey> fromJson(const QJsonObject &json);

    bool operator==(const PartnerKey &other) const = default;
};

// What issuing or rotating answers: the key and, this once, its secret.
struct IssuedPartnerKey
{
    PartnerKey key;
    QString secret;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::PartnerKey)
Q_DECLARE_METATYPE(Kepler::IssuedPartnerKey)
