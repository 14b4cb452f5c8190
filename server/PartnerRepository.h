#pragma once

#include "domain/Partner.h"
#include "domain/PartnerQuery.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Partners in the partners table (tags as a JSON array in a TEXT column).
namespace PartnerRepository {

struct Page
{
    QList<Partner> items;
    qint64 total = 0;
};

qint64 count(const QSqlDatabase &db);
std::optional<Partner> find(const QSqlDatabase &db, qint64 id);
// Filters and sorts as the query says; skips `offset` rows and returns at most query.limit.
Page list(const QSqlDatabase &db, const PartnerQuery &query, qint64 offset);
qint64 insert(const QSqlDatabase &db, const Partner &partner);
// Writes every editable field, status and the updated stamps, and stores partner.version.
void update(const QSqlDatabase &db, const Partner &partner);

} // namespace PartnerRepository

} // namespace Kepler::Server
