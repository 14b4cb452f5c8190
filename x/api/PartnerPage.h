#pragma once

#include "domain/Partner.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// One server page of the partner list; nextCursor is empty on the last page.
struct PartnerPage
{
    QList<Partner> items;
    QString nextCursor;
    int total = 0; // every partner matching the filters, not just this page

    bool hasMore() const { return !nextCursor.isEmpty(); }
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::PartnerPage)
