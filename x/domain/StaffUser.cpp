#include "StaffUser.h"

#include "JsonFields.h"
#include "Partner.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kepler {

bool isValidUsername(const QString &username)
{
    static const QRegularExpression re(u"^[a-z][a-z0-9._-]{2,31}$"_qs);
    return re.match(username).hasMatch();
}

QJsonObject StaffUser::toJson() const
{
    QJsonObject o {
        {u"id"_qs, id},
        {u"username"_qs, username},
        {u"displayName"_qs, displayName},
        {u"roles"_qs, QJsonArray::fromStringList(rolesToStrings(roles))},
        {u"disabled"_qs, disabled},
        {u"createdAt"_qs, toIsoUtc(createdAt)},
        {u"version"_qs, version},
    };
    o.insert(u"lastLoginAt"_qs, lastLoginAt.isValid() ? QJsonValue(toIsoUtc(lastLoginAt)) : QJsonValue());
    return o;
}

std::optional<StaffUser> StaffUser::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json);
    StaffUser u;
    u.id = f.integer(u"id"_qs, false, 0, std::numeric_limits<qint64>::max()).value_or(0);
    u.username = f.string(u"username"_qs, true, 1, 256).value_or(QString());
    u.displayName = f.string(u"displayName"_qs, false, 0, 1000).value_or(QString());
    u.roles = rolesFromStrings(f.stringList(u"roles"_qs, true, 16, 64).value_or(QStringList()));
    u.disabled = f.boolean(u"disabled"_qs, false).value_or(false);
    u.createdAt = fromIsoUtc(f.string(u"createdAt"_qs, false, 0, 64).value_or(QString()));
    u.lastLoginAt = fromIsoUtc(f.string(u"lastLoginAt"_qs, false, 0, 64).value_or(QString()));
    u.version = int(f.integer(u"version"_qs, false, 1, std::numeric_limits<int>::max()).value_or(1));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return u;
}

} // namespace Kepler
