#include "UserRepository.h"

#include "Sql.h"

#include <QSqlQuery>

namespace Kepler::Server::UserRepository {
namespace {

const QString kColumns
    = u"id, username, display_name, roles, disabled, created_at, last_login_at, version, password_hash"_qs;

UserRecord read(const QSqlQuery &q)
{
    UserRecord r;
    r.user.id = q.value(0).toLongLong();
    r.user.username = q.value(1).toString();
    r.user.displayName = q.value(2).toString();
    r.user.roles = rolesFromStrings(q.value(3).toString().split(u',', Qt::SkipEmptyParts));
    r.user.disabled = q.value(4).toInt() != 0;
    r.user.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    if (!q.value(6).isNull())
        r.user.lastLoginAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    r.user.version = q.value(7).toInt();
    r.passwordHash = q.value(8).toString();
    return r;
}

std::optional<UserRecord> one(const QSqlDatabase &db, const QString &where, const QVariant &value)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM users WHERE "_qs + where, {value});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace

qint64 count(const QSqlDatabase &db)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM users"_qs);
}

QList<StaffUser> list(const QSqlDatabase &db)
{
    QList<StaffUser> users;
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM users ORDER BY username"_qs);
    while (q.next())
        users.append(read(q).user);
    return users;
}

std::optional<UserRecord> find(const QSqlDatabase &db, qint64 id)
{
    return one(db, u"id = ?"_qs, id);
}

std::optional<UserRecord> findByUsername(const QSqlDatabase &db, const QString &username)
{
    return one(db, u"username = ?"_qs, username);
}

qint64 insert(const QSqlDatabase &db, const StaffUser &user, const QString &passwordHash)
{
    return Sql::scalar(db,
        u"INSERT INTO users (username, display_name, password_hash, roles, disabled, created_at, "
        u"version) VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id"_qs,
        {user.username, user.displayName, passwordHash, rolesToStrings(user.roles).join(u','),
            user.disabled ? 1 : 0, user.createdAt.toMSecsSinceEpoch()});
}

void update(const QSqlDatabase &db, const StaffUser &user)
{
    Sql::exec(db,
        u"UPDATE users SET display_name = ?, roles = ?, disabled = ?, version = version + 1 "
        u"WHERE id = ?"_qs,
        {user.displayName, rolesToStrings(user.roles).join(u','), user.disabled ? 1 : 0, user.id});
}

void setPassword(const QSqlDatabase &db, qint64 id, const QString &passwordHash)
{
    Sql::exec(
        db, u"UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?"_qs, {passwordHash, id});
}

void setLastLogin(const QSqlDatabase &db, qint64 id, qint64 atMs)
{
    Sql::exec(db, u"UPDATE users SET last_login_at = ? WHERE id = ?"_qs, {atMs, id});
}

} // namespace Kepler::Server::UserRepository
