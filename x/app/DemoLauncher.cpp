#include "DemoLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

Q_LOGGING_CATEGORY(lcDemo, "kepler.app.demo")

namespace Kepler {

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        m_stderr = m_stderr.right(4000);
    });
    connect(&m_process, &QProcess::finished, this, &DemoLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("Could not start the demo platform (%1).").arg(m_process.program()));
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findPlatform(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable("KEPLER_PLATFORM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(u"kepler-platform"_qs);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"kepler-platform"_qs);
}

QString DemoLauncher::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"demo"_qs);
}

void DemoLauncher::start(const QString &platformPath, const QString &dataDir, int partners)
{
    if (platformPath.isEmpty()) {
        Q_EMIT failed(
            tr("The platform program kepler-platform was not found next to the console or on PATH."));
        return;
    }
    QDir().mkpath(dataDir);
    m_stopping = false;
    m_process.setProgram(platformPath);
    // If the console dies without cleaning up, the kernel still stops the platform it started.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // --allow-test-hooks: kepler-traffic backfills the demo's history through X-Kepler-Clock.
    QStringList arguments {
        u"--demo"_qs, u"--allow-test-hooks"_qs, u"--listen"_qs, u"127.0.0.1:0"_qs, u"--data"_qs, dataDir};
    if (partners != 0)
        arguments << u"--demo-partners"_qs << QString::number(partners);
    m_process.setArguments(arguments);
    qCInfo(lcDemo) << "starting" << platformPath << m_process.arguments();
    m_process.start();
}

void DemoLauncher::onStdout()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (!m_url.isEmpty())
        return; // only the first line matters; the rest is not kept
    m_stdoutBuffer += chunk;
    const int newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0)
        return;
    // The platform's first line of standard output is the URL it listens on.
    const QUrl url(QString::fromUtf8(m_stdoutBuffer.left(newline).trimmed()));
    if (!url.isValid() || url.scheme().isEmpty()) {
        Q_EMIT failed(tr("The demo platform started but did not say where it listens."));
        return;
    }
    m_url = url;
    Q_EMIT ready(url);
}

void DemoLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    qCWarning(lcDemo) << "platform exited" << exitCode << status << m_stderr;
    Q_EMIT failed(
        tr("The demo platform stopped (exit code %1). %2").arg(exitCode).arg(m_stderr.trimmed().right(300)));
}

void DemoLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate(); // SIGTERM: the platform finishes its requests and closes the database
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace Kepler
