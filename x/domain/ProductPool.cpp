#include "ProductPool.h"

#include "JsonFields.h"
#include "Partner.h"

#include <QJsonArray>

namespace Kepler {
namespace {

QJsonArray ids(const QList<qint64> &values)
{
    QJsonArray out;
    for (qint64 v : values)
        out.append(v);
    return out;
}

// A JSON array of positive integer ids, deduplicated, at most `max`.
QList<qint64> readIds(const QJsonObject &body, const QString &key, int max, FieldErrors *errors)
{
    QList<qint64> out;
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        errors->append({key, u"wrong_type"_qs, u"must be an array of ids"_qs});
        return out;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > max) {
        errors->append({key, u"too_many"_qs, u"at most %1"_qs.arg(max)});
        return out;
    }
    for (const QJsonValue &v : array) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 9e15 || d != double(qint64(d))) {
            errors->append({key, u"invalid_value"_qs, u"ids are positive integers"_qs});
            return {};
        }
        if (!out.contains(qint64(d)))
            out.append(qint64(d));
    }
    return out;
}

} // namespace

bool ProductPool::contains(const CatalogSku &sku) const
{
    if (excludes.contains(sku.id))
        return false;
    return includes.contains(sku.id) || criteria.matches(sku);
}

bool ProductPool::isAssignedTo(qint64 partnerId, PartnerMode mode) const
{
    return partners.contains(partnerId) || modes.contains(mode);
}

QJsonObject ProductPool::toJson() const
{
    QJsonArray modeNames;
    for (PartnerMode m : modes)
        modeNames.append(toString(m));
    return {{u"id"_qs, id}, {u"name"_qs, name}, {u"criteria"_qs, criteria.toJson()},
        {u"includes"_qs, ids(includes)}, {u"excludes"_qs, ids(excludes)}, {u"partners"_qs, ids(partners)},
        {u"modes"_qs, modeNames}, {u"updatedBy"_qs, updatedBy}, {u"updatedAt"_qs, toIsoUtc(updatedAt)},
        {u"version"_qs, version}};
}

FieldErrors readProductPool(const QJsonObject &body, ProductPool *out)
{
    JsonFields f(body);
    ProductPool p = *out;
    if (const auto name = f.string(u"name"_qs, p.id == 0 && p.name.isEmpty(), 1, PoolLimits::NameMax))
        p.name = name->trimmed();
    FieldErrors errors;
    if (const auto criteria = f.object(u"criteria"_qs, false)) {
        FieldErrors criteriaErrors;
        if (const auto c = CatalogCriteria::fromJson(*criteria, &criteriaErrors))
            p.criteria = *c;
        for (FieldError e : criteriaErrors) {
            e.field = u"criteria."_qs + e.field;
            errors.append(e);
        }
    }
    // Arrays are read by hand (JsonFields reads strings); their keys are marked known below.
    const auto list = [&](const QString &key, int max, QList<qint64> *target) {
        if (body.contains(key))
            *target = readIds(body, key, max, &errors);
    };
    list(u"includes"_qs, PoolLimits::ManualMax, &p.includes);
    list(u"excludes"_qs, PoolLimits::ManualMax, &p.excludes);
    list(u"partners"_qs, PoolLimits::PartnersMax, &p.partners);
    if (body.contains(u"modes"_qs)) {
        p.modes.clear();
        const QJsonValue modes = body.value(u"modes"_qs);
        if (!modes.isArray() && !modes.isNull())
            errors.append({u"modes"_qs, u"wrong_type"_qs, u"must be an array of modes"_qs});
        for (const QJsonValue &m : modes.toArray()) {
            const auto mode = partnerModeFromString(m.toString());
            if (!mode) {
                errors.append({u"modes"_qs, u"invalid_value"_qs, u"guide, settle_in or buyout"_qs});
                break;
            }
            if (!p.modes.contains(*mode))
                p.modes.append(*mode);
        }
    }
    for (qint64 id : std::as_const(p.includes))
        if (p.excludes.contains(id)) {
            errors.append(
                {u"excludes"_qs, u"duplicate"_qs, u"SKU %1 is both included and excluded"_qs.arg(id)});
            break;
        }
    f.rejectReadOnly({u"id"_qs, u"version"_qs, u"updatedBy"_qs, u"updatedAt"_qs});
    QJsonObject rest = body;
    for (const QString &key : {u"includes"_qs, u"excludes"_qs, u"partners"_qs, u"modes"_qs})
        rest.remove(key);
    JsonFields unknown(rest);
    unknown.string(u"name"_qs, false, 0, 1 << 20);
    unknown.object(u"criteria"_qs, false);
    unknown.rejectReadOnly({u"id"_qs, u"version"_qs, u"updatedBy"_qs, u"updatedAt"_qs});
    unknown.rejectUnknown();
    for (const FieldError &e : unknown.errors())
        if (e.code == u"unknown_field"_qs)
            errors.append(e);
    errors = f.errors() + errors;
    if (errors.isEmpty())
        *out = p;
    return errors;
}

std::optional<ProductPool> ProductPool::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields meta(json);
    ProductPool p;
    p.id = meta.integer(u"id"_qs, true, 1, std::numeric_limits<qint64>::max()).value_or(0);
    p.version = int(meta.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    p.updatedBy = meta.string(u"updatedBy"_qs, false, 0, 1000).value_or(QString());
    p.updatedAt = fromIsoUtc(meta.string(u"updatedAt"_qs, false, 0, 64).value_or(QString()));
    QJsonObject editable = json;
    // memberCount: what the service computed when it answered, not part of the pool.
    for (const QString &key : {u"id"_qs, u"version"_qs, u"updatedBy"_qs, u"updatedAt"_qs, u"memberCount"_qs})
        editable.remove(key);
    ProductPool read;
    FieldErrors all = meta.errors() + readProductPool(editable, &read);
    if (errors)
        *errors = all;
    if (!all.isEmpty())
        return std::nullopt;
    read.id = p.id;
    read.version = p.version;
    read.updatedBy = p.updatedBy;
    read.updatedAt = p.updatedAt;
    return read;
}

} // namespace Kepler
