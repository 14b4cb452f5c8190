#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace Kepler {

// Runs `kepler-platform --demo` as a child on 127.0.0.1 and a free port, with its data under
// the user's data folder, and reports the URL it printed. The child dies with the console.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // Where kepler-platform is: an explicit path, $KEPLER_PLATFORM, next to the console, or PATH.
    static QString findPlatform(const QString &explicitPath = {});
    static QString defaultDataDir();

    // partners != 0 passes --demo-partners N (the platform refuses more than 10,000).
    void start(const QString &platformPath, const QString &dataDir, int partners = 0);
    void stop();
    QUrl url() const { return m_url; }
    QString output() const { return m_stderr; }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    void onStdout();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QUrl m_url;
    QByteArray m_stdoutBuffer;
    QString m_stderr;
    bool m_stopping = false;
};

} // namespace Kepler
