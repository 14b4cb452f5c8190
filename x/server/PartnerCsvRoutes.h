#pragma once

#include <QtGlobal>

namespace Kepler::Server {

class Router;

// GET /api/v1/partners:export (CSV of the filtered list) and POST /api/v1/partners:import
// (?dryRun=true|false, a text/csv body of up to 16 MiB / 50,000 rows; all or nothing).
namespace PartnerCsvRoutes {
inline constexpr qsizetype MaxImportBytes = 16 * 1024 * 1024;
void registerRoutes(Router &router);
} // namespace PartnerCsvRoutes

} // namespace Kepler::Server
