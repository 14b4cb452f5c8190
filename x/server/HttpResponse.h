#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace Kepler::Server {

// A complete answer, built on a worker thread and written on the server thread.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, QByteArray serialized); // already compact JSON
    static HttpResponse noContent();

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

} // namespace Kepler::Server
