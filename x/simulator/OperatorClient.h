#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <optional>

namespace Kepler::Simulator {

// What the simulator needs to know about a partner it plays.
struct PartnerInfo
{
    qint64 id = 0;
    QString name;
    QString group;
    QString mode;
    QString scenario;
    int rateLimit = 20; // effectiveQuota.rateLimit, requests per second
};

// The management API (/api/v1) as an operator uses it, blocking (start-up and --verify only):
// sign in, list the active partners, issue keys, read the metrics.
class OperatorClient
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QString error; // "401 invalid_credentials: …" or the network error
        bool ok() const { return status >= 200 && status < 300; }
    };

    explicit OperatorClient(QUrl server);

    bool signIn(const QString &user, const QString &password, QString *error);
    // Every active partner, paged through /api/v1/partners?status=active.
    std::optional<QList<PartnerInfo>> activePartners(QString *error);
    // The states of a partner's keys by app key ("active", "expiring", "revoked", …).
    std::optional<QHash<QString, QString>> keyStates(qint64 partnerId, QString *error);
    // A new key: {appKey, secret}; the secret is shown only in this answer.
    std::optional<std::pair<QString, QString>> issueKey(qint64 partnerId, QString *error);

    // Sends once more after a 429's Retry-After (a refused request was not carried out), up to
    // MaxAttempts in all.
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {});
    static constexpr int MaxAttempts = 6;
    QUrl server() const { return m_server; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_token;
};

} // namespace Kepler::Simulator
