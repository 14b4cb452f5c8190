#include "ReviewDecode.h"

#include "ApiDecode.h"

#include <QJsonArray>

namespace Kepler::ReviewDecode {

namespace {

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field % u' ' % e.code;
    return parts.join(u", "_qs);
}

} // namespace

QString itemIdOf(const MiniProgramVersion &version)
{
    return ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, version.id);
}

bool item(const QJsonObject &json, const ApiJob::Headers &headers, ReviewQueueItem *out, ApiError *error)
{
    FieldErrors errors;
    const auto decoded = ReviewQueueItem::fromJson(json, &errors);
    if (!decoded) {
        *error = ApiError::decode(u"review item: "_qs % describe(errors));
        return false;
    }
    *out = *decoded;
    out->version = ApiDecode::versionFrom(headers, decoded->version);
    return true;
}

bool version(const QJsonObject &json, MiniProgramVersion *out, ApiError *error)
{
    FieldErrors errors;
    const auto decoded = MiniProgramVersion::fromJson(json, &errors);
    if (!decoded) {
        *error = ApiError::decode(u"mini-program version: "_qs % describe(errors));
        return false;
    }
    *out = *decoded;
    return true;
}

bool detail(const QJsonObject &json, const ApiJob::Headers &headers, ReviewDetail *out, ApiError *error)
{
    // The service may nest the item or send its fields at the top level; both read the same.
    const QJsonObject itemJson = json.value(u"item"_qs).isObject() ? json.value(u"item"_qs).toObject() : json;
    if (!item(itemJson, headers, &out->item, error))
        return false;
    if (!ApiDecode::partner(json.value(u"partner"_qs).toObject(), {}, &out->partner, error))
        return false;
    out->submission.reset();
    out->liveRelease.reset();
    out->versions.clear();
    for (const auto &[name, target] :
        {std::pair {u"submission"_qs, &out->submission}, std::pair {u"liveRelease"_qs, &out->liveRelease}}) {
        const QJsonValue value = json.value(name);
        if (!value.isObject())
            continue;
        MiniProgramVersion v;
        if (!version(value.toObject(), &v, error))
            return false;
        *target = v;
    }
    for (const QJsonValue &value : json.value(u"versions"_qs).toArray()) {
        MiniProgramVersion v;
        if (!version(value.toObject(), &v, error))
            return false;
        out->versions.append(v);
    }
    // The submission's row version is what the ETag names: keep the two in step.
    if (out->submission)
        out->submission->version = out->item.version;
    return true;
}

} // namespace Kepler::ReviewDecode
