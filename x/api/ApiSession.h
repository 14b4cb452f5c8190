#pragma once

#include "domain/StaffUser.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Kepler {

// What every job of one signed-in connection shares: the server, the bearer token, the signed-in
// user and the network access manager. The manager is injected (tests route it) and not owned.
//
// sessionExpired() fires when a job that carried a token gets 401 session_expired or
// unauthenticated. For now the UI answers it by showing the sign-in dialog; a later issue adds a
// re-login queue here that holds new requests and replays them once a fresh token arrives.
class ApiSession : public QObject
{
    Q_OBJECT

public:
    explicit ApiSession(QNetworkAccessManager *networkAccessManager, QObject *parent = nullptr);
    ~ApiSession() override;

    QNetworkAccessManager *networkAccessManager() const;

    // The server root, e.g. http://127.0.0.1:8080 (jobs append /api/v1/...). A path prefix is
    // kept, so a service behind a reverse proxy at https://host/kepler/ works too.
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    // host[:port], for messages such as "Cannot reach the server at ...".
    QString serverName() const;

    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setToken(const QString &token);

    StaffUser currentUser() const { return m_user; }
    void setCurrentUser(const StaffUser &user);

    // Forgets token and user (sign-out); the base URL stays.
    void clear();

    // The absolute URL of an API path ("/api/v1/partners") with an optional query.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // The transfer timeout each new job starts with (ApiJob::DefaultTimeoutMs unless set; tests
    // shorten it to see a lost answer quickly).
    int jobTimeoutMs() const { return m_jobTimeoutMs; }
    void setJobTimeoutMs(int ms) { m_jobTimeoutMs = ms; }

    // A fresh X-Request-Id: short, unique, and within the characters the service echoes.
    QByteArray nextRequestId();

    // Called by jobs; emits sessionExpired() once per token.
    void reportSessionExpired();
    // The user declined to sign in again: requests waiting for it fail now.
    void abandonSignIn();

Q_SIGNALS:
    void sessionExpired();
    void signInAbandoned();
    // A job got no answer at all (refused, reset, timed out): ConnectionMonitor asks the health
    // endpoint at once instead of at its next poll.
    void serverUnreachable();
    void tokenChanged();
    void currentUserChanged();

private:
    QPointer<QNetworkAccessManager> m_networkAccessManager;
    QUrl m_baseUrl;
    QString m_token;
    StaffUser m_user;
    QByteArray m_requestPrefix;
    quint64 m_requestCounter = 0;
    bool m_expiryReported = false;
    int m_jobTimeoutMs = 15000; // ApiJob::DefaultTimeoutMs (checked in ApiJob.cpp)
};

} // namespace Kepler
