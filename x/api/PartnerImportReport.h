#pragma once

#include "domain/FieldError.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// The answer of POST /api/v1/partners:import (docs/api.md, "Partner CSV"): what each row would
// do (dry run) or did, and the counts. Unchanged rows are only counted, not listed.
struct ImportFieldChange
{
    QString column; // CSV column, e.g. "commissionBps"
    QString from; // as a CSV cell; empty for a new partner
    QString to;
};

struct ImportRow
{
    enum class Action { Create, Update, Unchanged, Error };

    int line = 0; // line of the file where the row starts
    Action action = Action::Error;
    qint64 id = 0; // 0 for a partner not created yet
    FieldErrors errors; // field = CSV column, "" for the whole row
    QList<ImportFieldChange> changes;
};

struct ImportReport
{
    bool dryRun = true;
    // The real run refused the file (422): nothing was written and `rows` says why.
    bool rejected = false;
    QList<ImportRow> rows;
    int created = 0; // "would create" in a dry run
    int updated = 0;
    int unchanged = 0;
    int errors = 0;

    bool canApply() const { return errors == 0 && created + updated > 0; }
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ImportReport)
