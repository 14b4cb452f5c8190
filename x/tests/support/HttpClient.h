#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <utility>

class QNetworkReply;

namespace Kepler::Test {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One answer as a test looks at it: status, headers (names lowercased), body and its JSON.
struct HttpResult
{
    int status = 0; // 0 when no HTTP answer came (see errorString)
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QJsonDocument json;
    QString errorString;

    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString code() const { return object().value(u"code"_qs).toString(); } // problem+json "code"
    // The "id" of a list answer's first item (0 when the list is empty): a test's fixture lookup.
    qint64 firstItemId() const
    {
        return object().value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toInteger();
    }
};

// A small blocking HTTP client for tests: each call runs its own event loop until the answer
// arrives or the timeout passes. Paths are relative to the base URL ("/api/v1/health?x=1").
class HttpClient
{
public:
    explicit HttpClient(QUrl baseUrl = {});

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // `body` undefined: no body; an object or array: sent as application/json.
    HttpResult request(const QByteArray &method, const QString &path,
        const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});
    HttpResult get(const QString &path, const Headers &headers = {})
    {
        return request("GET", path, {}, headers);
    }
    // Sends the bytes as they are (for malformed bodies, other content types, huge payloads).
    HttpResult requestRaw(
        const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers = {});

    // Starts a request without waiting; collect it with HttpClient::finish(). For concurrency tests.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const Headers &headers = {});
    static HttpResult resultOf(QNetworkReply *reply);
    HttpResult finish(QNetworkReply *reply);

    // POST /api/v1/sessions; on 201 keeps the token for later requests.
    HttpResult login(const QString &username, const QString &password);

    QNetworkAccessManager &networkAccessManager() { return m_nam; }
    QUrl urlFor(const QString &path) const;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 30000;
};

} // namespace Kepler::Test
