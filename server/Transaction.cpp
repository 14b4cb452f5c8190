#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QMutex>
#include <QSqlQuery>

namespace Kepler::Server {

Transaction::Transaction(Database &database, Kind kind)
    : m_db(database.connection())
    , m_writeLock(kind == Kind::Write ? database.writeLock() : nullptr)
{
    if (m_writeLock)
        m_writeLock->lock();
    try {
        Sql::exec(m_db, kind == Kind::Write ? database.beginWriteStatement() : u"BEGIN"_qs);
    } catch (...) {
        if (m_writeLock)
            m_writeLock->unlock();
        throw;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        if (!rollback.exec(u"ROLLBACK"_qs))
            qCWarning(lcServer) << "rollback failed";
    }
    if (m_writeLock)
        m_writeLock->unlock();
}

void Transaction::commit()
{
    Sql::exec(m_db, u"COMMIT"_qs);
    m_open = false;
    if (m_writeLock) {
        m_writeLock->unlock();
        m_writeLock = nullptr;
    }
}

} // namespace Kepler::Server
