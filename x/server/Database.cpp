#include "Database.h"

#include "DatabaseError.h"
#include "Logging.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <unordered_map>

namespace Kepler::Server {
namespace {
QAtomicInt g_instances;

// This thread's kept statements, by connection name and SQL. Destroyed with the thread, while its
// connections are still registered (only closeConnection() removes them, after dropping these).
thread_local std::unordered_map<QString, std::unique_ptr<Sql::Prepared>> t_prepared;
} // namespace

Database::Database(QString driver, QString databaseName)
    : m_driver(std::move(driver))
    , m_databaseName(std::move(databaseName))
    , m_instance(g_instances.fetchAndAddRelaxed(1))
{
    m_url.driver = m_driver;
    m_url.databaseName = m_databaseName;
}

Database::Database(const DatabaseUrl &url)
    : m_driver(url.driver)
    , m_databaseName(url.databaseName)
    , m_url(url)
    , m_instance(g_instances.fetchAndAddRelaxed(1))
{
}

Database::~Database() = default;

QString Database::engine() const
{
    return isSqlite() ? u"sqlite"_qs : u"postgresql"_qs;
}

QString Database::connectionName() const
{
    return u"kepler-%1-%2"_qs.arg(m_instance).arg(quintptr(QThread::currentThreadId()));
}

QSqlDatabase Database::open(const QString &name, const QString &databaseName)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_driver, name);
    db.setDatabaseName(databaseName);
    if (isSqlite()) {
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setConnectOptions(m_url.connectOptions);
    }
    if (!db.open()) {
        const QString message = db.lastError().text();
        qCWarning(lcServer) << "cannot open database" << m_url.display() << message;
        throw DatabaseError(message, true);
    }
    qCDebug(lcServer) << "opened connection" << name;
    return db;
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    const bool fresh = !QSqlDatabase::contains(name) || !QSqlDatabase::database(name, false).isOpen();
    QSqlDatabase db = open(name, m_databaseName);
    if (fresh)
        configure(db);
    return db;
}

QSqlDatabase Database::ephemeralConnection()
{
    if (!isSqlite())
        return connection();
    const QString name = connectionName() + u"-ephemeral"_qs;
    const bool fresh = !QSqlDatabase::contains(name) || !QSqlDatabase::database(name, false).isOpen();
    QString file = m_databaseName;
    if (file != u":memory:"_qs) {
        if (file.endsWith(u".db"_qs))
            file.chop(3);
        file += u"-ephemeral.db"_qs;
    }
    QSqlDatabase db = open(name, file);
    if (fresh) {
        if (file != u":memory:"_qs)
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Sql::exec(db, u"PRAGMA journal_mode=WAL"_qs);
        Sql::exec(db, u"PRAGMA synchronous=OFF"_qs);
        Sql::exec(db,
            u"CREATE TABLE IF NOT EXISTS used_nonces (app_key TEXT NOT NULL, nonce TEXT NOT NULL, "
            u"seen_at BIGINT NOT NULL, UNIQUE (app_key, nonce))"_qs);
        Sql::exec(db, u"CREATE INDEX IF NOT EXISTS used_nonces_seen ON used_nonces(seen_at)"_qs);
        // SharedRateLimiter's buckets (PostgreSQL: migration 12, an UNLOGGED table).
        Sql::exec(db,
            u"CREATE TABLE IF NOT EXISTS rate_buckets (bucket TEXT NOT NULL PRIMARY KEY, "
            u"tat_us BIGINT NOT NULL, taken INTEGER NOT NULL)"_qs);
    }
    return db;
}

