#include "UserInput.h"

#include "domain/StaffUser.h"

namespace Kepler::UserInput {

FieldErrors checkUsername(const QString &username)
{
    if (username.isEmpty())
        return {{u"username"_qs, u"required"_qs, u"is required"_qs}};
    if (!isValidUsername(username))
        return {{u"username"_qs, u"invalid_value"_qs,
            u"3-32 lowercase letters, digits, '.', '_' or '-', starting with a letter"_qs}};
    return {};
}

FieldErrors checkDisplayName(const QString &displayName)
{
    if (displayName.size() > UserLimits::DisplayNameMax)
        return {{u"displayName"_qs, u"too_long"_qs, u"at most 64 characters"_qs}};
    return {};
}

FieldErrors checkPassword(const QString &password)
{
    if (password.isEmpty())
        return {{u"password"_qs, u"required"_qs, u"is required"_qs}};
    if (password.size() < UserLimits::PasswordMin)
        return {{u"password"_qs, u"too_short"_qs, u"at least 8 characters"_qs}};
    if (password.size() > UserLimits::PasswordMax)
        return {{u"password"_qs, u"too_long"_qs, u"at most 256 characters"_qs}};
    return {};
}

FieldErrors checkRoles(Roles roles)
{
    if (!roles)
        return {{u"roles"_qs, u"required"_qs, u"at least one role"_qs}};
    return {};
}

} // namespace Kepler::UserInput
