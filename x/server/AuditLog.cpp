#include "AuditLog.h"

#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::AuditLog {
namespace {

QVariant toText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue fromText(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

const QString kInsertEvent
    = u"INSERT INTO audit_events (at, actor, action, entity_type, entity_id, before_json, after_json, "
      u"request_id, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs;

QVariantList eventValues(const AuditEvent &e)
{
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    return {at.toMSecsSinceEpoch(), e.actor, e.action, e.entityType, e.entityId, toText(e.before),
        toText(e.after), e.requestId, toText(e.details)};
}

QString selectEvents()
{
    return u"SELECT id, at, actor, action, entity_type, entity_id, before_json, after_json, "
           u"request_id, details_json FROM audit_events"_qs;
}

AuditEvent readEvent(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entityType = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.before = fromText(q.value(6));
    e.after = fromText(q.value(7));
    e.requestId = q.value(8).toString();
    e.details = fromText(q.value(9));
    return e;
}

} // namespace

void append(const QSqlDatabase &db, const AuditEvent &e)
{
    Sql::exec(db, kInsertEvent, eventValues(e));
}

Writer::Writer(const QSqlDatabase &db)
    : m_insert(db, kInsertEvent)
{
}

void Writer::append(const AuditEvent &e)
{
    m_insert.run(eventValues(e));
}

Page list(const QSqlDatabase &db, const AuditQuery &query, qint64 beforeId, int limit)
{
    QStringList where;
    QVariantList params;
    const auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        params.append(value);
    };
    if (!query.entityType.isEmpty())
        add(u"entity_type = ?"_qs, query.entityType);
    if (!query.entityId.isEmpty())
        add(u"entity_id = ?"_qs, query.entityId);
    if (!query.actor.isEmpty())
        add(u"actor = ?"_qs, query.actor);
    // A prefix ("partner.") is a range, not LIKE: no escaping of '_' and '%' to get wrong.
    if (query.actionIsPrefix()) {
        add(u"action >= ?"_qs, query.action);
        add(u"action < ?"_qs, QString(query.action.chopped(1) + QChar(u'.' + 1)));
    } else if (!query.action.isEmpty()) {
        add(u"action = ?"_qs, query.action);
    }
    if (query.from.isValid())
        add(u"at >= ?"_qs, query.from.toMSecsSinceEpoch());
    if (query.to.isValid())
        add(u"at < ?"_qs, query.to.toMSecsSinceEpoch());
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_qs + where.join(u" AND "_qs);
    Page page;
    page.total = Sql::scalar(db, u"SELECT COUNT(*) FROM audit_events"_qs + whereSql, params);
    QVariantList pageParams = params;
    QString pageWhere = whereSql;
    if (beforeId > 0) {
        pageWhere += (where.isEmpty() ? u" WHERE "_qs : u" AND "_qs) + u"id < ?"_qs;
        pageParams << beforeId;
    }
    pageParams << limit;
    QSqlQuery q = Sql::exec(db, selectEvents() + pageWhere + u" ORDER BY id DESC LIMIT ?"_qs, pageParams);
    while (q.next())
        page.items.append(readEvent(q));
    return page;
}

Page listForEntity(
    const QSqlDatabase &db, const QString &entityType, const QString &entityId, qint64 offset, int limit)
{
    const QString where = u" WHERE entity_type = ? AND entity_id = ?"_qs;
    Page page;
    page.total = Sql::scalar(db, u"SELECT COUNT(*) FROM audit_events"_qs + where, {entityType, entityId});
    QSqlQuery q = Sql::exec(db, selectEvents() + where + u" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"_qs,
        {entityType, entityId, limit, offset});
    while (q.next())
        page.items.append(readEvent(q));
    return page;
}

} // namespace Kepler::Server::AuditLog
