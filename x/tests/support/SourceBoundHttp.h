#pragma once

#include "HttpClient.h"

#include <QString>
#include <QUrl>

namespace Kepler::Test {

// One HTTP/1.1 request on a new socket bound to the local address `source` (e.g. 127.0.0.2: any
// 127.x address is loopback on Linux), with the header lines exactly as given (repeated names stay
// repeated). What HttpClient cannot do: a test of client addresses needs a "proxy" and a "client"
// that the service tells apart by address. The answer as HttpClient gives it (status 0 and
// errorString when none came within 15 s).
HttpResult requestFrom(const QString &source, const QUrl &base, const QByteArray &method, const QString &path,
    const QByteArray &body = {}, const Headers &headers = {});

} // namespace Kepler::Test
