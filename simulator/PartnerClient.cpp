#include "PartnerClient.h"

#include "domain/RequestSignature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

namespace Kepler::Simulator {

QString PartnerClient::Answer::describe() const
{
    if (status == 0)
        return error;
    const QString code = json.value(u"code"_qs).toString();
    const QString detail = json.value(u"detail"_qs).toString();
    return code.isEmpty() ? QString::number(status) : u"%1 %2: %3"_qs.arg(status).arg(code, detail);
}

PartnerClient::PartnerClient(QUrl server, QString appKey, QString secret)
    : m_server(std::move(server))
    , m_appKey(std::move(appKey))
    , m_secret(std::move(secret))
{
}

PartnerClient::Answer PartnerClient::call(
    const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const bool hasBody = method != "GET";
    return send(method, path, hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(),
        hasBody ? QByteArray("application/json") : QByteArray());
}

PartnerClient::Answer PartnerClient::upload(
    const QString &path, const QByteArray &bytes, const QByteArray &contentType)
{
    return send("POST", path, bytes, contentType);
}

PartnerClient::Answer PartnerClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    namespace Sig = RequestSignature;
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray signature
        = Sig::sign(m_secret.toUtf8(), Sig::stringToSign(method, path, {}, timestamp, nonce, body));
    QUrl url = m_server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setRawHeader(Sig::AppKeyHeader, m_appKey.toLatin1());
    request.setRawHeader(Sig::TimestampHeader, timestamp);
    request.setRawHeader(Sig::NonceHeader, nonce);
    request.setRawHeader(Sig::SignatureHeader, signature);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    if (a.status == 0)
        a.error = reply->errorString();
    reply->deleteLater();
    return a;
}

} // namespace Kepler::Simulator
