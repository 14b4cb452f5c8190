#pragma once

#include "domain/Partner.h"
#include "domain/PartnerCsv.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Kepler::Server {

// POST /partners:import: what each CSV row would do to the partners table, checked with the same
// rules as POST/PATCH (PartnerValidator) plus what only a whole file can get wrong: the same id
// twice, names that collide within the file or with existing partners, stale versions.
namespace PartnerImport {

inline constexpr int MaxRows = 50000;

enum class Action { Create, Update, Unchanged, Error };

struct RowPlan
{
    int line = 0;
    qint64 id = 0; // as the row gives it; a create's new id once applied
    Action action = Action::Error;
    FieldErrors errors; // fields are CSV column names ("contactEmail"); "" for the whole row
    Partner before; // updates: as stored now
    Partner after; // creates and updates: as it would be written (id 0 for a create until applied)
};

struct Plan
{
    QList<RowPlan> rows;
    int counts[4] = {0, 0, 0, 0}; // by Action

    bool hasErrors() const { return counts[int(Action::Error)] > 0; }
};

// Reads every partner once and plans all rows; runs inside the caller's transaction.
Plan plan(const QSqlDatabase &db, const PartnerCsv::Document &document);

// {"dryRun","rows":[…],"summary":{…}}: rows that create, update or fail; unchanged rows only count.
QJsonObject report(const Plan &plan, bool dryRun);

} // namespace PartnerImport

} // namespace Kepler::Server
