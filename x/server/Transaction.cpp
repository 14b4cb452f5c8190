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
        const QStringList begin = database.beginStatements(kind == Kind::Write);
        for (qsizetype i = 0; i < begin.size(); ++i) {
            try {
                Sql::exec(m_db, begin.at(i));
            } catch (...) {
                if (i > 0) // BEGIN ran: do not leave the connection inside a transaction
                    QSqlQuery(m_db).exec(u"ROLLBACK"_qs);
                throw;
            }
        }
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
