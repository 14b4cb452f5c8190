#include "Role.h"

#include <QCoreApplication>

namespace Kepler {

QString toString(Role role)
{
    switch (role) {
    case Role::Operator:
        return u"operator"_qs;
    case Role::Reviewer:
        return u"reviewer"_qs;
    case Role::Manager:
        return u"manager"_qs;
    case Role::Admin:
        return u"admin"_qs;
    }
    return {};
}

std::optional<Role> roleFromString(const QString &value)
{
    for (Role r : allRoles())
        if (toString(r) == value)
            return r;
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Operator, Role::Reviewer, Role::Manager, Role::Admin};
}

QStringList rolesToStrings(Roles roles)
{
    QStringList names;
    for (Role r : allRoles())
        if (roles.testFlag(r))
            names.append(toString(r));
    return names;
}

Roles rolesFromStrings(const QStringList &names, QStringList *unknown)
{
    Roles roles;
    for (const QString &name : names) {
        if (const auto r = roleFromString(name))
            roles |= *r;
        else if (unknown)
            unknown->append(name);
    }
    return roles;
}

QString startPage(Roles roles)
{
    if (roles.testFlag(Role::Manager))
        return u"overview"_qs;
    if (roles.testFlag(Role::Reviewer))
        return u"reviews"_qs;
    return u"partners"_qs;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Operator:
        return QCoreApplication::translate("Role", "Operator");
    case Role::Reviewer:
        return QCoreApplication::translate("Role", "Reviewer");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

} // namespace Kepler
