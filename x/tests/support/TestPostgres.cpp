#include "TestPostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

namespace Kepler::Test::TestPostgres {
namespace {

const char *const kMarker = "test-postgresql-url";
const QString kAdmin = u"kepler-test-postgres-admin"_qs;

QMutex g_mutex;
QStringList g_created; // database names this process made and has not dropped yet
int g_counter = 0;

QUrl baseUrl()
{
    return QUrl(qEnvironmentVariable("KEPLER_TEST_PG"));
}

void configure(QSqlDatabase &db, const QUrl &url, const QString &database)
{
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
}

// The maintenance database "postgres", where CREATE and DROP DATABASE run.
QSqlDatabase admin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(kAdmin) ? QSqlDatabase::database(kAdmin, false)
                                                     : QSqlDatabase::addDatabase(u"QPSQL"_qs, kAdmin);
    if (!db.isOpen()) {
        configure(db, baseUrl(), u"postgres"_qs);
        if (!db.open() && error)
            *error = u"cannot connect to KEPLER_TEST_PG %1: %2"_qs.arg(
                baseUrl().toString(QUrl::RemovePassword), db.lastError().text());
    }
    return db;
}

void dropNow(const QString &name)
{
    QSqlDatabase db = admin(nullptr);
    if (!db.isOpen())
        return;
    // FORCE: a platform killed by the test may still hold a connection for a moment.
    QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_qs.arg(name));
}

void dropAll()
{
    QStringList names;
    {
        QMutexLocker lock(&g_mutex);
        names.swap(g_created);
    }
    for (const QString &name : names)
        dropNow(name);
    if (QSqlDatabase::contains(kAdmin)) {
        QSqlDatabase::database(kAdmin, false).close();
        QSqlDatabase::removeDatabase(kAdmin);
    }
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

bool enabled()
{
    return qEnvironmentVariable("KEPLER_STORE") == u"postgresql"_qs;
}

QString urlForDataDir(const QString &dataDir, QString *error)
{
    QFile marker(QDir(dataDir).filePath(QString::fromLatin1(kMarker)));
    if (marker.open(QIODevice::ReadOnly))
        return QString::fromUtf8(marker.readAll()).trimmed();
    if (baseUrl().isEmpty()) {
        *error = u"KEPLER_STORE=postgresql needs KEPLER_TEST_PG (run under scripts/with-test-postgres.sh)"_qs;
        return {};
    }
    QSqlDatabase db = admin(error);
    if (!db.isOpen())
        return {};
    QString name;
    {
        QMutexLocker lock(&g_mutex);
        name = u"kepler_t%1_%2"_qs.arg(QCoreApplication::applicationPid()).arg(++g_counter);
        if (g_created.isEmpty())
            qAddPostRoutine(dropAll);
        g_created.append(name);
    }
    QSqlQuery q(db);
    if (!q.exec(
            u"CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' STRATEGY FILE_COPY"_qs.arg(
                name))) {
        *error = u"CREATE DATABASE %1: %2"_qs.arg(name, q.lastError().text());
        return {};
    }
    QUrl url = baseUrl();
    url.setPath(u'/' + name);
    const QString text = url.toString();
    QDir().mkpath(dataDir);
    if (!marker.open(QIODevice::WriteOnly) || marker.write(text.toUtf8()) < 0) {
        *error = u"cannot write %1"_qs.arg(marker.fileName());
        return {};
    }
    return text;
}

void release(const QString &dataDir)
{
    QFile marker(QDir(dataDir).filePath(QString::fromLatin1(kMarker)));
    if (!marker.open(QIODevice::ReadOnly))
        return;
    const QString name = databaseOf(QString::fromUtf8(marker.readAll()).trimmed());
    {
        QMutexLocker lock(&g_mutex);
        if (!g_created.removeOne(name))
            return;
    }
    dropNow(name);
}

QString openConnection(const QString &dataDir, const QString &connectionName)
{
    if (!enabled())
        return {};
    QString error;
    const QString url = urlForDataDir(dataDir, &error);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, connectionName);
    configure(db, QUrl(url), databaseOf(url));
    return connectionName;
}

} // namespace Kepler::Test::TestPostgres
