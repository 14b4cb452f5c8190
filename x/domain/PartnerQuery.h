#pragma once

#include "FieldError.h"
#include "PartnerMode.h"
#include "PartnerStatus.h"

#include <QStringList>
#include <QUrlQuery>

namespace Kepler {

// One page request of the partner list: filters, sort and cursor. The console builds it and
// turns it into a URL query; the service parses the same URL query back with fromUrlQuery().
struct PartnerQuery
{
    QString text; // substring of name, English name, contact or tag; "q"
    QList<PartnerMode> modes; // any of; "mode=guide,buyout"
    QStringList scenarios; // any of; "scenario=news_app,video_site"
    QList<PartnerStatus> statuses; // any of; "status=active,suspended"
    QStringList groups; // any of, group codes; "group=gold,silver"
    QString sortField = u"name"_qs; // one of sortableFields()
    bool sortDescending = false; // "sort=-commissionBps"
    int limit = DefaultLimit;
    QString cursor; // opaque, from the previous page's nextCursor

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;
    static constexpr int MaxTextLength = 100;

    static QStringList sortableFields();
    QString sortParameter() const; // "name" or "-name"

    QUrlQuery toUrlQuery() const;
    static PartnerQuery fromUrlQuery(const QUrlQuery &query, FieldErrors *errors);

    // Same filter and sort (the cursor and limit aside): results of one can extend the other.
    bool sameSelection(const PartnerQuery &other) const;

    bool operator==(const PartnerQuery &other) const = default;
};

} // namespace Kepler
