#pragma once

#include "EffectiveQuota.h"
#include "FieldError.h"
#include "PartnerMode.h"
#include "PartnerStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace Kepler {

struct PartnerContact
{
    QString name;
    QString email;
    QString phone;

    bool operator==(const PartnerContact &other) const = default;
};

// A partner channel (合作渠道). Money-like rates are integers: commission in basis points
// (1250 = 12.50%), rate limit in requests per second. rateLimit / dailyOrderCap null = inherit
// from the partner's group (or the platform default when it has none): see EffectiveQuota.h.
struct Partner
{
    qint64 id = 0;
    QString name; // usually Chinese, e.g. 今日资讯
    QString nameEn;
    PartnerMode mode = PartnerMode::Guide;
    QString scenario; // a code from allScenarios()
    PartnerStatus status = PartnerStatus::Applied;
    PartnerContact contact;
    int commissionBps = 0;
    QString group; // a PartnerGroup code; empty = no group ("group": null in JSON)
    std::optional<int> rateLimit; // req/s
    std::optional<int> dailyOrderCap; // orders per day
    // Read-only, computed by the service (partner → group → platform); absent in input.
    std::optional<EffectiveQuota> effectiveQuota;
    QStringList tags;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
    int version = 1;

    QJsonObject toJson() const;
    // Decodes a partner as the service sends it; errors name the offending fields.
    static std::optional<Partner> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Partner &other) const = default;
};

// The ETag the service sends for a partner at this version, quotes included.
QByteArray partnerEtag(int version);
// The quota that applies to `partner` with its group `group` (nullptr: none or unknown).
EffectiveQuota effectiveQuotaOf(const Partner &partner, const PartnerGroup *group);
// Parses an If-Match / ETag value back into a version; nullopt when malformed.
std::optional<int> versionFromEtag(const QByteArray &etag);

QString toIsoUtc(const QDateTime &time); // "2026-11-25T04:03:16.123Z"
QDateTime fromIsoUtc(const QString &text);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::Partner)
