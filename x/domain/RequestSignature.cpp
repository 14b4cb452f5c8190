#include "RequestSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <algorithm>

namespace Kepler::RequestSignature {
namespace {

// Percent-decodes as UTF-8 without touching '+' (a query is not a form: '+' is a plus sign).
QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

} // namespace

QueryItems parseQuery(const QString &rawQuery)
{
    QueryItems items;
    const QStringList parts = rawQuery.split(u'&', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            items.append({decode(part), QString()});
        else
            items.append({decode(part.left(eq)), decode(part.mid(eq + 1))});
    }
    return items;
}

QueryItems queryItems(const QUrlQuery &query)
{
    // FullyDecoded turns %2B into '+' and leaves a literal '+' alone, as parseQuery() does.
    QueryItems items;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (!key.isEmpty() || !value.isEmpty()) // "?&a=1" and "a=1&&b=2": as parseQuery() skips them
            items.append({key, value});
    return items;
}

QByteArray canonicalQuery(QueryItems items)
{
    // Decoded, then encoded again the one way (RFC 3986: only A-Z a-z 0-9 - . _ ~ stay, the rest
    // is %XX upper case): "a=b%26c" and "a=b&c" must not sign alike, nor "a%3Db=c" and "a=b%3Dc".
    QList<std::pair<QByteArray, QByteArray>> bytes;
    bytes.reserve(items.size());
    for (const auto &[key, value] : std::as_const(items))
        bytes.append({QUrl::toPercentEncoding(key), QUrl::toPercentEncoding(value)});
    // Byte order of the UTF-8 is what every language's plain sort gives; QString's would not.
    std::sort(bytes.begin(), bytes.end());
    QByteArrayList pairs;
    for (const auto &[key, value] : std::as_const(bytes))
        pairs.append(key + '=' + value);
    return pairs.join('&');
}

QByteArray canonicalPath(const QString &decodedPath)
{
    // Each segment encoded as the query is: a decoded "%0A" or "?" cannot move bytes between lines.
    QByteArrayList segments;
    for (const QString &segment : decodedPath.split(u'/'))
        segments.append(QUrl::toPercentEncoding(segment));
    return segments.join('/');
}

QByteArray bodyHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray stringToSign(const QByteArray &method, const QString &path, const QueryItems &query,
    const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body)
{
    return QByteArrayList {
        method.toUpper(), canonicalPath(path), canonicalQuery(query), timestamp, nonce, bodyHash(body)}
        .join('\n');
}

QByteArray sign(const QByteArray &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool isValidNonce(const QByteArray &nonce)
{
    if (nonce.size() < MinNonceLength || nonce.size() > MaxNonceLength)
        return false;
    return std::all_of(nonce.begin(), nonce.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '~' || c == '-';
    });
}

} // namespace Kepler::RequestSignature