void Database::configure(QSqlDatabase &db)
{
    if (!isSqlite()) {
        configurePostgres(db);
        return;
    }
    // The file holds password hashes and session hashes: owner only. SQLite gives the -wal and
    // -shm files the same permissions as the database file.
    QFile::setPermissions(m_databaseName, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // WAL lets readers run beside the one writer; FULL makes a committed write survive power
    // loss (NORMAL would only survive a crash of the process).
    Sql::exec(db, u"PRAGMA journal_mode=WAL"_qs);
    Sql::exec(db, u"PRAGMA synchronous=FULL"_qs);
    Sql::exec(db, u"PRAGMA foreign_keys=ON"_qs);
    // Reads through a memory map share the OS page cache across connections and skip a read()
    // system call per page: a keyword page reads thousands of rows at random places of a 1M-SKU
    // catalog, which SQLite's default 2 MB cache per connection turned into disk reads.
    Sql::exec(db, u"PRAGMA mmap_size=2147483648"_qs);
    Sql::exec(db, u"PRAGMA cache_size=-32768"_qs);
}

void Database::configurePostgres(QSqlDatabase &db)
{
    // The SQL relies on SQLite's text rules: lower() changes ASCII letters only (the catalog's
    // keyword rule, the partner search) and text sorts by its bytes. PostgreSQL behaves so in a
    // database whose LC_CTYPE and LC_COLLATE are C; any other locale folds and sorts differently,
    // and the same request would answer differently on the two stores. docs/operations.md says how
    // to create the database.
    QSqlQuery q = Sql::exec(db,
        u"SELECT datcollate, datctype, pg_encoding_to_char(encoding) FROM pg_database "
        u"WHERE datname = current_database()"_qs);
    if (!q.next())
        throw DatabaseError(u"cannot read the database's locale"_qs, false);
    const auto isC = [](const QString &locale) {
        return locale == u"C"_qs || locale == u"POSIX"_qs;
    };
    if (!isC(q.value(0).toString()) || !isC(q.value(1).toString()) || q.value(2).toString() != u"UTF8"_qs)
        throw DatabaseError(
            u"the PostgreSQL database %1 has LC_COLLATE %2, LC_CTYPE %3, encoding %4; Kepler needs C, C "
            u"and UTF8: CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' OWNER <role>"_qs.arg(
                m_databaseName, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
            false);
    q.finish();
    // Times are BIGINT milliseconds, so the session's time zone never shows; UTC keeps it so if a
    // timestamp function ever slips in.
    Sql::exec(db, u"SET TIME ZONE 'UTC'"_qs);
    Sql::exec(db, u"SET application_name = 'kepler-platform'"_qs);
}

Sql::Prepared &Database::preparedEphemeral(const QString &sql)
{
    QSqlDatabase db = ephemeralConnection();
    const QString key = db.connectionName() + u'\n' + sql;
    auto it = t_prepared.find(key);
    if (it == t_prepared.end())
        it = t_prepared.emplace(key, std::make_unique<Sql::Prepared>(db, sql)).first;
    return *it->second;
}

void Database::forgetPrepared(const QString &sql)
{
    t_prepared.erase(ephemeralConnection().connectionName() + u'\n' + sql);
}

void Database::closeConnection()
{
    const QString mine = connectionName();
    for (auto it = t_prepared.begin(); it != t_prepared.end();)
        it = it->first.startsWith(mine) ? t_prepared.erase(it) : std::next(it);
    for (const QString &name : QStringList {connectionName(), connectionName() + u"-ephemeral"_qs}) {
        if (!QSqlDatabase::contains(name))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QStringList Database::beginStatements(bool write) const
{
    if (isSqlite())
        return {write ? beginWriteStatement() : u"BEGIN"_qs};
    if (!write)
        return {u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_qs};
    return {u"BEGIN"_qs, u"SELECT pg_advisory_xact_lock(%1)"_qs.arg(WriteLockKey)};
}

QString Database::beginWriteStatement() const
{
    // A deferred SQLite transaction that reads first and writes later can fail with SQLITE_BUSY
    // without waiting; IMMEDIATE takes the write lock up front and honours the busy timeout.
    return isSqlite() ? u"BEGIN IMMEDIATE"_qs : u"BEGIN"_qs;
}

QString Database::identityColumn() const
{
    return isSqlite() ? u"id INTEGER PRIMARY KEY AUTOINCREMENT"_qs
                      : u"id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_qs;
}

} // namespace Kepler::Server
