#include "AuditEvent.h"

#include "domain/Partner.h"

namespace Kepler::Server {

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject {
        {u"id"_qs, id},
        {u"at"_qs, toIsoUtc(at)},
        {u"actor"_qs, actor},
        {u"action"_qs, action},
        {u"entityType"_qs, entityType},
        {u"entityId"_qs, entityId},
        {u"before"_qs, before},
        {u"after"_qs, after},
        {u"requestId"_qs, requestId},
        {u"details"_qs, details},
    };
}

} // namespace Kepler::Server
