#pragma once

#include <QString>
#include <QUrlQuery>

namespace Kepler {

// The filters of GET /api/v1/reviews. Empty means "the service's default": status empty is the
// items still waiting for a decision (docs/reviews.md).
struct ReviewQuery
{
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 500;

    QString kind; // "partner_application", "miniprogram_submission" or empty (both)
    QString status; // a comma list of partner or version statuses, e.g. "approved,released"
    qint64 partnerId = 0;
    QString mode;
    QString claimedBy; // a staff login: "Claimed by me"
    int limit = DefaultLimit;
    QString cursor;

    QUrlQuery toUrlQuery() const;
    bool operator==(const ReviewQuery &other) const = default;
};

} // namespace Kepler
