#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <utility>

namespace Kepler {

// How a partner signs a request to /open/v1/… (docs/signing.md). The service verifies with this
// code and the traffic simulator signs with it, so both sides build the same bytes.
//
//   string-to-sign = METHOD \n PATH \n CANONICAL-QUERY \n TIMESTAMP \n NONCE \n hex(SHA-256(body))
//   signature      = hex(HMAC-SHA256(secret, string-to-sign))        (lowercase hex)
//
// METHOD is upper case; PATH is the percent-decoded path without the query; CANONICAL-QUERY is
// every query item percent-decoded (a '+' stays a '+'), written "key=value" (an item without '='
// counts as an empty value), sorted by key then by value (byte order of the UTF-8), joined by '&'
// and NOT re-encoded; no query gives an empty line. TIMESTAMP is the X-Kepler-Timestamp header
// exactly as sent (Unix seconds) and NONCE the X-Kepler-Nonce header.
namespace RequestSignature {

inline constexpr char AppKeyHeader[] = "X-Kepler-AppKey";
inline constexpr char TimestampHeader[] = "X-Kepler-Timestamp";
inline constexpr char NonceHeader[] = "X-Kepler-Nonce";
inline constexpr char SignatureHeader[] = "X-Kepler-Signature";
// A request is accepted while its timestamp is at most this far from the server's clock.
inline constexpr qint64 MaxClockSkewSeconds = 300;
inline constexpr int MinNonceLength = 8;
inline constexpr int MaxNonceLength = 64;

using QueryItems = QList<std::pair<QString, QString>>; // decoded key, decoded value

// The decoded items of a raw query string ("b=2&a=1%20x"), in their original order.
QueryItems parseQuery(const QString &rawQuery);
QueryItems queryItems(const QUrlQuery &query);
QByteArray canonicalQuery(QueryItems items);
// The path, percent-decoded by the caller, encoded again segment by segment (RFC 3986 unreserved).
QByteArray canonicalPath(const QString &decodedPath);
QByteArray bodyHash(const QByteArray &body); // lowercase hex SHA-256; of "" for no body

QByteArray stringToSign(const QByteArray &method, const QString &path, const QueryItems &query,
    const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body);
QByteArray sign(const QByteArray &secret, const QByteArray &stringToSign); // lowercase hex

// Compares in time that depends only on the lengths, so a forger learns nothing from timing
// about how many leading characters of a guessed signature were right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Nonces: MinNonceLength..MaxNonceLength characters of [A-Za-z0-9._~-].
bool isValidNonce(const QByteArray &nonce);

} // namespace RequestSignature

} // namespace Kepler
