#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>
#include <functional>
#include <utility>

namespace Kepler::Simulator {

// One partner calling /open/v1/… with its app key and secret, each request signed as
// docs/signing.md says (domain/RequestSignature, the code the service verifies with).
// call()/upload() block in a local event loop (the mini-program scenario); the traffic engine
// sends many at once with signedRequest() on its own network manager.
class PartnerClient
{
public:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QJsonObject json;
        QString error;
        qint64 keplerTimeMs = 0; // X-Kepler-Time: the platform's time for the request (0: absent)
        int retryAfterSeconds = 0;

        bool ok() const { return status >= 200 && status < 300; }
        // "409 miniprogram_not_authorised: …" for messages.
        QString describe() const;
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    // Told about every answer call()/upload() got (the traffic tally counts them).
    using Observer = std::function<void(const QByteArray &method, const QString &path, const Answer &)>;

    PartnerClient(QUrl server, QString appKey, QString secret);

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Answer upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType);
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Headers added to every call (X-Kepler-Clock …), not signed.
    void setExtraHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers) { m_extra = headers; }

    // A signed request for `pathAndQuery` ("/open/v1/products?keyword=%E7%89%9B"): the query is
    // signed as sent. `extra` headers (X-Kepler-Clock, X-Kepler-Fault) are not signed.
    static QNetworkRequest signedRequest(const QUrl &server, const QString &appKey, const QString &secret,
        const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
        const QByteArray &contentType, const Headers &extra = {});
    // Status, body, JSON, X-Kepler-Time and Retry-After of a finished reply.
    static Answer answerOf(QNetworkReply *reply);

private:
    Answer send(
        const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_appKey;
    QString m_secret;
    Observer m_observer;
    QList<std::pair<QByteArray, QByteArray>> m_extra;
};

} // namespace Kepler::Simulator
