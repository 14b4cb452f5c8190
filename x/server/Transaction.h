#pragma once

#include <QSqlDatabase>

class QMutex;

namespace Kepler::Server {

class Database;

// A transaction on this thread's connection, rolled back unless commit() ran, so an early
// return or an exception never leaves half a write (or a write without its audit event).
class Transaction
{
public:
    enum class Kind { Read, Write };

    Transaction(Database &database, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    QSqlDatabase &db() { return m_db; }
    void commit();

private:
    QSqlDatabase m_db;
    QMutex *m_writeLock = nullptr; // held from BEGIN to COMMIT/ROLLBACK of a SQLite write
    bool m_open = false;
};

} // namespace Kepler::Server
