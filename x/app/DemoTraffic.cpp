#include "DemoTraffic.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

Q_LOGGING_CATEGORY(lcTraffic, "kepler.app.demo")

namespace Kepler {

DemoTraffic::DemoTraffic(QObject *parent)
    : QObject(parent)
{
}

DemoTraffic::~DemoTraffic()
{
    stop();
}

QString DemoTraffic::findTraffic()
{
    const QString fromEnv = qEnvironmentVariable("KEPLER_TRAFFIC");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"kepler-traffic"_qs);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"kepler-traffic"_qs);
}

void DemoTraffic::start(const QString &program, const QUrl &platform, const QString &dataDir)
{
    if (program.isEmpty()) {
        // The console works without it; the dashboards then show only what others send.
        qCWarning(lcTraffic) << "kepler-traffic not found: demo mode runs without simulated traffic";
        return;
    }
    const QString state = QDir(dataDir).filePath(u"traffic"_qs);
    QDir().mkpath(state);
    m_process.setProgram(program);
    // One request per average minute, in the history and live alike (no --rate: the live traffic
    // keeps the history's level and time of day, so it does not dwarf the days on the charts), with
    // the demo's few incidents: enough requests that a 99.99 % target can be met and a single
    // failed call does not overspend it. Six in flight: the console's own requests do not queue
    // behind a deep backlog on the platform's four workers.
    m_process.setArguments({u"--url"_qs, platform.toString(), u"--state"_qs, state, u"--backfill"_qs,
        u"30d"_qs, u"--backfill-density"_qs, u"1"_qs, u"--incidents"_qs, u"--in-flight"_qs, u"6"_qs});
    // Its progress goes to a file nobody has to read: a pipe left unread would stall it.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_logPath = QDir(state).filePath(u"traffic.log"_qs);
    m_process.setStandardOutputFile(m_logPath, QIODevice::Truncate);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    qCInfo(lcTraffic) << "starting" << program << m_process.arguments();
    m_process.start();
    m_lastPercent = -1;
    m_watch.setInterval(2000);
    connect(&m_watch, &QTimer::timeout, this, &DemoTraffic::readProgress, Qt::UniqueConnection);
    m_watch.start();
}

int DemoTraffic::historyProgress(QByteArrayView logTail)
{
    // Reports look like "backfill 40% (2026-11-11): 95 req/s, …", then "live: 1 req/s, …".
    const qsizetype line = logTail.trimmed().lastIndexOf('\n');
    const QByteArrayView last = logTail.trimmed().sliced(line + 1);
    if (last.startsWith("live") || last.startsWith("finishing") || last.startsWith("done"))
        return HistoryFilled;
    if (!last.startsWith("backfill "))
        return -1;
    const QByteArrayView rest = last.sliced(9);
    const qsizetype percent = rest.indexOf('%');
    bool ok = false;
    const int value = percent > 0 ? rest.first(percent).toInt(&ok) : 0;
    return ok && value >= 0 && value <= 100 ? value : -1;
}

void DemoTraffic::readProgress()
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return;
    log.seek(qMax<qint64>(0, log.size() - 2048)); // the last report is all that matters
    const int percent = historyProgress(log.readAll());
    if (percent < 0 || percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    if (percent == HistoryFilled) {
        m_watch.stop();
        Q_EMIT historyFilled();
    } else {
        Q_EMIT historyProgressed(percent);
    }
}

void DemoTraffic::stop()
{
    m_watch.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: it waits for its answers and writes its tally
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace Kepler
