#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlQuery>

namespace Kepler::Server {

Transaction::Transaction(Database &database, Kind kind)
    : m_db(database.connection())
{
    Sql::exec(m_db, kind == Kind::Write ? database.beginWriteStatement() : u"BEGIN"_qs);
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(u"ROLLBACK"_qs))
        qCWarning(lcServer) << "rollback failed";
}

void Transaction::commit()
{
    Sql::exec(m_db, u"COMMIT"_qs);
    m_open = false;
}

} // namespace Kepler::Server
