#include "ReviewDetail.h"

#include "MiniProgramRepository.h"
#include "PartnerRepository.h"

#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::ReviewDetail {

QJsonObject toJson(const QSqlDatabase &db, const ReviewQueueItem &item)
{
    QJsonObject out = item.toJson();
    if (const auto partner = PartnerRepository::find(db, item.partnerId))
        out.insert(u"partner"_qs, partner->toJson());
    if (item.kind != ReviewItemKind::MiniProgramSubmission)
        return out;
    const auto rowId = ReviewQueueItem::parseId(item.id)->second;
    const QList<MiniProgramVersion> versions = MiniProgramRepository::versionsOfApp(db, item.appId);
    QJsonArray others;
    for (const MiniProgramVersion &v : versions) {
        if (v.id == rowId)
            out.insert(u"submission"_qs, v.toJson());
        else
            others.append(v.toJson());
    }
    const auto live = liveRelease(versions, item.appId);
    // The submission is compared with what users see now; when it is itself live, with what was
    // live before it.
    std::optional<MiniProgramVersion> compareWith = live;
    if (live && live->id == rowId)
        compareWith = previousRelease(versions, *live);
    out.insert(
        u"liveRelease"_qs, compareWith ? QJsonValue(compareWith->toJson()) : QJsonValue(QJsonValue::Null));
    out.insert(u"versions"_qs, others);
    if (const auto app = MiniProgramRepository::findApp(db, item.appId))
        out.insert(u"app"_qs, app->toJson());
    return out;
}

QByteArray etag(const ReviewQueueItem &item)
{
    return partnerEtag(item.version);
}

} // namespace Kepler::Server::ReviewDetail
