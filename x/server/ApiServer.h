#pragma once

#include "ClientAddress.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "ResponseSequencer.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace Kepler::Server {

struct Services;
struct PendingResponse;

// The HTTP front: parses nothing itself (Qt does), but decides everything Qt HTTP Server 6.4's
// QHttpServer cannot: 405 with Allow, headers on every answer including 404, the body cap, and
// running handlers on a worker pool so a slow request never stalls the event loop. Responses come
// back to this object's thread and are written only if the client is still connected.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    // All header names and values of one request together (nginx's default allows 32 KiB).
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    ApiServer(const Router *router, Services *services, int workerThreads, QObject *parent = nullptr);
    ~ApiServer() override;

    // Stops accepting connections and waits for requests already on the workers.
    void shutdown();

    // A connection that has not delivered a complete request within this time — since it opened or
    // since its last answer — is closed (0: never). Qt HTTP Server 6.4 has no such timeout: a
    // client that sends its headers a byte at a time, or never finishes its body, would otherwise
    // hold a socket and its buffer for ever (slowloris). Counted from the request's start, not from
    // the last byte, so dribbling does not keep it alive. Connections waiting for an answer from
    // the workers are never cut.
    void setClientTimeoutMs(qint64 ms);
    static constexpr qint64 DefaultClientTimeoutMs = 30'000;

    // Peers whose X-Forwarded-For / Forwarded name the client (HttpRequest::remoteAddress,
    // ClientAddress::resolve); none by default. Set before listen().
    void setTrustedProxies(const TrustedProxies &proxies) { m_trustedProxies = proxies; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpRequest copyRequest(const QHttpServerRequest &request) const;
    static QByteArray requestIdFor(const HttpRequest &request);
    std::optional<HttpResponse> refuseEarly(const HttpRequest &request, const Router::Match &match) const;
    void runOnWorker(std::shared_ptr<PendingResponse> pending, HttpRequest request, Router::Match match);
    // Queues the answer behind earlier ones on the same connection, then writes what is due.
    void complete(const std::shared_ptr<PendingResponse> &pending, HttpResponse response);
    static void write(PendingResponse &pending, const HttpResponse &response);

    void closeStalledConnections();
    void markProgress(QTcpSocket *socket);

    const Router *m_router;
    Services *m_services;
    ResponseSequencer m_sequencer;
    QThreadPool m_workers;
    qint64 m_clientTimeoutMs = 0;
    TrustedProxies m_trustedProxies;
    QTimer m_sweep;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, qint64> m_progress; // socket → when it last finished a request or opened
};

} // namespace Kepler::Server
