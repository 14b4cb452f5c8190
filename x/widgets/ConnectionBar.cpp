#include "ConnectionBar.h"

#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"

#include <QTimer>

namespace Kepler {

ConnectionBar::ConnectionBar(ApiSession *session, QWidget *parent)
    : MessageBar(parent)
    , m_session(session)
    , m_monitor(new ConnectionMonitor(session, this))
{
    connect(m_monitor, &ConnectionMonitor::connectionLost, this, &ConnectionBar::onLost);
    connect(m_monitor, &ConnectionMonitor::connectionRestored, this, &ConnectionBar::onRestored);
    m_monitor->start();
}

void ConnectionBar::onLost(const ApiError &)
{
    showMessage(Kind::Error,
        tr("The platform at %1 does not answer. The console keeps trying and carries on when it is "
           "back; what you typed stays here.")
            .arg(m_session->serverName()));
    addAction(tr("Try now"), [this] { m_monitor->probe(); });
}

void ConnectionBar::onRestored()
{
    showMessage(Kind::Positive, tr("Connected to %1 again.").arg(m_session->serverName()));
    // The good news goes away by itself, unless something else was shown meanwhile.
    const QString shown = text();
    QTimer::singleShot(RestoredNoticeMs, this, [this, shown] {
        if (text() == shown)
            clear();
    });
}

} // namespace Kepler
