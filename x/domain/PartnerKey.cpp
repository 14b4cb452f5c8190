#include "PartnerKey.h"

#include "Partner.h"

#include <QCoreApplication>

namespace Kepler {
namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeOf(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? fromIsoUtc(v.toString()) : QDateTime();
}

} // namespace

QString toString(PartnerKeyState state)
{
    switch (state) {
    case PartnerKeyState::Active:
        return u"active"_qs;
    case PartnerKeyState::Expiring:
        return u"expiring"_qs;
    case PartnerKeyState::Revoked:
        return u"revoked"_qs;
    case PartnerKeyState::Expired:
        return u"expired"_qs;
    }
    return {};
}

std::optional<PartnerKeyState> partnerKeyStateFromString(const QString &value)
{
    for (PartnerKeyState s : {PartnerKeyState::Active, PartnerKeyState::Expiring, PartnerKeyState::Revoked,
             PartnerKeyState::Expired})
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QString displayName(PartnerKeyState state)
{
    switch (state) {
    case PartnerKeyState::Active:
        return QCoreApplication::translate("PartnerKeyState", "Active");
    case PartnerKeyState::Expiring:
        return QCoreApplication::translate("PartnerKeyState", "Expiring");
    case PartnerKeyState::Revoked:
        return QCoreApplication::translate("PartnerKeyState", "Revoked");
    case PartnerKeyState::Expired:
        return QCoreApplication::translate("PartnerKeyState", "Expired");
    }
    return {};
}

PartnerKeyState PartnerKey::stateAt(const QDateTime &now) const
{
    if (revokedAt.isValid())
        return PartnerKeyState::Revoked;
    if (!expiresAt.isValid())
        return PartnerKeyState::Active;
    return expiresAt > now ? PartnerKeyState::Expiring : PartnerKeyState::Expired;
}

bool PartnerKey::isUsableAt(const QDateTime &now) const
{
    const PartnerKeyState s = stateAt(now);
    return s == PartnerKeyState::Active || s == PartnerKeyState::Expiring;
}

QJsonObject PartnerKey::toJson(const QDateTime &now) const
{
    return {
        {u"keyId"_qs, id},
        {u"partnerId"_qs, partnerId},
        {u"appKey"_qs, appKey},
        {u"createdAt"_qs, timeOrNull(createdAt)},
        {u"createdBy"_qs, createdBy},
        {u"lastUsedAt"_qs, timeOrNull(lastUsedAt)},
        {u"expiresAt"_qs, timeOrNull(expiresAt)},
        {u"revokedAt"_qs, timeOrNull(revokedAt)},
        {u"revokedBy"_qs, revokedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(revokedBy)},
        {u"state"_qs, toString(stateAt(now))},
    };
}

std::optional<PartnerKey> PartnerKey::fromJson(const QJsonObject &json)
{
    PartnerKey k;
    k.id = json.value(u"keyId"_qs).toInteger();
    k.appKey = json.value(u"appKey"_qs).toString();
    if (k.id <= 0 || k.appKey.isEmpty())
        return std::nullopt;
    k.partnerId = json.value(u"partnerId"_qs).toInteger();
    k.createdBy = json.value(u"createdBy"_qs).toString();
    k.createdAt = timeOf(json, u"createdAt"_qs);
    k.lastUsedAt = timeOf(json, u"lastUsedAt"_qs);
    k.expiresAt = timeOf(json, u"expiresAt"_qs);
    k.revokedAt = timeOf(json, u"revokedAt"_qs);
    k.revokedBy = json.value(u"revokedBy"_qs).toString();
    return k;
}

} // namespace Kepler
