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

QNetworkRequest PartnerClient::signedRequest(const QUrl &server, const QString &appKey, const QString &secret,
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QByteArray &contentType, const Headers &extra)
{
    namespace Sig = RequestSignature;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    const QString rawQuery = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray signature = Sig::sign(secret.toUtf8(),
        Sig::stringToSign(method, QUrl::fromPercentEncoding(path.toUtf8()), Sig::parseQuery(rawQuery),
            timestamp, nonce, body));
    QUrl url = server;
    url.setPath(path, QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(rawQuery, QUrl::StrictMode); // sent exactly as signed
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setRawHeader(Sig::AppKeyHeader, appKey.toLatin1());
    request.setRawHeader(Sig::TimestampHeader, timestamp);
    request.setRawHeader(Sig::NonceHeader, nonce);
    request.setRawHeader(Sig::SignatureHeader, signature);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    return request;
}

PartnerClient::Answer PartnerClient::answerOf(QNetworkReply *reply)
{
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    a.keplerTimeMs = reply->rawHeader("X-Kepler-Time").toLongLong();
    a.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (a.status == 0)
        a.error = reply->errorString();
    return a;
}

PartnerClient::Answer PartnerClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    QNetworkReply *reply = m_nam.sendCustomRequest(
        signedRequest(m_server, m_appKey, m_secret, method, path, body, contentType, m_extra), method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const Answer a = answerOf(reply);
    reply->deleteLater();
    if (m_observer)
        m_observer(method, path, a);
    return a;
}

} // namespace Kepler::Simulator
