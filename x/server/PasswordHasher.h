#pragma once

#include <QByteArray>
#include <QString>

namespace Kepler::Server {

// Argon2id (libsodium, interactive limits). The encoded string carries algorithm, parameters and
// salt, so limits can be raised later without invalidating stored hashes.
namespace PasswordHasher {
bool initialize(); // sodium_init; call once at start-up, safe to call again
QString hash(const QString &password); // throws std::runtime_error when out of memory
bool verify(const QString &encoded, const QString &password);
// Spends the same time as a real verify, so an unknown username is not faster to reject.
void verifyDummy(const QString &password);
} // namespace PasswordHasher

} // namespace Kepler::Server
