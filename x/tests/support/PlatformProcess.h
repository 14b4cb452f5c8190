#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace Kepler::Test {

// A real kepler-platform child process on 127.0.0.1 and a free port, with its data in a temporary
// directory (or one you choose). Typical use:
//     PlatformProcess p;
//     QVERIFY2(p.start({u"--demo"_qs}), qPrintable(p.errorString()));
//     HttpClient http(p.url());
// The destructor stops the process (SIGTERM, then SIGKILL) and removes the temporary directory.
class PlatformProcess
{
public:
    // With --demo and no --demo-skus: the catalog size tests get (the demo's own is 100,000).
    static constexpr int DefaultTestSkus = 2000;

    PlatformProcess();
    ~PlatformProcess();
    PlatformProcess(const PlatformProcess &) = delete;
    PlatformProcess &operator=(const PlatformProcess &) = delete;

    // Use this data directory instead of a fresh temporary one (e.g. to restart on the same data).
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const;

    // Starts with --data DIR --listen 127.0.0.1:0 plus `arguments`, reads the URL from the first line
    // of stdout and waits until GET /api/v1/health answers 200. False (see errorString()) otherwise.
    bool start(const QStringList &arguments = {}, int timeoutMs = 60000);
    // SIGTERM and wait; true when the process exited normally with code 0.
    bool stop(int timeoutMs = 15000);
    bool isRunning() const;

    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    QByteArray standardError();
    QProcess &process() { return m_process; }

    // The kepler-platform binary: $KEPLER_PLATFORM_BIN if set, else the one this build made.
    static QString binaryPath();
    // Runs `kepler-platform user add NAME --role R... --data DIR` with the password on stdin;
    // returns the exit code and leaves stdout+stderr in *output.
    static int addUser(const QString &dataDir, const QString &name, const QStringList &roles,
        const QString &password, QByteArray *output = nullptr);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace Kepler::Test
