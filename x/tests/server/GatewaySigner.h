#pragma once

// Signs test requests to /open/v1/… the way docs/signing.md tells partners to, using the shared
// domain/RequestSignature (whose known answers tst_request_signature checks independently).
#include "HttpClient.h"

#include "domain/RequestSignature.h"

#include <QDateTime>
#include <QUuid>

namespace Kepler::Test {

struct GatewayKey
{
    QString appKey;
    QString secret;
};

struct SignedCall
{
    QByteArray method = "GET";
    QString pathAndQuery = u"/open/v1/ping"_qs;
    QByteArray body;
    qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    QByteArray nonce = QUuid::createUuid().toByteArray(QUuid::Id128);
};

inline Headers signedHeaders(const GatewayKey &key, const SignedCall &call)
{
    namespace Sig = Kepler::RequestSignature;
    const qsizetype q = call.pathAndQuery.indexOf(u'?');
    const QString path = q < 0 ? call.pathAndQuery : call.pathAndQuery.left(q);
    const QString query = q < 0 ? QString() : call.pathAndQuery.mid(q + 1);
    const QByteArray timestamp = QByteArray::number(call.timestamp);
    const QByteArray signature = Sig::sign(key.secret.toUtf8(),
        Sig::stringToSign(call.method, path, Sig::parseQuery(query), timestamp, call.nonce, call.body));
    return {{Sig::AppKeyHeader, key.appKey.toLatin1()}, {Sig::TimestampHeader, timestamp},
        {Sig::NonceHeader, call.nonce}, {Sig::SignatureHeader, signature}};
}

// Sends the call signed with `key`; `client` must carry no staff token.
inline HttpResult sendSigned(HttpClient &client, const GatewayKey &key, const SignedCall &call = {})
{
    Headers headers = signedHeaders(key, call);
    if (!call.body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return client.requestRaw(call.method, call.pathAndQuery, call.body, headers);
}

} // namespace Kepler::Test
