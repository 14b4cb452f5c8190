#pragma once

#include <QObject>

class QSocketNotifier;

namespace Kepler::Server {

// Turns SIGTERM/SIGINT into a Qt signal: the handler only writes a byte to a socket pair (about
// the only thing a signal handler may do), and a QSocketNotifier wakes the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Kepler::Server
