#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Kepler {

// A partner group (e.g. gold, silver, bronze): the quota defaults its partners inherit unless
// they override them. Seeded by migration step 3; admins and managers edit the values.
struct PartnerGroup
{
    QString code; // stable key, e.g. "gold"; what partners reference
    QString name; // Chinese, e.g. 金牌
    QString nameEn;
    int rateLimit = 0; // requests per second
    int dailyOrderCap = 0; // orders per day
    int version = 1;

    QJsonObject toJson() const;
    static std::optional<PartnerGroup> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const PartnerGroup &other) const = default;
};

// Lower-case letter first, then letters, digits, '_' or '-', at most 32 characters.
bool isValidGroupCode(const QString &code);

// Applies a PATCH body (name, nameEn, rateLimit, dailyOrderCap) to *group; code and version are
// read-only. Nothing changes when any field is bad.
FieldErrors applyPartnerGroupPatch(const QJsonObject &patch, PartnerGroup *group);

// The group's name for the user's language (QLocale's default): the Chinese name in Chinese, the
// English one otherwise (falling back to the other, then to the code).
QString displayName(const PartnerGroup &group);

// The group with this code in `groups`, or nullptr.
const PartnerGroup *findGroup(const QList<PartnerGroup> &groups, const QString &code);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::PartnerGroup)
