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
        items.append({key, value});
    return items;
}

QByteArray canonicalQuery(QueryItems items)
{
    QList<std::pair<QByteArray, QByteArray>> bytes;
    bytes.reserve(items.size());
    for (const auto &[key, value] : std::as_const(items))
        bytes.append({key.toUtf8(), value.toUtf8()});
    // Byte order of the UTF-8 is what every language's plain sort gives; QString's would not.
    std::sort(bytes.begin(), bytes.end());
    QByteArrayList pairs;
    for (const auto &[key, value] : std::as_const(bytes))
        pairs.append(key + '=' + value);
    return pairs.join('&');
}

QByteArray bodyHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray stringToSign(const QByteArray &method, const QString &path, const QueryItems &query,
    const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body)
{
    return QByteArrayList {
        method.toUpper(), path.toUtf8(), canonicalQuery(query), timestamp, nonce, bodyHash(body)}
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
