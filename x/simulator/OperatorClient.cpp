#include "OperatorClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace Kepler::Simulator {

OperatorClient::OperatorClient(QUrl server)
    : m_server(std::move(server))
{
}

OperatorClient::Reply OperatorClient::request(
    const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    QUrl url = m_server;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(60000);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray bytes;
    if (method != "GET") {
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    Reply a;
    // Over the session's /api/v1 rate limit (docs/api.md "Rate limits": issuing keys for a hundred
    // partners at start is a burst) the platform answers 429 with Retry-After: wait and ask again.
    for (int attempt = 1;; ++attempt) {
        QNetworkReply *reply = m_nam.sendCustomRequest(r, method, bytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        const int retryAfter = std::clamp(reply->rawHeader("Retry-After").toInt(), 1, 30);
        if (a.status != 429 || attempt == MaxAttempts) {
            if (a.status == 0)
                a.error = reply->errorString();
            reply->deleteLater();
            break;
        }
        reply->deleteLater();
        QEventLoop wait;
        QTimer::singleShot(retryAfter * 1000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (a.status != 0 && !a.ok())
        a.error = u"%1 %2: %3"_qs.arg(a.status).arg(
            a.json.value(u"code"_qs).toString(), a.json.value(u"detail"_qs).toString());
    return a;
}

bool OperatorClient::signIn(const QString &user, const QString &password, QString *error)
{
    const Reply r
        = request("POST", u"/api/v1/sessions"_qs, {{u"username"_qs, user}, {u"password"_qs, password}});
    if (r.status != 201) {
        *error = u"Sign-in as %1 failed: %2"_qs.arg(user, r.error);
        return false;
    }
    m_token = r.json.value(u"token"_qs).toString();
    return true;
}

std::optional<QList<PartnerInfo>> OperatorClient::activePartners(QString *error)
{
    QList<PartnerInfo> partners;
    QString cursor;
    do {
        QString path = u"/api/v1/partners?status=active&sort=id&limit=500"_qs;
        if (!cursor.isEmpty())
            path += u"&cursor="_qs + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply r = request("GET", path);
        if (!r.ok()) {
            *error = u"Listing partners failed: %1"_qs.arg(r.error);
            return std::nullopt;
        }
        for (const QJsonValue &v : r.json.value(u"items"_qs).toArray()) {
            const QJsonObject o = v.toObject();
            PartnerInfo p;
            p.id = o.value(u"id"_qs).toInteger();
            p.name = o.value(u"name"_qs).toString();
            p.group = o.value(u"group"_qs).toString();
            p.mode = o.value(u"mode"_qs).toString();
            p.scenario = o.value(u"scenario"_qs).toString();
            p.rateLimit = o.value(u"effectiveQuota"_qs).toObject().value(u"rateLimit"_qs).toInt(20);
            partners.append(p);
        }
        cursor = r.json.value(u"nextCursor"_qs).toString();
    } while (!cursor.isEmpty());
    return partners;
}

std::optional<QHash<QString, QString>> OperatorClient::keyStates(qint64 partnerId, QString *error)
{
    const Reply r = request("GET", u"/api/v1/partners/%1/keys"_qs.arg(partnerId));
    if (!r.ok()) {
        *error = u"Listing the keys of partner %1 failed: %2"_qs.arg(partnerId).arg(r.error);
        return std::nullopt;
    }
    QHash<QString, QString> states;
    for (const QJsonValue &v : r.json.value(u"items"_qs).toArray())
        states.insert(v[u"appKey"_qs].toString(), v[u"state"_qs].toString());
    return states;
}

std::optional<std::pair<QString, QString>> OperatorClient::issueKey(qint64 partnerId, QString *error)
{
    const Reply r = request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partnerId));
    if (r.status != 201) {
        *error = u"Issuing a key for partner %1 failed: %2"_qs.arg(partnerId).arg(r.error);
        return std::nullopt;
    }
    return std::pair {r.json.value(u"appKey"_qs).toString(), r.json.value(u"secret"_qs).toString()};
}

} // namespace Kepler::Simulator
