#pragma once

#include "domain/PartnerQuery.h"

class QWidget;

namespace Kepler {

class ApiSession;

// The "Export" toolbar action of the partners page: downloads the partners the query selects
// (all pages, same filters and sort) as CSV with a progress dialog, asks where to save it
// (the service's name as the default, e.g. partners-20261125.csv) and writes it atomically.
// Errors are shown in words in a message box. Returns at once; the work continues in the event loop.
void exportPartners(ApiSession *session, const PartnerQuery &query, QWidget *parent);

} // namespace Kepler
