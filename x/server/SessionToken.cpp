#include "SessionToken.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Kepler::Server::SessionToken {

QByteArray randomId(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString generate()
{
    return QString::fromLatin1(randomId(32));
}

QString hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Kepler::Server::SessionToken
