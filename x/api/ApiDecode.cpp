#include "ApiDecode.h"

#include <QJsonArray>

namespace Kepler::ApiDecode {

namespace {

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field % u' ' % e.code;
    return parts.join(u", "_qs);
}

} // namespace

int versionFrom(const ApiJob::Headers &headers, int fallback)
{
    return versionFromEtag(ApiJob::headerValue(headers, "ETag")).value_or(fallback);
}

bool partner(const QJsonObject &json, const ApiJob::Headers &headers, Partner *out, ApiError *error)
{
    FieldErrors errors;
    const auto p = Partner::fromJson(json, &errors);
    if (!p) {
        *error = ApiError::decode(u"partner: "_qs % describe(errors));
        return false;
    }
    *out = *p;
    out->version = versionFrom(headers, p->version);
    return true;
}

bool user(const QJsonObject &json, const ApiJob::Headers &headers, StaffUser *out, ApiError *error)
{
    FieldErrors errors;
    const auto u = StaffUser::fromJson(json, &errors);
    if (!u) {
        *error = ApiError::decode(u"user: "_qs % describe(errors));
        return false;
    }
    *out = *u;
    out->version = versionFrom(headers, u->version);
    return true;
}

bool partnerKey(const QJsonObject &json, PartnerKey *out, ApiError *error)
{
    const auto key = PartnerKey::fromJson(json);
    if (!key) {
        *error = ApiError::decode(u"partner key without keyId or appKey"_qs);
        return false;
    }
    *out = *key;
    return true;
}

bool issuedPartnerKey(const QJsonObject &json, IssuedPartnerKey *out, ApiError *error)
{
    if (!partnerKey(json, &out->key, error))
        return false;
    out->secret = json.value(u"secret"_qs).toString();
    if (out->secret.isEmpty()) {
        *error = ApiError::decode(u"issued key without its secret"_qs);
        return false;
    }
    return true;
}

bool page(
    const QJsonObject &json, QList<QJsonObject> *items, QString *nextCursor, int *total, ApiError *error)
{
    const QJsonValue array = json.value(u"items"_qs);
    if (!array.isArray()) {
        *error = ApiError::decode(u"page without an items array"_qs);
        return false;
    }
    for (const QJsonValue &v : array.toArray()) {
        if (!v.isObject()) {
            *error = ApiError::decode(u"page item is not an object"_qs);
            return false;
        }
        items->append(v.toObject());
    }
    *nextCursor = json.value(u"nextCursor"_qs).toString(); // null on the last page
    *total = json.value(u"total"_qs).toInt(int(items->size()));
    return true;
}

} // namespace Kepler::ApiDecode
