#pragma once

#include "domain/MiniProgramVersion.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Kepler::Server {

// Every act on a mini-program lands in its partner's audit trail (entity partner:{id}), so the
// partner's History and the audit page show it: action "miniprogram.<act>", the version before
// and after, and details {versionId, appId, codeVersion, reasonCode, note, grayPercent, ...}.
namespace MiniProgramAudit {
void append(const QSqlDatabase &db, const QString &actor, const QString &act,
    const MiniProgramVersion *before, const MiniProgramVersion &after, const QByteArray &requestId,
    QJsonObject extraDetails = {});
// The audit actor for a partner's own signed call: "partner:12".
QString partnerActor(qint64 partnerId);
} // namespace MiniProgramAudit

} // namespace Kepler::Server
