#include "PlatformProcess.h"

#include "HttpClient.h"
#include "TestPostgres.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>

namespace Kepler::Test {

namespace {

// Runs in the forked child before exec. A test killed by a ctest timeout never runs its
// destructors: PDEATHSIG makes the service follow its parent instead of living on as an orphan. And
// without CLOEXEC the child would inherit every descriptor of the test, e.g. the fd of
// `flock /tmp/kepler-build.lock ctest`, and an orphan would hold everyone's build lock.
void prepareChild()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    for (int fd = 3; fd < 1024; ++fd) {
        const int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0)
            ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
    }
}

// The test decides where the data lives (--data, or --db in a *_pg test) and which proxies are
// trusted, not the developer's own $KEPLER_DB and $KEPLER_TRUSTED_PROXIES.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KEPLER_DB"_qs);
    env.remove(u"KEPLER_TRUSTED_PROXIES"_qs);
    return env;
}

} // namespace

PlatformProcess::PlatformProcess()
{
    m_process.setProcessEnvironment(childEnvironment());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setChildProcessModifier(prepareChild);
}

PlatformProcess::~PlatformProcess()
{
    if (isRunning() && !stop(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // The database of a temporary directory goes with it; one of a directory the test chose may
    // still be wanted by another platform and is dropped when the test ends.
    if (m_tempDir && TestPostgres::enabled())
        TestPostgres::release(m_dataDir);
}

QString PlatformProcess::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("KEPLER_PLATFORM_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(KEPLER_PLATFORM_BIN) : fromEnv;
}

QString PlatformProcess::dataDir() const
{
    return m_dataDir;
}

bool PlatformProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QByteArray PlatformProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool PlatformProcess::start(const QStringList &arguments, int timeoutMs)
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
    m_url.clear();
    m_error.clear();
    QStringList args = QStringList {u"--data"_qs, m_dataDir, u"--listen"_qs, u"127.0.0.1:0"_qs} + arguments;
    // The demo catalog's 100,000 SKUs take seconds to seed; most tests start a platform of their
    // own, so they get a small catalog unless they ask for a size.
    if (arguments.contains(u"--demo"_qs) && !arguments.contains(u"--demo-skus"_qs))
        args << u"--demo-skus"_qs << QString::number(DefaultTestSkus);
    // Tests drive /api/v1 far faster than a person (hundreds of requests on one token); the per-session
    // limit (docs/api.md "Rate limits") is off unless a test names it (tst_security_resources).
    if (!arguments.contains(u"--api-rate-limit"_qs))
        args << u"--api-rate-limit"_qs << u"0"_qs;
    if (TestPostgres::enabled() && !arguments.contains(u"--db"_qs)) {
        const QString db = TestPostgres::urlForDataDir(m_dataDir, &m_error);
        if (db.isEmpty())
            return false;
        args << u"--db"_qs << db;
    }
    m_process.start(binaryPath(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_qs.arg(binaryPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || !isRunning()) {
            m_process.waitForFinished(100);
            m_error = u"no URL on stdout (exit code %1): %2"_qs.arg(m_process.exitCode())
                          .arg(QString::fromUtf8(standardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    m_url = QUrl(QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed());
    if (!m_url.isValid() || m_url.scheme() != u"http"_qs) {
        m_error = u"first stdout line is not a URL: %1"_qs.arg(QString::fromUtf8(out));
        return false;
    }
    HttpClient http(m_url);
    http.setTimeout(2000);
    while (!deadline.hasExpired()) {
        if (http.get(u"/api/v1/health"_qs).status == 200)
            return true;
        QThread::msleep(50);
    }
    m_error = u"%1/api/v1/health never answered 200"_qs.arg(m_url.toString());
    return false;
}

bool PlatformProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    standardError();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

int PlatformProcess::addUser(const QString &dataDir, const QString &name, const QStringList &roles,
    const QString &password, QByteArray *output)
{
    QStringList args {u"user"_qs, u"add"_qs, name, u"--data"_qs, dataDir};
    for (const QString &role : roles)
        args << u"--role"_qs << role;
    if (TestPostgres::enabled()) {
        QString error;
        const QString db = TestPostgres::urlForDataDir(dataDir, &error);
        if (db.isEmpty()) {
            if (output)
                *output = error.toUtf8();
            return -1;
        }
        args << u"--db"_qs << db;
    }
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setChildProcessModifier(prepareChild);
    p.start(binaryPath(), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace Kepler::Test
