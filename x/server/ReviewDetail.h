#pragma once

#include "domain/ReviewQueueItem.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Kepler::Server {

// GET /api/v1/reviews/{id} and the answers of the acts on an item: the queue row plus what a
// reviewer reads before deciding (docs/reviews.md): the partner; for a submission the version,
// the app's live release to compare against and the app's other versions.
namespace ReviewDetail {
QJsonObject toJson(const QSqlDatabase &db, const ReviewQueueItem &item);
// The ETag of the item: its partner's or version's row version, as If-Match wants it back.
QByteArray etag(const ReviewQueueItem &item);
} // namespace ReviewDetail

} // namespace Kepler::Server
