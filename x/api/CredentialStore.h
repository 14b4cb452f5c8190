#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Kepler {

// Keeps sign-in tokens in the system keychain (QtKeychain: Secret Service, KWallet, ...), one
// entry per profile (e.g. "https://host:8443|operator").
//
// When the keychain fails or does not answer within timeoutMs() — headless machines, a locked
// or missing keyring, a prompt nobody sees — the store switches to session-only mode for the rest
// of the process: tokens live in memory only and are forgotten on exit, isSessionOnly() is true,
// and sessionOnlyChanged(true) lets the UI say so (sessionOnlyNotice()). A token is never written
// to disk in plain text: there is deliberately no QSettings fallback.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit CredentialStore(QObject *parent = nullptr);
    // Another keychain service name: tests use one so they never touch the console's entries.
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultServiceName(); // "kepler-console"
    QString serviceName() const { return m_serviceName; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool isSessionOnly() const { return m_sessionOnly; }
    // E.g. the user chose not to use the keychain; no way back within this process.
    void setSessionOnly();
    static QString sessionOnlyNotice();

    // Each ends with exactly one signal for that profile:
    // save → tokenSaved (in session-only mode too: the token is kept for this run),
    // load → tokenLoaded or tokenMissing, remove → tokenRemoved or failed (the keychain may still
    // hold the token: the UI should tell the user).
    void saveToken(const QString &profileKey, const QString &token);
    void loadToken(const QString &profileKey);
    void removeToken(const QString &profileKey);

Q_SIGNALS:
    void tokenSaved(const QString &profileKey);
    void tokenLoaded(const QString &profileKey, const QString &token);
    void tokenMissing(const QString &profileKey);
    void tokenRemoved(const QString &profileKey);
    void failed(const QString &profileKey, const QString &reason);
    void sessionOnlyChanged(bool sessionOnly);

private:
    enum class Operation { Save, Load, Remove };
    void run(Operation operation, const QString &profileKey, QKeychain::Job *job);
    void onJobFinished(Operation operation, const QString &profileKey, QKeychain::Job *job);
    void onJobFailed(Operation operation, const QString &profileKey, const QString &reason);
    void finishInMemory(Operation operation, const QString &profileKey);
    void enterSessionOnly(const QString &reason);

    QString m_serviceName;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_sessionOnly = false;
    // Tokens of this process: the session-only store, and a copy of what was saved.
    QHash<QString, QString> m_memory;
};

} // namespace Kepler
