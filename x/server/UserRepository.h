#pragma once

#include "domain/StaffUser.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

struct UserRecord
{
    StaffUser user;
    QString passwordHash;
};

// Staff accounts in the users table. Every function runs on the caller's connection, inside the
// caller's transaction if there is one.
namespace UserRepository {
qint64 count(const QSqlDatabase &db);
QList<StaffUser> list(const QSqlDatabase &db);
std::optional<UserRecord> find(const QSqlDatabase &db, qint64 id);
std::optional<UserRecord> findByUsername(const QSqlDatabase &db, const QString &username);
qint64 insert(const QSqlDatabase &db, const StaffUser &user, const QString &passwordHash);
// Writes display name, roles and disabled, and bumps the version.
void update(const QSqlDatabase &db, const StaffUser &user);
void setPassword(const QSqlDatabase &db, qint64 id, const QString &passwordHash);
void setLastLogin(const QSqlDatabase &db, qint64 id, qint64 atMs);
} // namespace UserRepository

} // namespace Kepler::Server
