#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "kepler.app.instance")

namespace Kepler {
namespace {

constexpr int AnswerTimeoutMs = 5000;
const QByteArray ActivateRequest = "activate\n";
const QByteArray ActivatedReply = "activated\n";

} // namespace

SingleInstance::SingleInstance(const QString &profileKey, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPathFor(profileKey))
{
}

SingleInstance::~SingleInstance() = default; // QLocalServer::close() removes the socket file

QString SingleInstance::socketPathFor(const QString &profileKey)
{
    const QByteArray hash
        = QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(u"kepler-console-"_qs + QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::claim()
{
    // Two consoles started at the same moment must not both find no one and both listen: the
    // check and the listen happen under a lock file (QLockFile takes over a dead holder's lock).
    QLockFile lock(m_socketPath + u".lock"_qs);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(AnswerTimeoutMs))
        qCWarning(lcInstance) << "could not take" << lock.fileName() << "- going on without it";

    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (socket.waitForConnected(AnswerTimeoutMs))
        return askToActivate(socket) ? Role::Activated : Role::Unresponsive;
    // Nobody answers: a socket file left there belongs to a console that died (SIGKILL, crash).
    if (QFileInfo::exists(m_socketPath))
        qCInfo(lcInstance) << "removing the stale socket" << m_socketPath;
    QLocalServer::removeServer(m_socketPath);
    listen(); // without the socket this console still runs; a second start then runs beside it
    return Role::Primary;
}

bool SingleInstance::askToActivate(QLocalSocket &socket)
{
    socket.write(ActivateRequest);
    if (!socket.waitForBytesWritten(AnswerTimeoutMs))
        return false;
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(AnswerTimeoutMs))
        reply += socket.readAll();
    return reply == ActivatedReply;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        qCWarning(lcInstance) << "cannot listen on" << m_socketPath << m_server->errorString();
        return false;
    }
    qCInfo(lcInstance) << "serving this profile on" << m_socketPath;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() != ActivateRequest) {
                    socket->disconnectFromServer();
                    return;
                }
                qCInfo(lcInstance) << "a second start with this profile: bringing the window forward";
                Q_EMIT activationRequested();
                socket->write(ActivatedReply);
                socket->flush();
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace Kepler
