#pragma once

#include "domain/PartnerGroup.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Partner groups (partner_groups, seeded by migration 3): the quota defaults partners inherit.
namespace PartnerGroupRepository {

QList<PartnerGroup> list(const QSqlDatabase &db); // by code
std::optional<PartnerGroup> find(const QSqlDatabase &db, const QString &code);
// Writes the editable values and stores group.version.
void update(const QSqlDatabase &db, const PartnerGroup &group);
// Changes whenever any group changes (the sum of their versions, which only grow): partner JSON
// cached by id and version also depends on its group's values, so the cache keys include this.
qint64 stamp(const QSqlDatabase &db);

} // namespace PartnerGroupRepository

} // namespace Kepler::Server
