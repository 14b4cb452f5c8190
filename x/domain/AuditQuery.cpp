#include "AuditQuery.h"

#include "Partner.h"

namespace Kepler {

QUrlQuery AuditQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(limit));
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(u"cursor"_qs, cursor);
    add(u"entityType"_qs, entityType);
    add(u"entityId"_qs, entityId);
    add(u"actor"_qs, actor);
    add(u"action"_qs, action);
    if (from.isValid())
        add(u"from"_qs, toIsoUtc(from));
    if (to.isValid())
        add(u"to"_qs, toIsoUtc(to));
    return q;
}

AuditQuery AuditQuery::fromUrlQuery(const QUrlQuery &query, FieldErrors *errors)
{
    AuditQuery r;
    const auto value = [&](const char16_t *key) {
        return query.queryItemValue(QString::fromUtf16(key), QUrl::FullyDecoded).trimmed();
    };
    if (query.hasQueryItem(u"limit"_qs)) {
        bool ok = false;
        const int limit = value(u"limit").toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            errors->append({u"limit"_qs, u"out_of_range"_qs, u"must be between 1 and %1"_qs.arg(MaxLimit)});
        else
            r.limit = limit;
    }
    r.cursor = value(u"cursor");
    r.entityType = value(u"entityType");
    r.entityId = value(u"entityId");
    if (const QString entity = value(u"entity"); !entity.isEmpty()) {
        const qsizetype colon = entity.indexOf(u':');
        r.entityType = colon < 0 ? entity : entity.left(colon);
        r.entityId = colon < 0 ? QString() : entity.mid(colon + 1);
    }
    r.actor = value(u"actor");
    r.action = value(u"action");
    const std::pair<const char16_t *, QString *> texts[] = {{u"entityType", &r.entityType},
        {u"entityId", &r.entityId}, {u"actor", &r.actor}, {u"action", &r.action}};
    for (const auto &[key, text] : texts)
        if (text->size() > MaxTextLength)
            errors->append({QString::fromUtf16(key), u"too_long"_qs,
                u"must have at most %1 characters"_qs.arg(MaxTextLength)});
    const std::pair<const char16_t *, QDateTime *> times[] = {{u"from", &r.from}, {u"to", &r.to}};
    for (const auto &[key, time] : times) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        *time = fromIsoUtc(text);
        if (!time->isValid())
            errors->append({QString::fromUtf16(key), u"invalid_value"_qs,
                u"must be an ISO-8601 time such as 2026-11-25T08:00:00Z"_qs});
    }
    if (r.from.isValid() && r.to.isValid() && r.to <= r.from)
        errors->append({u"to"_qs, u"out_of_range"_qs, u"must be later than from"_qs});
    return r;
}

QString AuditQuery::selectionKey() const
{
    return QStringList {entityType, entityId, actor, action, from.isValid() ? toIsoUtc(from) : QString(),
        to.isValid() ? toIsoUtc(to) : QString()}
        .join(u'\n');
}

} // namespace Kepler
