#pragma once

#include "FieldError.h"
#include "Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace Kepler {

// A staff account of the console (not a partner). Passwords never leave the service.
struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Roles roles;
    bool disabled = false;
    QDateTime createdAt;
    QDateTime lastLoginAt;
    int version = 1;

    QJsonObject toJson() const;
    static std::optional<StaffUser> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const StaffUser &other) const = default;
};

namespace UserLimits {
inline constexpr int UsernameMin = 3;
inline constexpr int UsernameMax = 32;
inline constexpr int DisplayNameMax = 64;
inline constexpr int PasswordMin = 8;
inline constexpr int PasswordMax = 256;
} // namespace UserLimits

// Usernames are lowercase ASCII letters, digits, '.', '_' and '-', starting with a letter.
bool isValidUsername(const QString &username);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::StaffUser)
