#include "FieldError.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>

namespace Kepler {

QJsonArray fieldErrorsToJson(const FieldErrors &errors)
{
    QJsonArray array;
    for (const FieldError &e : errors)
        array.append(QJsonObject {{u"field"_qs, e.field}, {u"code"_qs, e.code}, {u"message"_qs, e.message}});
    return array;
}

FieldErrors fieldErrorsFromJson(const QJsonArray &array)
{
    FieldErrors errors;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        errors.append({o.value(u"field"_qs).toString(), o.value(u"code"_qs).toString(),
            o.value(u"message"_qs).toString()});
    }
    return errors;
}

void mergeFieldErrors(FieldErrors *errors, const FieldErrors &more)
{
    for (const FieldError &e : more)
        if (std::none_of(
                errors->cbegin(), errors->cend(), [&](const FieldError &l) { return l.field == e.field; }))
            errors->append(e);
}

} // namespace Kepler
