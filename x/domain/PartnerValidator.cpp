#include "PartnerValidator.h"

#include "JsonFields.h"
#include "PartnerGroup.h"
#include "Scenario.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kepler {
namespace {

const QStringList kReadOnly = {u"id"_qs, u"status"_qs, u"version"_qs, u"createdBy"_qs, u"createdAt"_qs,
    u"updatedBy"_qs, u"updatedAt"_qs, u"effectiveQuota"_qs};

QJsonValue nullableInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void readContact(JsonFields &f, PartnerContact *contact)
{
    const auto object = f.object(u"contact"_qs, false);
    if (!object)
        return;
    JsonFields c(*object, u"contact"_qs);
    if (const auto v = c.string(u"name"_qs, false, 0, PartnerLimits::ContactNameMax))
        contact->name = *v;
    if (const auto v = c.string(u"email"_qs, false, 0, PartnerLimits::EmailMax)) {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_qs);
        if (!v->isEmpty() && !email.match(*v).hasMatch())
            c.addError(u"email"_qs, u"invalid_value"_qs, u"is not an e-mail address"_qs);
        else
            contact->email = *v;
    }
    if (const auto v = c.string(u"phone"_qs, false, 0, PartnerLimits::PhoneMax)) {
        static const QRegularExpression phone(u"^[0-9+\\- ()]*$"_qs);
        if (!phone.match(*v).hasMatch())
            c.addError(u"phone"_qs, u"invalid_value"_qs, u"may hold digits, spaces, + - ( ) only"_qs);
        else
            contact->phone = *v;
    }
    c.rejectUnknown();
    f.addErrors(c.errors()); // already named "contact.<field>"
}

// Reads every editable field present in `json` into *p; `creating` makes name/mode/scenario required.
void readEditable(JsonFields &f, Partner *p, bool creating)
{
    if (const auto v = f.string(u"name"_qs, creating, 1, PartnerLimits::NameMax))
        p->name = *v;
    if (const auto v = f.string(u"nameEn"_qs, false, 0, PartnerLimits::NameMax))
        p->nameEn = *v;
    if (const auto v = f.string(u"mode"_qs, creating, 1, 64)) {
        if (const auto m = partnerModeFromString(*v))
            p->mode = *m;
        else
            f.addError(u"mode"_qs, u"invalid_value"_qs, u"must be guide, settle_in or buyout"_qs);
    }
    if (const auto v = f.string(u"scenario"_qs, creating, 1, 64)) {
        if (isValidScenario(*v))
            p->scenario = *v;
        else
            f.addError(u"scenario"_qs, u"invalid_value"_qs, u"is not a known scenario"_qs);
    }
    readContact(f, &p->contact);
    if (const auto v = f.integer(u"commissionBps"_qs, false, 0, PartnerLimits::CommissionBpsMax))
        p->commissionBps = int(*v);
    // null clears an override: the partner inherits from its group again.
    if (f.isNull(u"group"_qs))
        p->group.clear();
    if (const auto v = f.string(u"group"_qs, false, 1, PartnerLimits::GroupCodeMax)) {
        if (isValidGroupCode(*v))
            p->group = *v;
        else
            f.addError(u"group"_qs, u"invalid_value"_qs, u"is not a group code"_qs);
    }
    if (f.isNull(u"rateLimit"_qs))
        p->rateLimit.reset();
    if (const auto v
        = f.integer(u"rateLimit"_qs, false, PartnerLimits::RateLimitMin, PartnerLimits::RateLimitMax))
        p->rateLimit = int(*v);
    if (f.isNull(u"dailyOrderCap"_qs))
        p->dailyOrderCap.reset();
    if (const auto v = f.integer(
            u"dailyOrderCap"_qs, false, PartnerLimits::DailyOrderCapMin, PartnerLimits::DailyOrderCapMax))
        p->dailyOrderCap = int(*v);
    if (const auto v = f.stringList(u"tags"_qs, false, PartnerLimits::TagsMax, PartnerLimits::TagLengthMax)) {
        // ';' and '|' separate tags in a CSV cell: a tag holding one would come back as two.
        const bool separator = std::any_of(
            v->cbegin(), v->cend(), [](const QString &t) { return t.contains(u';') || t.contains(u'|'); });
        if (separator)
            f.addError(u"tags"_qs, u"invalid_value"_qs, u"a tag must not contain ';' or '|'"_qs);
        else
            p->tags = *v;
    }
    f.rejectReadOnly(kReadOnly);
    f.rejectUnknown();
}

} // namespace

FieldErrors readNewPartner(const QJsonObject &body, Partner *out)
{
    JsonFields f(body);
    Partner p;
    readEditable(f, &p, true);
    if (f.ok() && out)
        *out = p;
    return f.errors();
}

FieldErrors applyPartnerPatch(const QJsonObject &patch, Partner *partner)
{
    JsonFields f(patch);
    Partner p = *partner;
    readEditable(f, &p, false);
    if (f.ok())
        *partner = p;
    return f.errors();
}

QJsonObject editablePartnerJson(const Partner &p)
{
    return QJsonObject {
        {u"name"_qs, p.name},
        {u"nameEn"_qs, p.nameEn},
        {u"mode"_qs, toString(p.mode)},
        {u"scenario"_qs, p.scenario},
        {u"contact"_qs,
            QJsonObject {{u"name"_qs, p.contact.name}, {u"email"_qs, p.contact.email},
                {u"phone"_qs, p.contact.phone}}},
        {u"commissionBps"_qs, p.commissionBps},
        {u"group"_qs, p.group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.group)},
        {u"rateLimit"_qs, nullableInt(p.rateLimit)},
        {u"dailyOrderCap"_qs, nullableInt(p.dailyOrderCap)},
        {u"tags"_qs, QJsonArray::fromStringList(p.tags)},
    };
}

QJsonObject partnerPatch(const Partner &before, const Partner &after)
{
    const QJsonObject a = editablePartnerJson(before);
    const QJsonObject b = editablePartnerJson(after);
    QJsonObject patch;
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        if (a.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    return patch;
}

FieldErrors validatePartner(const Partner &partner)
{
    return readNewPartner(editablePartnerJson(partner), nullptr);
}

} // namespace Kepler
