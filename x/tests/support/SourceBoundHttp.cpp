#include "SourceBoundHttp.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace Kepler::Test {

HttpResult requestFrom(const QString &source, const QUrl &base, const QByteArray &method, const QString &path,
    const QByteArray &body, const Headers &headers)
{
    HttpResult result;
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(source))) {
        result.errorString = u"bind %1: %2"_qs.arg(source, socket.errorString());
        return result;
    }
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000)) {
        result.errorString = u"connect: "_qs + socket.errorString();
        return result;
    }
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.authority().toLatin1()
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    socket.write(request + "\r\n" + body);

    QByteArray received;
    qsizetype headerEnd = -1;
    qsizetype length = 0;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (headerEnd < 0 && (headerEnd = received.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : received.left(headerEnd).split('\n').mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    result.headers.insert(
                        line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            length = result.headers.value("content-length").toLongLong();
        }
        if (headerEnd >= 0 && received.size() >= headerEnd + 4 + length)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
            break;
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    if (headerEnd < 0 || !received.startsWith("HTTP/1.1 ")) {
        result.errorString = u"no HTTP answer: "_qs + QString::fromLatin1(received.left(200));
        return result;
    }
    result.status = received.mid(9, 3).toInt();
    result.body = received.mid(headerEnd + 4, length);
    result.json = QJsonDocument::fromJson(result.body);
    return result;
}

} // namespace Kepler::Test
