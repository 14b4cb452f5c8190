#pragma once

#include "domain/ReviewQueueItem.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// GET /api/v1/reviews/workload: who holds how much, and how long the oldest item has waited.
struct ReviewerLoad
{
    QString reviewer;
    int claimed = 0;
    int decidedToday = 0;
    QDateTime oldestClaimedAt; // invalid when the reviewer holds nothing
};

struct ReviewWorkload
{
    QList<ReviewerLoad> reviewers;
    QString oldestWaitingId; // empty when nothing waits
    QDateTime oldestWaitingSince;
    std::optional<ReviewQueueItem> oldestWaiting; // the whole item, to show its name
    int waiting = 0;
    int overdue = 0;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ReviewWorkload)
