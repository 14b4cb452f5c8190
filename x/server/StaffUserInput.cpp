#include "StaffUserInput.h"

#include "domain/JsonFields.h"

namespace Kepler::Server::StaffUserInput {
namespace {

// JsonFields trims strings; a password is checked by hand on the raw value instead.
void readPasswordField(const QJsonObject &body, QString *password, FieldErrors *errors)
{
    const QJsonValue v = body.value(u"password"_qs);
    const auto error = [errors](const QString &code, const QString &message) {
        errors->append({u"password"_qs, code, message});
    };
    if (v.isUndefined() || v.isNull())
        error(u"required"_qs, u"is required"_qs);
    else if (!v.isString())
        error(u"wrong_type"_qs, u"must be a string"_qs);
    else if (v.toString().size() < UserLimits::PasswordMin)
        error(u"too_short"_qs, u"must have at least %1 characters"_qs.arg(UserLimits::PasswordMin));
    else if (v.toString().size() > UserLimits::PasswordMax)
        error(u"too_long"_qs, u"must have at most %1 characters"_qs.arg(UserLimits::PasswordMax));
    else
        *password = v.toString();
}

void readRoles(JsonFields &f, StaffUser *user, bool required)
{
    const auto names = f.stringList(u"roles"_qs, required, 4, 32);
    if (!names)
        return;
    QStringList unknown;
    const Roles roles = rolesFromStrings(*names, &unknown);
    if (!unknown.isEmpty())
        f.addError(u"roles"_qs, u"invalid_value"_qs, u"unknown role '%1'"_qs.arg(unknown.constFirst()));
    else if (!roles)
        f.addError(u"roles"_qs, u"required"_qs, u"needs at least one role"_qs);
    else
        user->roles = roles;
}

void readDisplayName(JsonFields &f, StaffUser *user)
{
    if (const auto v = f.string(u"displayName"_qs, false, 1, UserLimits::DisplayNameMax))
        user->displayName = *v;
}

QJsonObject without(QJsonObject body, const QString &key)
{
    body.remove(key);
    return body;
}

} // namespace

FieldErrors readNewUser(const QJsonObject &body, StaffUser *user, QString *password)
{
    JsonFields f(without(body, u"password"_qs));
    if (const auto v = f.string(u"username"_qs, true, UserLimits::UsernameMin, UserLimits::UsernameMax)) {
        if (isValidUsername(*v))
            user->username = *v;
        else
            f.addError(u"username"_qs, u"invalid_value"_qs,
                u"lowercase letters, digits, '.', '_' and '-', starting with a letter"_qs);
    }
    readDisplayName(f, user);
    if (user->displayName.isEmpty())
        user->displayName = user->username;
    readRoles(f, user, true);
    f.rejectReadOnly({u"id"_qs, u"createdAt"_qs, u"lastLoginAt"_qs, u"version"_qs, u"disabled"_qs});
    f.rejectUnknown();
    FieldErrors errors = f.errors();
    readPasswordField(body, password, &errors);
    return errors;
}

FieldErrors applyPatch(const QJsonObject &body, StaffUser *user)
{
    JsonFields f(without(body, u"password"_qs));
    StaffUser edited = *user;
    readDisplayName(f, &edited);
    readRoles(f, &edited, false);
    if (const auto v = f.boolean(u"disabled"_qs, false))
        edited.disabled = *v;
    if (body.contains(u"password"_qs))
        f.addError(u"password"_qs, u"read_only"_qs, u"use POST /api/v1/users/{id}/password"_qs);
    f.rejectReadOnly({u"id"_qs, u"username"_qs, u"createdAt"_qs, u"lastLoginAt"_qs, u"version"_qs});
    f.rejectUnknown();
    if (f.ok())
        *user = edited;
    return f.errors();
}

FieldErrors readPassword(const QJsonObject &body, QString *password)
{
    JsonFields f(without(body, u"password"_qs));
    f.rejectUnknown();
    FieldErrors errors = f.errors();
    readPasswordField(body, password, &errors);
    return errors;
}

bool isAcceptablePassword(const QString &password)
{
    return password.size() >= UserLimits::PasswordMin && password.size() <= UserLimits::PasswordMax;
}

} // namespace Kepler::Server::StaffUserInput
