#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace Kepler {

enum class Role {
    Operator = 0x1, // 运营: partners, keys, quotas, pools, pricing
    Reviewer = 0x2, // 审核: approvals and releases
    Manager = 0x4, // 管理: dashboards, reports; read-only elsewhere
    Admin = 0x8, // staff accounts and roles
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString toString(Role role); // "operator", "reviewer", "manager", "admin"
std::optional<Role> roleFromString(const QString &value);
QList<Role> allRoles();
QStringList rolesToStrings(Roles roles);
// Unknown names are reported through *unknown (if given) and ignored.
Roles rolesFromStrings(const QStringList &names, QStringList *unknown = nullptr);
QString displayName(Role role); // translated, context "Role"
// Where a role's work is, as the page a sign-in starts on when no last page is remembered:
// "overview" for managers (the dashboards), "reviews" for reviewers (their queue), otherwise
// "partners" (operators, admins).
QString startPage(Roles roles);

} // namespace Kepler
