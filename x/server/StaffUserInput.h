#pragma once

#include "domain/FieldError.h"
#include "domain/StaffUser.h"

#include <QJsonObject>

namespace Kepler::Server {

// Reads the bodies of the users routes, naming every bad field (422). Passwords are read as given,
// never trimmed: a space is as much a part of a password as any other character.
namespace StaffUserInput {
FieldErrors readNewUser(const QJsonObject &body, StaffUser *user, QString *password);
FieldErrors applyPatch(const QJsonObject &body, StaffUser *user);
FieldErrors readPassword(const QJsonObject &body, QString *password);
// The same length rule for the CLI, which reads the password from stdin.
bool isAcceptablePassword(const QString &password);
} // namespace StaffUserInput

} // namespace Kepler::Server
