#include "FakeNetworkAccessManager.h"

#include "FakeReply.h"

namespace {

QByteArray verbOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return "UNKNOWN";
}

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

void FakeNetworkAccessManager::addRoute(
    const QByteArray &verb, const QString &pathPattern, const QList<FakeResponse> &responses)
{
    Q_ASSERT(!responses.isEmpty());
    m_routes.append({verb, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), responses});
}

void FakeNetworkAccessManager::addRoute(
    const QByteArray &verb, const QString &pathPattern, const FakeResponse &response)
{
    addRoute(verb, pathPattern, QList<FakeResponse> {response});
}

QNetworkReply *FakeNetworkAccessManager::createRequest(
    Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.verb = verbOf(operation, request);
    recorded.url = request.url();
    recorded.request = request;
    recorded.body = outgoingData ? outgoingData->readAll() : QByteArray();
    recorded.elapsedMs = m_clock.elapsed();
    m_requests.append(recorded);

    FakeResponse response = FakeResponse::problem(404, u"route_not_found"_qs);
    for (Route &route : m_routes) {
        if (route.verb != recorded.verb || !route.path.match(request.url().path()).hasMatch())
            continue;
        response = route.responses.size() > 1 ? route.responses.takeFirst() : route.responses.constFirst();
        break;
    }
    return new FakeReply(operation, request, response, this);
}
