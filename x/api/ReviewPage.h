#pragma once

#include "domain/ReviewQueueItem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace Kepler {

// One page of the review queue with the envelope's counts (of the whole filtered queue, not the
// page) and the ETag a later poll sends back as If-None-Match.
struct ReviewPage
{
    QList<ReviewQueueItem> items;
    QString nextCursor;
    int total = 0;
    int partnerApplications = 0; // counts.partner_application
    int miniProgramSubmissions = 0; // counts.miniprogram_submission
    int overdue = 0;
    QDateTime serverTime; // to age items by the service's clock, not this computer's
    QByteArray etag;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ReviewPage)
