#pragma once

#include "domain/FieldError.h"
#include "domain/Role.h"

#include <QString>

namespace Kepler::UserInput {

// The console-side checks of staff account fields, the same limits the service applies
// (domain/StaffUser.h), so a form can mark a field before anything is sent.
FieldErrors checkUsername(const QString &username);
FieldErrors checkDisplayName(const QString &displayName);
FieldErrors checkPassword(const QString &password);
FieldErrors checkRoles(Roles roles);

} // namespace Kepler::UserInput
