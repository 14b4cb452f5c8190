#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace Kepler {

// Runs `kepler-traffic` beside the demo platform, so demo mode shows live, measured traffic: 5
// requests per second, its keys and tally in DATA/traffic. `--backfill 30d` is passed every time;
// kepler-traffic writes history only where its tally has none (30 days on the first start, later
// the time the console was closed), while the console is already usable. The child dies with the
// console.
class DemoTraffic : public QObject
{
    Q_OBJECT

public:
    explicit DemoTraffic(QObject *parent = nullptr);
    ~DemoTraffic() override;

    // $KEPLER_TRAFFIC, next to the console, or PATH; empty when there is none.
    static QString findTraffic();

    void start(const QString &program, const QUrl &platform, const QString &dataDir);
    void stop();
    QProcess &process() { return m_process; }

    // What the end of kepler-traffic's log says of the history: 0–100 while it is written (the
    // last "backfill N%" report), HistoryFilled once it plays live, -1 when it says nothing yet.
    static constexpr int HistoryFilled = 101;
    static int historyProgress(QByteArrayView logTail);

Q_SIGNALS:
    // The first start writes 30 days of signed gateway calls (minutes on two cores): the window
    // shows how far it is, and the dashboards reload once it is done.
    void historyProgressed(int percent);
    void historyFilled();

private:
    void readProgress();

    QProcess m_process;
    QTimer m_watch;
    QString m_logPath;
    int m_lastPercent = -1;
};

} // namespace Kepler
