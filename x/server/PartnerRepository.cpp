#include "PartnerRepository.h"

#include "DatabaseError.h"
#include "Sql.h"

#include "domain/PartnerGroup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::PartnerRepository {
namespace {

// The group's values come along (LEFT JOIN), so every partner read carries its effectiveQuota.
const QString kColumns = u"p.id, p.name, p.name_en, p.mode, p.scenario, p.status, p.contact_name, "
                         u"p.contact_email, p.contact_phone, p.commission_bps, p.rate_limit, p.tags, "
                         u"p.created_by, p.created_at, p.updated_by, p.updated_at, p.version, "
                         u"p.group_code, p.daily_order_cap, g.code, g.rate_limit, g.daily_order_cap"_qs;
const QString kFrom = u" FROM partners p LEFT JOIN partner_groups g ON g.code = p.group_code"_qs;

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Partner read(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.nameEn = q.value(2).toString();
    p.mode = partnerModeFromString(q.value(3).toString()).value_or(PartnerMode::Guide);
    p.scenario = q.value(4).toString();
    p.status = partnerStatusFromString(q.value(5).toString()).value_or(PartnerStatus::Applied);
    p.contact = {q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    p.commissionBps = q.value(9).toInt();
    p.rateLimit = optionalInt(q.value(10));
    for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        p.tags.append(tag.toString());
    p.createdBy = q.value(12).toString();
    p.createdAt = fromMs(q.value(13));
    p.updatedBy = q.value(14).toString();
    p.updatedAt = fromMs(q.value(15));
    p.version = q.value(16).toInt();
    p.group = q.value(17).toString();
    p.dailyOrderCap = optionalInt(q.value(18));
    std::optional<PartnerGroup> group;
    if (!q.value(19).isNull())
        group = PartnerGroup {q.value(19).toString(), {}, {}, q.value(20).toInt(), q.value(21).toInt(), 1};
    p.effectiveQuota = effectiveQuotaOf(p, group ? &*group : nullptr);
    return p;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

const QString kInsert
    = u"INSERT INTO partners (name, name_en, mode, scenario, status, contact_name, contact_email, "
      u"contact_phone, commission_bps, group_code, rate_limit, daily_order_cap, tags, created_by, "
      u"created_at, updated_by, updated_at, version) "
      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs;
const QString kUpdate
    = u"UPDATE partners SET name = ?, name_en = ?, mode = ?, scenario = ?, status = ?, contact_name = ?, "
      u"contact_email = ?, contact_phone = ?, commission_bps = ?, group_code = ?, rate_limit = ?, "
      u"daily_order_cap = ?, tags = ?, updated_by = ?, updated_at = ?, version = ? WHERE id = ?"_qs;

QString tagsJson(const QStringList &tags);

QVariantList insertValues(const Partner &p)
{
    return {p.name, p.nameEn, toString(p.mode), p.scenario, toString(p.status), p.contact.name,
        p.contact.email, p.contact.phone, p.commissionBps, Sql::orNull(p.group), Sql::orNull(p.rateLimit),
        Sql::orNull(p.dailyOrderCap), tagsJson(p.tags), p.createdBy, p.createdAt.toMSecsSinceEpoch(),
        p.updatedBy, p.updatedAt.toMSecsSinceEpoch(), p.version};
}

QVariantList updateValues(const Partner &p)
{
    return {p.name, p.nameEn, toString(p.mode), p.scenario, toString(p.status), p.contact.name,
        p.contact.email, p.contact.phone, p.commissionBps, Sql::orNull(p.group), Sql::orNull(p.rateLimit),
        Sql::orNull(p.dailyOrderCap), tagsJson(p.tags), p.updatedBy, p.updatedAt.toMSecsSinceEpoch(),
        p.version, p.id};
}

QString column(const QString &sortField)
{
    static const QHash<QString, QString> columns {
        {u"id"_qs, u"id"_qs},
        {u"name"_qs, u"name"_qs},
        {u"mode"_qs, u"mode"_qs},
        {u"scenario"_qs, u"scenario"_qs},
        {u"status"_qs, u"status"_qs},
        {u"commissionBps"_qs, u"commission_bps"_qs},
        // The effective value, as the list shows it: own override, else the group's, else the platform's.
        {u"rateLimit"_qs,
            u"COALESCE(rate_limit, (SELECT g.rate_limit FROM partner_groups g WHERE g.code = partners.group_code), "_qs
                + QString::number(PlatformQuota::RateLimit) + u')'},
        {u"createdAt"_qs, u"created_at"_qs},
        {u"updatedAt"_qs, u"updated_at"_qs},
    };
    return columns.value(sortField, u"name"_qs);
}

// "col IN (?, ?, ?)" with one placeholder per value, or nothing when the list is empty.
void addAnyOf(const QString &col, const QStringList &values, QStringList *where, QVariantList *params)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks.append(u"?"_qs);
        params->append(v);
    }
    where->append(col + u" IN ("_qs + marks.join(u", "_qs) + u')');
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_qs);
    text.replace(u'%', u"\\%"_qs);
    text.replace(u'_', u"\\_"_qs);
    return text;
}

