#pragma once

#include "domain/Partner.h"
#include "domain/PartnerQuery.h"

#include "Sql.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Partners in the partners table (tags as a JSON array in a TEXT column).
namespace PartnerRepository {

struct Key
{
    qint64 id = 0;
    int version = 0;
};

struct KeyPage
{
    QList<Key> keys;
    qint64 total = 0;
};

qint64 count(const QSqlDatabase &db);
std::optional<Partner> find(const QSqlDatabase &db, qint64 id);
// Ids and versions of the partners the query selects, filtered and sorted as it says, skipping
// `offset` rows, at most query.limit; the JSON comes from PartnerJsonCache or findMany().
KeyPage listKeys(const QSqlDatabase &db, const PartnerQuery &query, qint64 offset);
QList<Partner> findMany(const QSqlDatabase &db, const QList<qint64> &ids);
// Every partner the query selects (filters and sort; cursor and limit ignored): CSV export and import.
QList<Partner> listAll(const QSqlDatabase &db, const PartnerQuery &query);
qint64 insert(const QSqlDatabase &db, const Partner &partner);
// Writes every editable field, status and the updated stamps, and stores partner.version.
void update(const QSqlDatabase &db, const Partner &partner);

// insert()/update() with statements prepared once, for many rows in one transaction.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    qint64 insert(const Partner &partner);
    void update(const Partner &partner);

private:
    Sql::Prepared m_insert;
    Sql::Prepared m_update;
};

} // namespace PartnerRepository

} // namespace Kepler::Server
