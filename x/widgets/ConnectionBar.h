#pragma once

#include "MessageBar.h"

namespace Kepler {

class ApiError;
class ApiSession;
class ConnectionMonitor;

// The main window's strip for "the platform does not answer": shown while the service is away
// (restarting, network gone), with "Try now"; replaced by a short "connected again" when it is
// back. Pages keep what they show and editors what was typed; their own failed requests offer
// "Try again" as before. A session lost with the restart is handled by the sign-in flow.
class ConnectionBar : public MessageBar
{
    Q_OBJECT

public:
    static constexpr int RestoredNoticeMs = 6000;

    explicit ConnectionBar(ApiSession *session, QWidget *parent = nullptr);

    ConnectionMonitor *monitor() const { return m_monitor; }

private:
    void onLost(const ApiError &error);
    void onRestored();

    ApiSession *m_session;
    ConnectionMonitor *m_monitor;
};

} // namespace Kepler
