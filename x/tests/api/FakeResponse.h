#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>

// A canned answer of the FakeNetworkAccessManager: an HTTP answer, a network error (no HTTP
// status at all, like a refused connection), or a reply that never finishes.
struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool hang = false;

    static FakeResponse json(
        int status, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // problem+json with the given code; `extra` is merged in ("errors", "current", ...).
    static FakeResponse problem(int status, const QString &code, const QJsonObject &extra = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FakeResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    static FakeResponse noContent();
    static FakeResponse error(QNetworkReply::NetworkError error);
    static FakeResponse hanging();
};

Q_DECLARE_METATYPE(FakeResponse)
