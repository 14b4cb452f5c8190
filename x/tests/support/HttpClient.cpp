#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>

namespace Kepler::Test {

HttpClient::HttpClient(QUrl baseUrl)
    : m_base(std::move(baseUrl))
{
}

QUrl HttpClient::urlFor(const QString &path) const
{
    return QUrl(m_base.toString(QUrl::StripTrailingSlash) + path);
}

QNetworkReply *HttpClient::start(
    const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_nam.sendCustomRequest(request, method, body);
}

HttpResult HttpClient::resultOf(QNetworkReply *reply)
{
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.errorString = reply->errorString();
    return r;
}

HttpResult HttpClient::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(m_timeoutMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isFinished()) {
        reply->abort();
        HttpResult r;
        r.errorString = u"timed out"_qs;
        reply->deleteLater();
        return r;
    }
    HttpResult r = resultOf(reply);
    reply->deleteLater();
    return r;
}

HttpResult HttpClient::requestRaw(
    const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    return finish(start(method, path, body, headers));
}

HttpResult HttpClient::request(
    const QByteArray &method, const QString &path, const QJsonValue &body, const Headers &headers)
{
    if (body.isUndefined())
        return requestRaw(method, path, {}, headers);
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    Headers all = headers;
    all.emplaceBack(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return requestRaw(method, path, doc.toJson(QJsonDocument::Compact), all);
}

HttpResult HttpClient::login(const QString &username, const QString &password)
{
    const HttpResult r = request(
        "POST", u"/api/v1/sessions"_qs, QJsonObject {{u"username"_qs, username}, {u"password"_qs, password}});
    if (r.status == 201)
        m_token = r.object().value(u"token"_qs).toString();
    return r;
}

} // namespace Kepler::Test
