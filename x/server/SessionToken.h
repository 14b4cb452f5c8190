#pragma once

#include <QByteArray>
#include <QString>

namespace Kepler::Server {

// Bearer tokens: 32 random bytes, base64url. Only the SHA-256 is stored, so a copy of the database
// does not hand out live sessions.
namespace SessionToken {
QString generate();
QString hash(const QString &token); // lowercase hex SHA-256
QByteArray randomId(int bytes); // base64url, e.g. request ids
} // namespace SessionToken

} // namespace Kepler::Server
