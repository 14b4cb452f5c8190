#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Kepler {

class ApiSession;

// Watches whether the platform answers, so the console can say so while the service restarts and
// carry on when it is back. It asks GET /api/v1/health every upIntervalMs while all is well, and
// at once when any job of the session found no server (ApiSession::serverUnreachable). While the
// server is away it asks every downIntervalMs; the first answer emits connectionRestored(). A
// session lost with the restart is not its business: the next request gets 401 and the usual
// sign-in flow (ApiJob, ConsoleController) takes over.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultUpIntervalMs = 30000;
    static constexpr int DefaultDownIntervalMs = 2000;
    static constexpr int ProbeTimeoutMs = 3000;

    explicit ConnectionMonitor(ApiSession *session, QObject *parent = nullptr);

    void start();
    void stop();
    bool isReachable() const { return m_reachable; }
    void setIntervals(int upMs, int downMs);
    // Asks now (unless a probe runs already).
    void probe();

Q_SIGNALS:
    // The server stopped answering; `error` says how (refused, timed out …).
    void connectionLost(const Kepler::ApiError &error);
    void connectionRestored();

private:
    void onAnswer(bool ok, const ApiError &error);
    void schedule();

    QPointer<ApiSession> m_session;
    QTimer m_timer;
    int m_upIntervalMs = DefaultUpIntervalMs;
    int m_downIntervalMs = DefaultDownIntervalMs;
    bool m_reachable = true;
    bool m_running = false;
    bool m_probing = false;
};

} // namespace Kepler