// WHERE and ORDER BY of a list query, with its parameters.
struct Selection
{
    QString where;
    QString order;
    QVariantList params;
};

Selection selection(const PartnerQuery &query)
{
    QStringList where;
    QVariantList params;
    QStringList modes, statuses;
    for (PartnerMode m : query.modes)
        modes.append(toString(m));
    for (PartnerStatus s : query.statuses)
        statuses.append(toString(s));
    addAnyOf(u"mode"_qs, modes, &where, &params);
    addAnyOf(u"status"_qs, statuses, &where, &params);
    addAnyOf(u"scenario"_qs, query.scenarios, &where, &params);
    addAnyOf(u"group_code"_qs, query.groups, &where, &params);
    if (!query.text.isEmpty()) {
        // LOWER() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        const QString pattern = u'%' + escapeLike(query.text.toLower()) + u'%';
        QStringList any;
        for (const char16_t *col : {u"name", u"name_en", u"contact_name", u"contact_email", u"tags"}) {
            any.append(u"LOWER("_qs + QString::fromUtf16(col) + u") LIKE ? ESCAPE '\\'"_qs);
            params.append(pattern);
        }
        where.append(u'(' + any.join(u" OR "_qs) + u')');
    }
    const QString direction = query.sortDescending ? u" DESC"_qs : u" ASC"_qs;
    QString order = u" ORDER BY "_qs + column(query.sortField) + direction;
    if (query.sortField != u"id"_qs)
        order += u", id"_qs + direction; // ties broken by id, so pages never overlap
    return {where.isEmpty() ? QString() : u" WHERE "_qs + where.join(u" AND "_qs), order, params};
}

} // namespace

qint64 count(const QSqlDatabase &db)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM partners"_qs);
}

std::optional<Partner> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + kFrom + u" WHERE p.id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

KeyPage listKeys(const QSqlDatabase &db, const PartnerQuery &query, qint64 offset)
{
    const Selection s = selection(query);
    KeyPage page;
    page.total = Sql::scalar(db, u"SELECT COUNT(*) FROM partners"_qs + s.where, s.params);
    QVariantList params = s.params;
    params << query.limit << offset;
    QSqlQuery q = Sql::exec(
        db, u"SELECT id, version FROM partners"_qs + s.where + s.order + u" LIMIT ? OFFSET ?"_qs, params);
    while (q.next())
        page.keys.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return page;
}

QList<Partner> findMany(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<Partner> partners;
    if (ids.isEmpty())
        return partners;
    QStringList marks;
    QVariantList params;
    for (qint64 id : ids) {
        marks.append(u"?"_qs);
        params.append(id);
    }
    QSqlQuery q = Sql::exec(
        db, u"SELECT "_qs + kColumns + kFrom + u" WHERE p.id IN ("_qs + marks.join(u", "_qs) + u')', params);
    while (q.next())
        partners.append(read(q));
    return partners;
}

QList<Partner> listAll(const QSqlDatabase &db, const PartnerQuery &query)
{
    // The selection names partners' columns unqualified, which the group join would make
    // ambiguous: order the ids on partners alone, read the rows joined, put them in that order.
    const Selection s = selection(query);
    QSqlQuery ids = Sql::exec(db, u"SELECT id FROM partners"_qs + s.where + s.order, s.params);
    QList<qint64> order;
    while (ids.next())
        order.append(ids.value(0).toLongLong());
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns + kFrom + u" WHERE p.id IN (SELECT id FROM partners"_qs + s.where + u')',
        s.params);
    QHash<qint64, Partner> byId;
    byId.reserve(order.size());
    while (q.next()) {
        Partner p = read(q);
        byId.insert(p.id, std::move(p));
    }
    QList<Partner> partners;
    partners.reserve(order.size());
    for (qint64 id : std::as_const(order))
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            partners.append(*it);
    return partners;
}

qint64 insert(const QSqlDatabase &db, const Partner &p)
{
    return Sql::scalar(db, kInsert, insertValues(p));
}

void update(const QSqlDatabase &db, const Partner &p)
{
    Sql::exec(db, kUpdate, updateValues(p));
}

Writer::Writer(const QSqlDatabase &db)
    : m_insert(db, kInsert)
    , m_update(db, kUpdate)
{
}

qint64 Writer::insert(const Partner &p)
{
    QSqlQuery &q = m_insert.run(insertValues(p));
    if (!q.next())
        throw DatabaseError(u"no id from: "_qs + kInsert, false);
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // the statement is run again for the next row
    return id;
}

void Writer::update(const Partner &p)
{
    m_update.run(updateValues(p));
}

} // namespace Kepler::Server::PartnerRepository
