#include "UserAddCommand.h"

#include "AuditLog.h"
#include "Database.h"
#include "DatabaseError.h"
#include "Migrations.h"
#include "PasswordHasher.h"
#include "PlatformOptions.h"
#include "StaffUserInput.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace Kepler::Server::UserAddCommand {
namespace {

int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << "kepler-platform user add: " << message << Qt::endl;
    return code;
}

QString readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

int run(const PlatformOptions &options)
{
    StaffUser user;
    user.username = options.userName;
    if (!isValidUsername(user.username))
        return fail(
            u"'%1' is not a valid username (lowercase letters, digits, '.', '_', '-'; 3-32; starting with "
            u"a letter)"_qs.arg(user.username));
    QStringList unknown;
    user.roles = rolesFromStrings(options.roles, &unknown);
    if (!unknown.isEmpty() || !user.roles)
        return fail(u"give at least one --role of operator, reviewer, manager, admin"_qs);
    user.displayName = options.displayName.isEmpty() ? user.username : options.displayName;
    const QString password = readPasswordLine();
    if (!StaffUserInput::isAcceptablePassword(password))
        return fail(u"the password (one line on stdin) must have 8 to 256 characters"_qs);

    const DatabaseUrl url = options.database();
    if (!url.isPostgres() && !QDir().mkpath(options.dataDir))
        return fail(u"cannot create %1"_qs.arg(options.dataDir), 1);
    try {
        Database database(url);
        Migrations::migrate(database);
        const QString hash = PasswordHasher::hash(password);
        user.createdAt = QDateTime::currentDateTimeUtc();
        {
            Transaction tx(database, Transaction::Kind::Write);
            if (UserRepository::findByUsername(tx.db(), user.username))
                return fail(u"user '%1' exists already"_qs.arg(user.username), 1);
            user.id = UserRepository::insert(tx.db(), user, hash);
            AuditLog::append(tx.db(),
                {0, {}, u"cli"_qs, u"user.create"_qs, u"user"_qs, QString::number(user.id), QJsonValue::Null,
                    user.toJson(), u"cli"_qs});
            tx.commit();
        }
        database.closeConnection();
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()), 1);
    }
    QTextStream(stdout) << "created user " << user.username << " (id " << user.id << ") with roles "
                        << rolesToStrings(user.roles).join(u", "_qs) << Qt::endl;
    return 0;
}

} // namespace Kepler::Server::UserAddCommand
