#include "PartnerBulk.h"

#include "JsonFields.h"
#include "Partner.h"
#include "PartnerGroup.h"
#include "PartnerLifecycle.h"
#include "PartnerValidator.h"

#include <QJsonArray>
#include <QSet>
#include <limits>

namespace Kepler {

QString toString(BulkAction action)
{
    switch (action) {
    case BulkAction::Suspend:
        return u"suspend"_qs;
    case BulkAction::Resume:
        return u"resume"_qs;
    case BulkAction::Tag:
        return u"tag"_qs;
    case BulkAction::Untag:
        return u"untag"_qs;
    case BulkAction::SetGroup:
        break;
    }
    return u"set-group"_qs;
}

QList<BulkAction> allBulkActions()
{
    return {
        BulkAction::Suspend, BulkAction::Resume, BulkAction::Tag, BulkAction::Untag, BulkAction::SetGroup};
}

std::optional<BulkAction> bulkActionFromString(const QString &value)
{
    for (BulkAction a : allBulkActions())
        if (toString(a) == value)
            return a;
    return std::nullopt;
}

std::optional<PartnerAction> lifecycleActionOf(BulkAction action)
{
    if (action == BulkAction::Suspend)
        return PartnerAction::Suspend;
    if (action == BulkAction::Resume)
        return PartnerAction::Resume;
    return std::nullopt;
}

QJsonObject BulkRequest::toJson() const
{
    QJsonArray idArray;
    for (qint64 id : ids)
        idArray.append(id);
    QJsonObject json {{u"action"_qs, toString(action)}, {u"ids"_qs, idArray}};
    if (lifecycleActionOf(action)) {
        if (!reasonCode.isEmpty())
            json.insert(u"reasonCode"_qs, reasonCode);
        if (!note.isEmpty())
            json.insert(u"note"_qs, note);
    } else if (action == BulkAction::Tag || action == BulkAction::Untag) {
        json.insert(u"tag"_qs, tag);
    } else {
        json.insert(u"group"_qs, group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(group));
    }
    return json;
}

std::optional<BulkRequest> BulkRequest::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json);
    BulkRequest r;
    const auto actionText = f.string(u"action"_qs, true, 1, 32);
    std::optional<BulkAction> action = actionText ? bulkActionFromString(*actionText) : std::nullopt;
    if (actionText && !action)
        f.addError(u"action"_qs, u"invalid_value"_qs, u"must be suspend, resume, tag, untag or set-group"_qs);
    if (action)
        r.action = *action;

    if (!json.value(u"ids"_qs).isArray()) {
        f.addError(u"ids"_qs, json.contains(u"ids"_qs) ? u"wrong_type"_qs : u"required"_qs,
            u"must be an array of partner ids"_qs);
    } else {
        const QJsonArray array = json.value(u"ids"_qs).toArray();
        QSet<qint64> seen;
        if (array.isEmpty())
            f.addError(u"ids"_qs, u"required"_qs, u"name at least one partner"_qs);
        else if (array.size() > MaxIds)
            f.addError(u"ids"_qs, u"too_many"_qs, u"at most %1 partners per request"_qs.arg(MaxIds));
        for (const QJsonValue &v : array) {
            const std::optional<qint64> id = wholeNumber(v, 1, std::numeric_limits<qint64>::max());
            if (!id) {
                f.addError(u"ids"_qs, u"wrong_type"_qs, u"ids must be positive integers"_qs);
                break;
            }
            if (seen.contains(*id)) {
                f.addError(u"ids"_qs, u"duplicate"_qs, u"each partner at most once"_qs);
                break;
            }
            seen.insert(*id);
            r.ids.append(*id);
        }
    }

    QStringList used {u"action"_qs, u"ids"_qs};
    if (action && lifecycleActionOf(*action)) {
        used << u"reasonCode"_qs << u"note"_qs;
        // Checked against the action's reason list by the service (PartnerTransition::readReason).
        r.reasonCode = json.value(u"reasonCode"_qs).toString();
        r.note = json.value(u"note"_qs).toString();
    } else if (action == BulkAction::Tag || action == BulkAction::Untag) {
        used << u"tag"_qs;
        r.tag = f.string(u"tag"_qs, true, 1, PartnerLimits::TagLengthMax).value_or(QString());
    } else if (action == BulkAction::SetGroup) {
        used << u"group"_qs;
        if (!json.contains(u"group"_qs))
            f.addError(u"group"_qs, u"required"_qs, u"a group code, or null for none"_qs);
        else if (const auto g = f.string(u"group"_qs, false, 1, PartnerLimits::GroupCodeMax)) {
            if (isValidGroupCode(*g))
                r.group = *g;
            else
                f.addError(u"group"_qs, u"invalid_value"_qs, u"is not a group code"_qs);
        }
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (!used.contains(it.key()) && action)
            f.addError(it.key(), u"unknown_field"_qs, u"is not used by %1"_qs.arg(toString(*action)));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return r;
}

std::optional<QString> bulkSkipReason(const Partner &partner, const BulkRequest &request)
{
    if (const auto step = lifecycleActionOf(request.action)) {
        if (!PartnerLifecycle::target(partner.status, *step))
            return u"status"_qs;
        return std::nullopt;
    }
    switch (request.action) {
    case BulkAction::Tag:
        return partner.tags.contains(request.tag) ? std::optional<QString>(u"has_tag"_qs) : std::nullopt;
    case BulkAction::Untag:
        return partner.tags.contains(request.tag) ? std::nullopt : std::optional<QString>(u"lacks_tag"_qs);
    case BulkAction::SetGroup:
        return partner.group == request.group ? std::optional<QString>(u"same_group"_qs) : std::nullopt;
    case BulkAction::Suspend:
    case BulkAction::Resume:
        break;
    }
    return std::nullopt;
}

QJsonObject BulkRowResult::toJson() const
{
    if (ok)
        return {{u"id"_qs, id}, {u"ok"_qs, true}, {u"version"_qs, version}};
    QJsonObject json {{u"id"_qs, id}, {u"ok"_qs, false}, {u"code"_qs, code}, {u"detail"_qs, detail}};
    if (!currentStatus.isEmpty())
        json.insert(u"currentStatus"_qs, currentStatus);
    return json;
}

BulkRowResult BulkRowResult::fromJson(const QJsonObject &json)
{
    BulkRowResult r;
    r.id = json.value(u"id"_qs).toInteger();
    r.ok = json.value(u"ok"_qs).toBool();
    r.version = json.value(u"version"_qs).toInt();
    r.code = json.value(u"code"_qs).toString();
    r.detail = json.value(u"detail"_qs).toString();
    r.currentStatus = json.value(u"currentStatus"_qs).toString();
    return r;
}

QJsonObject BulkResult::toJson() const
{
    QJsonArray rows;
    for (const BulkRowResult &r : results)
        rows.append(r.toJson());
    return {{u"results"_qs, rows}, {u"okCount"_qs, okCount}, {u"errorCount"_qs, errorCount}};
}

std::optional<BulkResult> BulkResult::fromJson(const QJsonObject &json)
{
    if (!json.value(u"results"_qs).isArray())
        return std::nullopt;
    BulkResult r;
    for (const QJsonValue &v : json.value(u"results"_qs).toArray())
        r.results.append(BulkRowResult::fromJson(v.toObject()));
    r.okCount = json.value(u"okCount"_qs).toInt();
    r.errorCount = json.value(u"errorCount"_qs).toInt();
    return r;
}

} // namespace Kepler
