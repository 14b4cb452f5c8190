#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Kepler::Server {

struct SessionRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 createdAtMs = 0;
    qint64 lastSeenAtMs = 0;
    qint64 expiresAtMs = 0;
    bool revoked = false;
    QString userAgent; // as the client said at sign-in; may be empty
    QString clientAddress; // the peer that signed in
};

// Bearer sessions, found by the SHA-256 of their token (the token itself is never stored).
namespace SessionRepository {
qint64 insert(const QSqlDatabase &db, const QString &tokenHash, qint64 userId, qint64 nowMs,
    qint64 expiresAtMs, const QString &userAgent, const QString &clientAddress);
std::optional<SessionRecord> findByTokenHash(const QSqlDatabase &db, const QString &tokenHash);
void touch(const QSqlDatabase &db, qint64 id, qint64 nowMs, qint64 expiresAtMs);
void revoke(const QSqlDatabase &db, qint64 id, qint64 nowMs);
int revokeAllForUser(const QSqlDatabase &db, qint64 userId, qint64 nowMs);
// The user's sessions that are neither revoked nor expired at nowMs, newest first.
QList<SessionRecord> listLive(const QSqlDatabase &db, qint64 userId, qint64 nowMs);
std::optional<SessionRecord> find(const QSqlDatabase &db, qint64 id);
} // namespace SessionRepository

} // namespace Kepler::Server
