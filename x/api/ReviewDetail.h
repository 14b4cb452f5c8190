#pragma once

#include "domain/MiniProgramVersion.h"
#include "domain/Partner.h"
#include "domain/ReviewQueueItem.h"

#include <QList>
#include <QMetaType>
#include <optional>

namespace Kepler {

// GET /api/v1/reviews/{id}: the queue item with everything a reviewer compares. item.version is
// the ETag's version (what a decision's If-Match names).
struct ReviewDetail
{
    ReviewQueueItem item;
    Partner partner;
    std::optional<MiniProgramVersion> submission; // mini-program items only
    std::optional<MiniProgramVersion> liveRelease; // the app's live version, if any
    QList<MiniProgramVersion> versions; // the app's other versions, newest first
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ReviewDetail)
