#include "ApiSession.h"

#include "ApiLogging.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace Kepler {

ApiSession::ApiSession(QNetworkAccessManager *networkAccessManager, QObject *parent)
    : QObject(parent)
    , m_networkAccessManager(networkAccessManager)
{
    // A random prefix per session plus a counter: unique across clients without a UUID per call,
    // and readable in the service log ("kc-3f9a1c-17").
    m_requestPrefix = "kc-" + QByteArray::number(QRandomGenerator::global()->generate(), 16) + '-';
}

ApiSession::~ApiSession() = default;

QNetworkAccessManager *ApiSession::networkAccessManager() const
{
    return m_networkAccessManager.data();
}

void ApiSession::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QString ApiSession::serverName() const
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return m_baseUrl.toString();
    return m_baseUrl.port() > 0 ? m_baseUrl.host() % u':' % QString::number(m_baseUrl.port())
                                : m_baseUrl.host();
}

void ApiSession::setToken(const QString &token)
{
    if (m_token == token)
        return;
    m_token = token;
    m_expiryReported = false;
    Q_EMIT tokenChanged();
}

void ApiSession::setCurrentUser(const StaffUser &user)
{
    if (m_user == user)
        return;
    m_user = user;
    Q_EMIT currentUserChanged();
}

void ApiSession::clear()
{
    setToken({});
    setCurrentUser({});
}

QUrl ApiSession::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query.isEmpty() ? QUrlQuery() : query);
    return url;
}

QByteArray ApiSession::nextRequestId()
{
    return m_requestPrefix + QByteArray::number(++m_requestCounter);
}

void ApiSession::reportSessionExpired()
{
    // Several jobs in flight may all get 401 for the same token: one sign-in prompt is enough.
    if (m_expiryReported)
        return;
    m_expiryReported = true;
    qCInfo(lcApi) << "session expired on" << serverName();
    Q_EMIT sessionExpired();
}

void ApiSession::abandonSignIn()
{
    Q_EMIT signInAbandoned();
}

} // namespace Kepler
