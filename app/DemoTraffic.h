#pragma once

#include <QObject>
#include <QProcess>
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

private:
    QProcess m_process;
};

} // namespace Kepler
