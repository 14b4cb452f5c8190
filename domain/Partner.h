#pragma once

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
// (1250 = 12.50%), rate limit in requests per second.
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
    int rateLimit = 50;
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
// Parses an If-Match / ETag value back into a version; nullopt when malformed.
std::optional<int> versionFromEtag(const QByteArray &etag);

QString toIsoUtc(const QDateTime &time); // "2026-11-25T04:03:16.123Z"
QDateTime fromIsoUtc(const QString &text);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::Partner)
