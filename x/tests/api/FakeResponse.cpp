#include "FakeResponse.h"

#include <QJsonDocument>

FakeResponse FakeResponse::json(
    int status, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    FakeResponse r;
    r.status = status;
    r.headers = headers;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::problem(int status, const QString &code, const QJsonObject &extra,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonObject body {
        {u"type"_qs, QString(u"https://kepler.example/problems/"_qs + code)},
        {u"title"_qs, QString(u"Title of "_qs + code)},
        {u"status"_qs, status},
        {u"detail"_qs, QString(u"English detail of "_qs + code)},
        {u"code"_qs, code},
        {u"requestId"_qs, u"srv-body-id"_qs},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    FakeResponse r;
    r.status = status;
    r.headers = headers;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/problem+json")));
    r.headers.append(qMakePair(QByteArray("X-Request-Id"), QByteArray("srv-header-id")));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers = {{"Content-Type", contentType}};
    r.body = body;
    return r;
}

FakeResponse FakeResponse::noContent()
{
    FakeResponse r;
    r.status = 204;
    return r;
}

FakeResponse FakeResponse::error(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.status = 0;
    r.networkError = error;
    return r;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse r;
    r.hang = true;
    return r;
}
