#pragma once

#include "domain/StaffUser.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// One server page of staff accounts; nextCursor is empty on the last page.
struct UserPage
{
    QList<StaffUser> items;
    QString nextCursor;
    int total = 0;

    bool hasMore() const { return !nextCursor.isEmpty(); }
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::UserPage)
