#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Kepler::Simulator {

// One partner calling /open/v1/… with its app key and secret, each request signed as
// docs/signing.md says (domain/RequestSignature, the code the service verifies with).
// Calls block in a local event loop: the simulator is a command-line program.
class PartnerClient
{
public:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QJsonObject json;
        QString error;

        bool ok() const { return status >= 200 && status < 300; }
        // "409 miniprogram_not_authorised: …" for messages.
        QString describe() const;
    };

    PartnerClient(QUrl server, QString appKey, QString secret);

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    Answer upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType);

private:
    Answer send(
        const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_appKey;
    QString m_secret;
};

} // namespace Kepler::Simulator
