#include "PartnerGroupRepository.h"

#include "Sql.h"

#include <QSqlQuery>

namespace Kepler::Server::PartnerGroupRepository {
namespace {

const QString kSelect
    = u"SELECT code, name, name_en, rate_limit, daily_order_cap, version FROM partner_groups"_qs;

PartnerGroup read(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
        q.value(4).toInt(), q.value(5).toInt()};
}

} // namespace

QList<PartnerGroup> list(const QSqlDatabase &db)
{
    QList<PartnerGroup> groups;
    QSqlQuery q = Sql::exec(db, kSelect + u" ORDER BY code"_qs);
    while (q.next())
        groups.append(read(q));
    return groups;
}

std::optional<PartnerGroup> find(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q = Sql::exec(db, kSelect + u" WHERE code = ?"_qs, {code});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void update(const QSqlDatabase &db, const PartnerGroup &g)
{
    Sql::exec(db,
        u"UPDATE partner_groups SET name = ?, name_en = ?, rate_limit = ?, daily_order_cap = ?, version = ? "
        u"WHERE code = ?"_qs,
        {g.name, g.nameEn, g.rateLimit, g.dailyOrderCap, g.version, g.code});
}

qint64 stamp(const QSqlDatabase &db)
{
    return Sql::scalar(db, u"SELECT COALESCE(SUM(version), 0) FROM partner_groups"_qs);
}

} // namespace Kepler::Server::PartnerGroupRepository
