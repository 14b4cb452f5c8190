#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace Kepler::Server {

// The demo's mini-programs (issue 4): a few dozen active partners each authorised one app whose
// versions stand in every state — drafts, submissions waiting (some past the 24 h SLA), delayed,
// approved awaiting release, rejected with reasons, withdrawn, released in full and in gray,
// rolled back — with drawn screenshots, the audit lines that tell each story and the partners'
// submit and withdraw events. Times are relative to `now` (the first start), so the queue shows
// plausible ages; the shape is the same on every machine.
namespace DemoReviews {
inline constexpr int AppCount = 24;
void seed(const QSqlDatabase &db, const QDateTime &now);
} // namespace DemoReviews

} // namespace Kepler::Server
