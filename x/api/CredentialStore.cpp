#include "CredentialStore.h"

#include "ApiLogging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace Kepler {

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultServiceName(), parent)
{
}

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultServiceName()
{
    return u"kepler-console"_qs;
}

QString CredentialStore::sessionOnlyNotice()
{
    return tr("Your sign-in will not be remembered: no system keychain is available.");
}

void CredentialStore::setSessionOnly()
{
    enterSessionOnly(u"chosen by the caller"_qs);
}

void CredentialStore::enterSessionOnly(const QString &reason)
{
    if (m_sessionOnly)
        return;
    qCWarning(lcApi).noquote() << "keychain unavailable, keeping tokens for this session only:" << reason;
    m_sessionOnly = true;
    Q_EMIT sessionOnlyChanged(true);
}

void CredentialStore::saveToken(const QString &profileKey, const QString &token)
{
    m_memory.insert(profileKey, token);
    if (m_sessionOnly) {
        finishInMemory(Operation::Save, profileKey);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(profileKey);
    job->setTextData(token);
    run(Operation::Save, profileKey, job);
}

void CredentialStore::loadToken(const QString &profileKey)
{
    if (m_sessionOnly) {
        finishInMemory(Operation::Load, profileKey);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(profileKey);
    run(Operation::Load, profileKey, job);
}

void CredentialStore::removeToken(const QString &profileKey)
{
    m_memory.remove(profileKey);
    if (m_sessionOnly) {
        finishInMemory(Operation::Remove, profileKey);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(profileKey);
    run(Operation::Remove, profileKey, job);
}

void CredentialStore::run(Operation operation, const QString &profileKey, QKeychain::Job *job)
{
    // Never let QtKeychain write into QSettings when the real keychain is missing.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    // The job is not parented: a hung job must not be deleted under a pending D-Bus call. Whichever
    // comes first — the answer or the timer — wins; the other is ignored.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    QPointer<QKeychain::Job> guardedJob(job);
    connect(job, &QKeychain::Job::finished, this, [this, operation, profileKey, timer](QKeychain::Job *done) {
        if (!timer->isActive())
            return; // already timed out
        timer->stop();
        timer->deleteLater();
        onJobFinished(operation, profileKey, done);
    });
    connect(timer, &QTimer::timeout, this, [this, operation, profileKey, timer, guardedJob] {
        timer->deleteLater();
        if (guardedJob)
            disconnect(guardedJob, nullptr, this, nullptr);
        onJobFailed(operation, profileKey, tr("The system keychain did not answer in time."));
    });
    timer->start(m_timeoutMs);
    job->start();
}

void CredentialStore::onJobFinished(Operation operation, const QString &profileKey, QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (operation) {
        case Operation::Save:
            Q_EMIT tokenSaved(profileKey);
            return;
        case Operation::Load: {
            const QString token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            m_memory.insert(profileKey, token);
            Q_EMIT tokenLoaded(profileKey, token);
            return;
        }
        case Operation::Remove:
            Q_EMIT tokenRemoved(profileKey);
            return;
        }
    }
    if (error == QKeychain::EntryNotFound) {
        // The keychain works; there is just nothing stored under this profile.
        if (operation == Operation::Load)
            Q_EMIT tokenMissing(profileKey);
        else if (operation == Operation::Remove)
            Q_EMIT tokenRemoved(profileKey);
        else
            onJobFailed(operation, profileKey, job->errorString());
        return;
    }
    onJobFailed(operation, profileKey, job->errorString());
}

void CredentialStore::onJobFailed(Operation operation, const QString &profileKey, const QString &reason)
{
    qCWarning(lcApi).noquote() << "keychain" << m_serviceName << "failed:" << reason;
    enterSessionOnly(reason);
    if (operation == Operation::Remove) {
        // Forgotten here, but the keychain may still hold it: the user should know.
        Q_EMIT failed(profileKey, tr("The sign-in could not be removed from the system keychain."));
        return;
    }
    finishInMemory(operation, profileKey);
}

void CredentialStore::finishInMemory(Operation operation, const QString &profileKey)
{
    // Queued, so that every outcome arrives from the event loop, as the keychain's answers do.
    QMetaObject::invokeMethod(
        this,
        [this, operation, profileKey] {
            switch (operation) {
            case Operation::Save:
                Q_EMIT tokenSaved(profileKey);
                return;
            case Operation::Load: {
                const auto it = m_memory.constFind(profileKey);
                if (it != m_memory.constEnd())
                    Q_EMIT tokenLoaded(profileKey, *it);
                else
                    Q_EMIT tokenMissing(profileKey);
                return;
            }
            case Operation::Remove:
                Q_EMIT tokenRemoved(profileKey);
                return;
            }
        },
        Qt::QueuedConnection);
}

} // namespace Kepler
