#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Kepler {

struct PartnerGroup;

// What applies when neither the partner nor a group says anything.
namespace PlatformQuota {
inline constexpr int RateLimit = 20; // requests per second
inline constexpr int DailyOrderCap = 2000; // orders per day
} // namespace PlatformQuota

enum class QuotaSource { Partner, Group, Platform };

QString toString(QuotaSource source); // "partner", "group", "platform"
std::optional<QuotaSource> quotaSourceFromString(const QString &value);

// The quota the gateway enforces for a partner, and where each value comes from. The service
// sends it read-only in the partner JSON ("effectiveQuota"); the console computes the same with
// resolveQuota() to preview an edit before saving.
struct EffectiveQuota
{
    int rateLimit = PlatformQuota::RateLimit;
    QuotaSource rateLimitFrom = QuotaSource::Platform;
    int dailyOrderCap = PlatformQuota::DailyOrderCap;
    QuotaSource dailyOrderCapFrom = QuotaSource::Platform;

    QJsonObject toJson() const;
    static std::optional<EffectiveQuota> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const EffectiveQuota &other) const = default;
};

// Partner override first, then the partner's group (nullptr: none or unknown), then the platform.
EffectiveQuota resolveQuota(
    std::optional<int> partnerRateLimit, std::optional<int> partnerDailyOrderCap, const PartnerGroup *group);

} // namespace Kepler
