#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Kepler {

// One event in a partner's history, as GET /api/v1/partners/{id}/timeline lists it.
struct TimelineEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "partner.create", "partner.update", "partner.suspend", ...
    QString reasonCode;
    QString note;
    QStringList changes; // top-level fields an update changed
    QString fromStatus;
    QString toStatus;
    QString requestId;
    // Mini-program events (action "miniprogram.*", docs/reviews.md): which app and version.
    QString appId;
    QString codeVersion;
    int grayPercent = 0; // 0 when not released
};

struct TimelinePage
{
    QList<TimelineEntry> items;
    QString nextCursor;
    int total = 0;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::TimelinePage)
