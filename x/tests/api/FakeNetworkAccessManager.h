#pragma once

#include "FakeResponse.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

// One request as the fake network saw it.
struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    qint64 elapsedMs = 0; // since the manager was made: for checking retry delays

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

// A QNetworkAccessManager that never touches the network: requests are matched against a route
// table (verb + anchored path regex) and answered with canned FakeResponses; every request is
// recorded. A route with several responses plays them in order and then repeats the last one
// (e.g. 503, 503, 200). Unrouted requests get 404 route_not_found. (After Nextcloud's FakeQNAM.)
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void addRoute(const QByteArray &verb, const QString &pathPattern, const QList<FakeResponse> &responses);
    void addRoute(const QByteArray &verb, const QString &pathPattern, const FakeResponse &response);
    void clearRoutes() { m_routes.clear(); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Route
    {
        QByteArray verb;
        QRegularExpression path;
        QList<FakeResponse> responses;
    };

    QList<Route> m_routes;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
};
