#include "MiniProgramAudit.h"

#include "AuditLog.h"

namespace Kepler::Server::MiniProgramAudit {

void append(const QSqlDatabase &db, const QString &actor, const QString &act,
    const MiniProgramVersion *before, const MiniProgramVersion &after, const QByteArray &requestId,
    QJsonObject details)
{
    details.insert(u"versionId"_qs, after.id);
    details.insert(u"appId"_qs, after.appId);
    details.insert(u"codeVersion"_qs, after.codeVersion);
    if (!details.contains(u"reasonCode"_qs))
        details.insert(u"reasonCode"_qs, after.reasonCode);
    if (!details.contains(u"note"_qs))
        details.insert(u"note"_qs, after.note);
    if (after.grayPercent)
        details.insert(u"grayPercent"_qs, *after.grayPercent);
    AuditLog::append(db,
        {0, {}, actor, u"miniprogram."_qs + act, u"partner"_qs, QString::number(after.partnerId),
            before ? QJsonValue(before->toJson()) : QJsonValue(QJsonValue::Null), after.toJson(),
            QString::fromLatin1(requestId), details});
}

QString partnerActor(qint64 partnerId)
{
    return u"partner:"_qs + QString::number(partnerId);
}

} // namespace Kepler::Server::MiniProgramAudit
