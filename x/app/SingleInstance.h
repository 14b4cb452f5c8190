#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Kepler {

// One console per profile (KeePassXC and the Nextcloud client do the same): the first start
// listens on a local socket named after the profile; a later start with the same profile asks it
// to bring its window forward and then ends. The socket lives in the user's runtime folder, so
// other users' consoles never meet it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process serves the profile
        Activated, // another process serves it and was asked to come forward
        Unresponsive, // another process holds the socket but did not answer
    };

    explicit SingleInstance(const QString &profileKey, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Asks a running console with the same profile to come forward, or becomes that console.
    Role claim();
    QString socketPath() const { return m_socketPath; }

    // The socket's path for a profile key: a hash of it under the runtime folder (short enough
    // for a Unix socket name, and no profile path leaks into /run/user).
    static QString socketPathFor(const QString &profileKey);

Q_SIGNALS:
    void activationRequested();

private:
    bool askToActivate(QLocalSocket &socket);
    bool listen();

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};

} // namespace Kepler
