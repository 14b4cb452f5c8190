#pragma once

#include "FieldError.h"
#include "Partner.h"

#include <QJsonObject>

namespace Kepler {

// The rules for what a partner may hold. The service enforces them (422 with every bad field);
// the console runs the same code before sending, so the two can never disagree.
namespace PartnerLimits {
inline constexpr int NameMax = 100;
inline constexpr int ContactNameMax = 50;
inline constexpr int EmailMax = 254;
inline constexpr int PhoneMax = 32;
inline constexpr int CommissionBpsMax = 10000;
inline constexpr int RateLimitMin = 1;
inline constexpr int RateLimitMax = 100000;
inline constexpr int DailyOrderCapMin = 1;
inline constexpr int DailyOrderCapMax = 10000000;
inline constexpr int GroupCodeMax = 32;
inline constexpr int TagsMax = 20;
inline constexpr int TagLengthMax = 32;
} // namespace PartnerLimits

// Reads a create body (POST /partners) into *out: name, mode and scenario are required.
// "group" is checked for its form only; whether the group exists is the service's check
// (422, code unknown_group on "group"). rateLimit / dailyOrderCap absent or null = inherit.
FieldErrors readNewPartner(const QJsonObject &body, Partner *out);

// Applies a PATCH body to *partner. Only editable fields may appear; id, status, version and the
// created/updated stamps are read-only (status changes go through lifecycle actions).
FieldErrors applyPartnerPatch(const QJsonObject &patch, Partner *partner);

// Every editable field of a partner, as a create body would carry it.
QJsonObject editablePartnerJson(const Partner &partner);

// The PATCH body that turns `before` into `after` (editable fields that differ, nothing else).
QJsonObject partnerPatch(const Partner &before, const Partner &after);

// Checks a whole partner's editable fields, e.g. an edited copy in the console before saving.
FieldErrors validatePartner(const Partner &partner);

} // namespace Kepler
