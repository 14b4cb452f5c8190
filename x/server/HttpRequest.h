#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Kepler::Server {

// What a handler sees of a request: a plain copy, so it can travel to a worker thread while Qt's
// QHttpServerRequest stays with its socket on the server thread.
struct HttpRequest
{
    QByteArray method; // "GET", "PATCH", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;
    QByteArray requestId;
    // The client's address: the connection's peer, or behind a trusted proxy the client it names
    // (ClientAddress::resolve, --trusted-proxy).
    QString remoteAddress;

    QByteArray header(const QByteArray &lowercaseName) const { return headers.value(lowercaseName); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace Kepler::Server
