#include "Partner.h"

#include "JsonFields.h"
#include "PartnerGroup.h"
#include "Scenario.h"

#include <QJsonArray>

namespace Kepler {

QString toIsoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QByteArray partnerEtag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<int> versionFromEtag(const QByteArray &etag)
{
    QByteArray v = etag.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() < 3 || !v.startsWith('"') || !v.endsWith('"'))
        return std::nullopt;
    bool ok = false;
    const int version = v.mid(1, v.size() - 2).toInt(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

EffectiveQuota effectiveQuotaOf(const Partner &partner, const PartnerGroup *group)
{
    return resolveQuota(partner.rateLimit, partner.dailyOrderCap, group);
}

namespace {

QJsonValue nullableInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject Partner::toJson() const
{
    QJsonObject json {
        {u"id"_qs, id},
        {u"name"_qs, name},
        {u"nameEn"_qs, nameEn},
        {u"mode"_qs, toString(mode)},
        {u"scenario"_qs, scenario},
        {u"status"_qs, toString(status)},
        {u"contact"_qs,
            QJsonObject {
                {u"name"_qs, contact.name}, {u"email"_qs, contact.email}, {u"phone"_qs, contact.phone}}},
        {u"commissionBps"_qs, commissionBps},
        {u"group"_qs, group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(group)},
        {u"rateLimit"_qs, nullableInt(rateLimit)},
        {u"dailyOrderCap"_qs, nullableInt(dailyOrderCap)},
        {u"tags"_qs, QJsonArray::fromStringList(tags)},
        {u"createdBy"_qs, createdBy},
        {u"createdAt"_qs, toIsoUtc(createdAt)},
        {u"updatedBy"_qs, updatedBy},
        {u"updatedAt"_qs, toIsoUtc(updatedAt)},
        {u"version"_qs, version},
    };
    if (effectiveQuota)
        json.insert(u"effectiveQuota"_qs, effectiveQuota->toJson());
    return json;
}

std::optional<Partner> Partner::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json);
    Partner p;
    p.id = f.integer(u"id"_qs, true, 1, std::numeric_limits<qint64>::max()).value_or(0);
    p.name = f.string(u"name"_qs, true, 1, 1000).value_or(QString());
    p.nameEn = f.string(u"nameEn"_qs, false, 0, 1000).value_or(QString());
    if (const auto mode = f.string(u"mode"_qs, true, 1, 64)) {
        if (const auto m = partnerModeFromString(*mode))
            p.mode = *m;
        else
            f.addError(u"mode"_qs, u"invalid_value"_qs, u"one of guide, settle_in, buyout"_qs);
    }
    p.scenario = f.string(u"scenario"_qs, true, 1, 64).value_or(QString());
    if (const auto status = f.string(u"status"_qs, true, 1, 64)) {
        if (const auto s = partnerStatusFromString(*status))
            p.status = *s;
        else
            f.addError(u"status"_qs, u"invalid_value"_qs, u"unknown status"_qs);
    }
    if (const auto contact = f.object(u"contact"_qs, false)) {
        p.contact.name = contact->value(u"name"_qs).toString();
        p.contact.email = contact->value(u"email"_qs).toString();
        p.contact.phone = contact->value(u"phone"_qs).toString();
    }
    p.commissionBps = int(f.integer(u"commissionBps"_qs, true, 0, 10000).value_or(0));
    p.group = f.string(u"group"_qs, false, 0, 64).value_or(QString());
    if (const auto v = f.integer(u"rateLimit"_qs, false, 0, 1000000))
        p.rateLimit = int(*v);
    if (const auto v = f.integer(u"dailyOrderCap"_qs, false, 0, std::numeric_limits<int>::max()))
        p.dailyOrderCap = int(*v);
    if (const auto quota = f.object(u"effectiveQuota"_qs, false)) {
        FieldErrors quotaErrors;
        p.effectiveQuota = EffectiveQuota::fromJson(*quota, &quotaErrors);
        f.addErrors(quotaErrors);
    }
    p.tags = f.stringList(u"tags"_qs, false, 1000, 1000).value_or(QStringList());
    p.createdBy = f.string(u"createdBy"_qs, false, 0, 1000).value_or(QString());
    p.createdAt = fromIsoUtc(f.string(u"createdAt"_qs, false, 0, 64).value_or(QString()));
    p.updatedBy = f.string(u"updatedBy"_qs, false, 0, 1000).value_or(QString());
    p.updatedAt = fromIsoUtc(f.string(u"updatedAt"_qs, false, 0, 64).value_or(QString()));
    p.version = int(f.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return p;
}

} // namespace Kepler
