#include "PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace Kepler::Server::PasswordHasher {

bool initialize()
{
    return sodium_init() >= 0;
}

QString hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("crypto_pwhash_str_alg failed (out of memory)");
    return QString::fromLatin1(out);
}

bool verify(const QString &encoded, const QString &password)
{
    const QByteArray hashed = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void verifyDummy(const QString &password)
{
    static const QString dummy = hash(u"kepler-dummy-password"_qs);
    verify(dummy, password);
}

} // namespace Kepler::Server::PasswordHasher
